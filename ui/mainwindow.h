#pragma once
// The main window: a page list on the left, the current page on the right, a help panel (F1),
// menus for sessions, language and help. It keeps the user's work: sessions save and open as
// .gradscope files, an autosave is offered back after a crash, the layout is remembered.
#include <QMainWindow>
#include <vector>

class QListWidget;
class QStackedWidget;
class QMenu;
class QActionGroup;
class QDockWidget;
class QTextBrowser;
class QTimer;

namespace gs::ui {

class Page;
struct Session;

class MainWindow : public QMainWindow {
  Q_OBJECT
public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  /// Shows the page with this id ("convolution", "training", ...); false if there is none.
  bool showPage(const QString& pageId);
  Page* currentPage() const;
  const std::vector<Page*>& pages() const { return m_pages; }

  /// Every page's state; applying it restores what the user had set up.
  Session currentSession() const;
  void applySession(const Session& session);

  /// Save / open a .gradscope file. On failure `error` says why and nothing is changed.
  bool saveSessionTo(const QString& path, QString* error);
  bool openSessionFrom(const QString& path, QString* error);

  /// Where the autosave goes (the application data folder).
  static QString autosavePath();
  /// Writes the autosave now.
  bool autosave();
  /// If the last run did not end cleanly, asks whether to restore its autosave.
  void offerAutosaveRestore();

  QDockWidget* helpDock() const { return m_helpDock; }

protected:
  void changeEvent(QEvent* event) override;
  void closeEvent(QCloseEvent* event) override;

private:
  void buildMenus();
  void retranslate();
  /// Widens the page list so the longest page title shows whole (language or font changed).
  void fitPageList();
  void setLanguage(const QString& code);
  void updateHelp();
  void openSessionDialog();
  void saveSessionDialog(bool askPath);
  void addRecentFile(const QString& path);
  void rebuildRecentMenu();

  std::vector<Page*> m_pages;
  QListWidget* m_pageList = nullptr;
  QStackedWidget* m_stack = nullptr;
  QDockWidget* m_helpDock = nullptr;
  QTextBrowser* m_helpView = nullptr;
  QTimer* m_autosaveTimer = nullptr;
  QString m_sessionPath;

  QMenu* m_fileMenu = nullptr;
  QMenu* m_recentMenu = nullptr;
  QMenu* m_viewMenu = nullptr;
  QMenu* m_languageMenu = nullptr;
  QMenu* m_helpMenu = nullptr;
  QAction* m_openAction = nullptr;
  QAction* m_saveAction = nullptr;
  QAction* m_saveAsAction = nullptr;
  QAction* m_quitAction = nullptr;
  QAction* m_helpAction = nullptr;
  QAction* m_aboutAction = nullptr;
  QActionGroup* m_languageGroup = nullptr;
};

} // namespace gs::ui
