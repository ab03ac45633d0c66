#include "mainwindow.h"

#include "common/language.h"
#include "common/page.h"
#include "common/presentation.h"
#include "common/session.h"
#include "pages.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>

namespace gs::ui {

namespace {
constexpr int kMaxRecent = 8;
constexpr int kAutosaveMs = 30000;
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent) {
  // The page list is exactly as wide as its longest title (fitPageList); the page gets the rest.
  auto* central = new QWidget(this);
  auto* centralLayout = new QHBoxLayout(central);
  centralLayout->setContentsMargins(0, 0, 0, 0);
  m_pageList = new QListWidget(central);
  m_pageList->setObjectName("pageList");
  m_stack = new QStackedWidget(central);
  centralLayout->addWidget(m_pageList);
  centralLayout->addWidget(m_stack, 1);
  setCentralWidget(central);

  m_pages = createPages(m_stack);
  for (Page* page : m_pages) {
    m_stack->addWidget(page);
    m_pageList->addItem(page->title());
    connect(page, &Page::titleChanged, this, [this, page] {
      const auto it = std::find(m_pages.begin(), m_pages.end(), page);
      if (auto* item = m_pageList->item(static_cast<int>(it - m_pages.begin())))
        item->setText(page->title());
      fitPageList();
      updateHelp();
    });
    connect(page, &Page::runsExported, this, [this](const std::vector<RunCurves>& runs) {
      for (int i = 0; i < static_cast<int>(m_pages.size()); ++i)
        if (m_pages[static_cast<std::size_t>(i)]->acceptRuns(runs)) {
          m_pageList->setCurrentRow(i);
          return;
        }
    });
  }
  connect(m_pageList, &QListWidget::currentRowChanged, this, [this](int row) {
    m_stack->setCurrentIndex(row);
    updateHelp();
  });

  m_helpDock = new QDockWidget(this);
  m_helpDock->setObjectName("helpDock");
  m_helpView = new QTextBrowser(m_helpDock);
  m_helpView->setObjectName("helpView");
  m_helpView->setOpenLinks(false);
  connect(m_helpView, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
    if (url.scheme() == "try" && currentPage())
      currentPage()->applySuggestion(url.path());
  });
  m_helpDock->setWidget(m_helpView);
  addDockWidget(Qt::RightDockWidgetArea, m_helpDock);
  m_helpDock->hide();

  buildMenus();
  installPresentationMode(this);
  setWindowIcon(QIcon(":/icons/gradscope.svg"));
  retranslate();
  if (!m_pages.empty())
    m_pageList->setCurrentRow(0);
  fitPageList();

  QSettings settings;
  if (!restoreGeometry(settings.value("window/geometry").toByteArray()))
    resize(1400, 900);
  restoreState(settings.value("window/state").toByteArray());

  m_autosaveTimer = new QTimer(this);
  m_autosaveTimer->setInterval(kAutosaveMs);
  connect(m_autosaveTimer, &QTimer::timeout, this, [this] { autosave(); });
  m_autosaveTimer->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus() {
  m_fileMenu = menuBar()->addMenu(QString());
  m_fileMenu->setObjectName("fileMenu");
  m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openSessionDialog);
  m_openAction->setShortcut(QKeySequence::Open);
  m_recentMenu = m_fileMenu->addMenu(QString());
  m_saveAction = m_fileMenu->addAction(QString(), this, [this] { saveSessionDialog(false); });
  m_saveAction->setShortcut(QKeySequence::Save);
  m_saveAsAction = m_fileMenu->addAction(QString(), this, [this] { saveSessionDialog(true); });
  m_saveAsAction->setShortcut(QKeySequence::SaveAs);
  m_fileMenu->addSeparator();
  m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
  m_quitAction->setShortcut(QKeySequence::Quit);
  rebuildRecentMenu();

  m_viewMenu = menuBar()->addMenu(QString());
  m_viewMenu->setObjectName("viewMenu");
  m_helpAction = m_helpDock->toggleViewAction();
  m_helpAction->setShortcut(QKeySequence::HelpContents);
  m_viewMenu->addAction(m_helpAction);
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
  setWindowTitle(m_sessionPath.isEmpty()
                     ? tr("Gradscope")
                     : tr("%1 — Gradscope").arg(QFileInfo(m_sessionPath).fileName()));
  m_fileMenu->setTitle(tr("&File"));
  m_openAction->setText(tr("&Open session…"));
  m_openAction->setToolTip(tr("Open a saved .gradscope session"));
  m_recentMenu->setTitle(tr("Open &recent"));
  m_saveAction->setText(tr("&Save session"));
  m_saveAsAction->setText(tr("Save session &as…"));
  m_quitAction->setText(tr("&Quit"));
  m_viewMenu->setTitle(tr("&View"));
  m_helpAction->setText(tr("&Help panel"));
  m_helpDock->setWindowTitle(tr("Help"));
  m_languageMenu->setTitle(tr("&Language"));
  m_helpMenu->setTitle(tr("&Help"));
  m_aboutAction->setText(tr("&About Gradscope"));
  m_pageList->setToolTip(tr("Pages: choose what to explore"));
  updateHelp();
}

void MainWindow::updateHelp() {
  if (!m_helpView)
    return;
  const Page* page = currentPage();
  const QString html = page ? page->helpHtml() : QString();
  m_helpView->setHtml(html.isEmpty() ? tr("<p>No help for this page yet.</p>") : html);
}

void MainWindow::fitPageList() {
  const int margin = m_pageList->fontMetrics().averageCharWidth() * 2;
  const int width = m_pageList->sizeHintForColumn(0) + 2 * m_pageList->frameWidth() + margin;
  m_pageList->setFixedWidth(width);
}

void MainWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  if (event->type() == QEvent::FontChange)
    fitPageList();
  QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  QSettings settings;
  settings.setValue("window/geometry", saveGeometry());
  settings.setValue("window/state", saveState());
  // A clean exit: the next start has nothing to restore.
  QFile::remove(autosavePath());
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

Session MainWindow::currentSession() const {
  Session session;
  if (const Page* page = currentPage())
    session.currentPage = page->pageId();
  for (const Page* page : m_pages)
    session.pages.insert(page->pageId(), page->saveState());
  return session;
}

void MainWindow::applySession(const Session& session) {
  for (Page* page : m_pages) {
    const auto it = session.pages.constFind(page->pageId());
    if (it != session.pages.constEnd())
      page->restoreState(it.value());
  }
  if (!session.currentPage.isEmpty())
    showPage(session.currentPage);
}

bool MainWindow::saveSessionTo(const QString& path, QString* error) {
  if (!saveSession(path, currentSession(), error))
    return false;
  m_sessionPath = path;
  addRecentFile(path);
  retranslate();
  return true;
}

bool MainWindow::openSessionFrom(const QString& path, QString* error) {
  Session session;
  if (!loadSession(path, &session, error))
    return false;
  applySession(session);
  m_sessionPath = path;
  addRecentFile(path);
  retranslate();
  return true;
}

void MainWindow::openSessionDialog() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Open session"), QString(),
                                                    tr("Gradscope sessions (*.gradscope)"));
  if (path.isEmpty())
    return;
  QString error;
  if (!openSessionFrom(path, &error))
    QMessageBox::warning(this, tr("Cannot open session"), error);
}

void MainWindow::saveSessionDialog(bool askPath) {
  QString path = m_sessionPath;
  if (askPath || path.isEmpty()) {
    path = QFileDialog::getSaveFileName(this, tr("Save session"), "experiment.gradscope",
                                        tr("Gradscope sessions (*.gradscope)"));
    if (path.isEmpty())
      return;
    if (!path.endsWith(".gradscope"))
      path += ".gradscope";
  }
  QString error;
  if (saveSessionTo(path, &error))
    statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
  else
    QMessageBox::warning(this, tr("Cannot save session"), error);
}

void MainWindow::addRecentFile(const QString& path) {
  QSettings settings;
  QStringList recent = settings.value("recentFiles").toStringList();
  recent.removeAll(path);
  recent.prepend(path);
  while (recent.size() > kMaxRecent)
    recent.removeLast();
  settings.setValue("recentFiles", recent);
  rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
  m_recentMenu->clear();
  const QStringList recent = QSettings().value("recentFiles").toStringList();
  for (const QString& path : recent) {
    m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
      QString error;
      if (!openSessionFrom(path, &error))
        QMessageBox::warning(this, tr("Cannot open session"), error);
    });
  }
  m_recentMenu->setEnabled(!recent.isEmpty());
}

QString MainWindow::autosavePath() {
  const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  QDir().mkpath(dir);
  return dir + "/autosave.gradscope";
}

bool MainWindow::autosave() {
  QString error;
  return saveSession(autosavePath(), currentSession(), &error);
}

void MainWindow::offerAutosaveRestore() {
  const QString path = autosavePath();
  if (!QFile::exists(path))
    return;
  const auto answer = QMessageBox::question(
      this, tr("Restore last session?"),
      tr("Gradscope did not close cleanly last time. Restore the work from %1?")
          .arg(QFileInfo(path).lastModified().toString(Qt::TextDate)));
  if (answer != QMessageBox::Yes)
    return;
  Session session;
  QString error;
  if (loadSession(path, &session, &error))
    applySession(session);
  else
    QMessageBox::warning(this, tr("Cannot restore session"), error);
}

} // namespace gs::ui
