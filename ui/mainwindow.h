#pragma once
// The main window: a page list on the left, the current page on the right, menus on top.
#include <QMainWindow>
#include <vector>

class QListWidget;
class QStackedWidget;
class QMenu;
class QActionGroup;

namespace gs::ui {

class Page;

class MainWindow : public QMainWindow {
  Q_OBJECT
public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  /// Shows the page with this id ("convolution", "training", ...); false if there is none.
  bool showPage(const QString& pageId);
  Page* currentPage() const;
  const std::vector<Page*>& pages() const { return m_pages; }

protected:
  void changeEvent(QEvent* event) override;
  void closeEvent(QCloseEvent* event) override;

private:
  void buildMenus();
  void retranslate();
  void setLanguage(const QString& code);

  std::vector<Page*> m_pages;
  QListWidget* m_pageList = nullptr;
  QStackedWidget* m_stack = nullptr;
  QMenu* m_fileMenu = nullptr;
  QMenu* m_viewMenu = nullptr;
  QMenu* m_languageMenu = nullptr;
  QMenu* m_helpMenu = nullptr;
  QAction* m_quitAction = nullptr;
  QAction* m_aboutAction = nullptr;
  QActionGroup* m_languageGroup = nullptr;
};

} // namespace gs::ui
