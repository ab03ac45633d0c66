#include "mainwindow.h"

#include "common/language.h"
#include "common/page.h"
#include "pages.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>

namespace gs::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  auto* splitter = new QSplitter(this);
  m_pageList = new QListWidget(splitter);
  m_pageList->setMaximumWidth(220);
  m_pageList->setObjectName("pageList");
  m_stack = new QStackedWidget(splitter);
  splitter->addWidget(m_pageList);
  splitter->addWidget(m_stack);
  splitter->setStretchFactor(1, 1);
  setCentralWidget(splitter);

  m_pages = createPages(m_stack);
  for (Page* page : m_pages) {
    m_stack->addWidget(page);
    m_pageList->addItem(page->title());
    connect(page, &Page::titleChanged, this, [this, page] {
      const auto it = std::find(m_pages.begin(), m_pages.end(), page);
      if (auto* item = m_pageList->item(static_cast<int>(it - m_pages.begin())))
        item->setText(page->title());
    });
  }
  connect(m_pageList, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
  if (!m_pages.empty())
    m_pageList->setCurrentRow(0);

  buildMenus();
  retranslate();

  QSettings settings;
  if (!restoreGeometry(settings.value("window/geometry").toByteArray()))
    resize(1400, 900);
  splitter->restoreState(settings.value("window/splitter").toByteArray());
  splitter->setObjectName("mainSplitter");
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus() {
  m_fileMenu = menuBar()->addMenu(QString());
  m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
  m_quitAction->setShortcut(QKeySequence::Quit);

  m_viewMenu = menuBar()->addMenu(QString());
  m_languageMenu = m_viewMenu->addMenu(QString());
  m_languageGroup = new QActionGroup(this);
  for (const QString& code : availableLanguages()) {
    QAction* action = m_languageMenu->addAction(languageDisplayName(code));
    action->setCheckable(true);
    action->setChecked(code == currentLanguage());
    action->setData(code);
    m_languageGroup->addAction(action);
    connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
  }

  m_helpMenu = menuBar()->addMenu(QString());
  m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
    QMessageBox::about(this, tr("About Gradscope"),
                       tr("<h3>Gradscope %1</h3><p>Watch a neural network compute and learn, "
                          "one step at a time.</p>")
                           .arg(QApplication::applicationVersion()));
  });
}

void MainWindow::setLanguage(const QString& code) {
  if (!applyLanguage(code))
    QMessageBox::warning(this, tr("Language"),
                         tr("The translation for %1 could not be loaded; English is shown.")
                             .arg(languageDisplayName(code)));
  QSettings().setValue("language", currentLanguage());
  for (QAction* action : m_languageGroup->actions())
    action->setChecked(action->data().toString() == currentLanguage());
}

void MainWindow::retranslate() {
  setWindowTitle(tr("Gradscope"));
  m_fileMenu->setTitle(tr("&File"));
  m_quitAction->setText(tr("&Quit"));
  m_viewMenu->setTitle(tr("&View"));
  m_languageMenu->setTitle(tr("&Language"));
  m_helpMenu->setTitle(tr("&Help"));
  m_aboutAction->setText(tr("&About Gradscope"));
  m_pageList->setToolTip(tr("Pages: choose what to explore"));
}

void MainWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  QSettings settings;
  settings.setValue("window/geometry", saveGeometry());
  if (auto* splitter = findChild<QSplitter*>("mainSplitter"))
    settings.setValue("window/splitter", splitter->saveState());
  event->accept();
}

bool MainWindow::showPage(const QString& pageId) {
  for (std::size_t i = 0; i < m_pages.size(); ++i) {
    if (m_pages[i]->pageId() == pageId) {
      m_pageList->setCurrentRow(static_cast<int>(i));
      return true;
    }
  }
  return false;
}

Page* MainWindow::currentPage() const {
  return qobject_cast<Page*>(m_stack->currentWidget());
}

} // namespace gs::ui
