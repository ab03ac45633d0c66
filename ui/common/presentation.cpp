#include "presentation.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <algorithm>

namespace gs::ui {

namespace {
constexpr double kMinScale = 0.6, kMaxScale = 3.0, kScaleStep = 1.15;
const char* kScaleKey = "presentation/fontScale";
const char* kContrastKey = "presentation/highContrast";
const char* kFactorProperty = "gsFontFactor";
const char* kBoldProperty = "gsFontBold";
} // namespace

PresentationMode::PresentationMode(QMainWindow* window)
    : QObject(window)
    , m_window(window) {
  m_basePointSize = QApplication::font().pointSizeF();
  m_normalPalette = QApplication::palette();

  const auto make = [this](const QKeySequence& key) {
    auto* action = new QAction(m_window);
    action->setShortcut(key);
    action->setShortcutContext(Qt::ApplicationShortcut);
    m_window->addAction(action);
    return action;
  };
  m_fullScreen = make(QKeySequence(Qt::Key_F11));
  m_fullScreen->setObjectName("fullScreenAction");
  m_fullScreen->setCheckable(true);
  connect(m_fullScreen, &QAction::triggered, this, &PresentationMode::toggleFullScreen);
  m_zoomIn = make(QKeySequence(Qt::CTRL | Qt::Key_Equal));
  m_zoomIn->setShortcuts(
      {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
  m_zoomIn->setObjectName("zoomInAction");
  connect(m_zoomIn, &QAction::triggered, this, [this] { setFontScale(m_scale * kScaleStep); });
  m_zoomOut = make(QKeySequence(Qt::CTRL | Qt::Key_Minus));
  m_zoomOut->setObjectName("zoomOutAction");
  connect(m_zoomOut, &QAction::triggered, this, [this] { setFontScale(m_scale / kScaleStep); });
  m_zoomReset = make(QKeySequence(Qt::CTRL | Qt::Key_0));
  m_zoomReset->setObjectName("zoomResetAction");
  connect(m_zoomReset, &QAction::triggered, this, [this] { setFontScale(1.0); });
  m_contrast = make(QKeySequence());
  m_contrast->setObjectName("highContrastAction");
  m_contrast->setCheckable(true);
  connect(m_contrast, &QAction::toggled, this, &PresentationMode::setHighContrast);

  if (auto* menu = m_window->menuBar()->findChild<QMenu*>("viewMenu")) {
    menu->addSeparator();
    menu->addActions({m_fullScreen, m_zoomIn, m_zoomOut, m_zoomReset, m_contrast});
  }
  m_window->installEventFilter(this);
  retranslate();
  setFontScale(QSettings().value(kScaleKey, 1.0).toDouble());
  if (QSettings().value(kContrastKey, false).toBool())
    setHighContrast(true);
}

void PresentationMode::setFontScale(double scale) {
  m_scale = std::clamp(scale, kMinScale, kMaxScale);
  QFont font = QApplication::font();
  font.setPointSizeF(m_basePointSize * m_scale);
  QApplication::setFont(font);
  // Widgets with a relative font (big equations) grow and shrink with the scale.
  for (QWidget* widget : QApplication::allWidgets()) {
    const QVariant factor = widget->property(kFactorProperty);
    if (factor.isValid())
      setRelativeFont(widget, factor.toDouble(), widget->property(kBoldProperty).toBool());
  }
  QSettings().setValue(kScaleKey, m_scale);
}

void setRelativeFont(QWidget* widget, double factor, bool bold) {
  widget->setProperty(kFactorProperty, factor);
  widget->setProperty(kBoldProperty, bold);
  QFont font = QApplication::font();
  font.setPointSizeF(font.pointSizeF() * factor);
  font.setBold(bold);
  widget->setFont(font);
}

QPalette PresentationMode::highContrastPalette() {
  QPalette p;
  const QColor white(Qt::white), black(Qt::black), blue(0, 60, 200);
  for (const auto group : {QPalette::Active, QPalette::Inactive}) {
    p.setColor(group, QPalette::Window, white);
    p.setColor(group, QPalette::WindowText, black);
    p.setColor(group, QPalette::Base, white);
    p.setColor(group, QPalette::AlternateBase, QColor(235, 235, 235));
    p.setColor(group, QPalette::Text, black);
    p.setColor(group, QPalette::Button, QColor(240, 240, 240));
    p.setColor(group, QPalette::ButtonText, black);
    p.setColor(group, QPalette::Highlight, blue);
    p.setColor(group, QPalette::HighlightedText, white);
    p.setColor(group, QPalette::ToolTipBase, QColor(255, 255, 220));
    p.setColor(group, QPalette::ToolTipText, black);
    p.setColor(group, QPalette::Link, blue);
    p.setColor(group, QPalette::Light, white);
    p.setColor(group, QPalette::Mid, QColor(90, 90, 90));
    p.setColor(group, QPalette::Dark, black);
    p.setColor(group, QPalette::Shadow, black);
    p.setColor(group, QPalette::PlaceholderText, QColor(80, 80, 80));
  }
  p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(110, 110, 110));
  p.setColor(QPalette::Disabled, QPalette::Text, QColor(110, 110, 110));
  p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(110, 110, 110));
  return p;
}

void PresentationMode::setHighContrast(bool on) {
  m_highContrast = on;
  if (m_contrast->isChecked() != on)
    m_contrast->setChecked(on);
  QApplication::setPalette(on ? highContrastPalette() : m_normalPalette);
  QSettings().setValue(kContrastKey, on);
}

void PresentationMode::toggleFullScreen() {
  if (m_window->isFullScreen())
    m_window->showNormal();
  else
    m_window->showFullScreen();
  m_fullScreen->setChecked(m_window->isFullScreen());
}

bool PresentationMode::eventFilter(QObject* watched, QEvent* event) {
  if (watched == m_window && event->type() == QEvent::LanguageChange)
    retranslate();
  return QObject::eventFilter(watched, event);
}

void PresentationMode::retranslate() {
  m_fullScreen->setText(tr("&Full screen"));
  m_fullScreen->setToolTip(tr("Fill the whole screen (F11)"));
  m_zoomIn->setText(tr("&Larger text"));
  m_zoomIn->setToolTip(tr("Make every text of the application larger (Ctrl+=)"));
  m_zoomOut->setText(tr("&Smaller text"));
  m_zoomOut->setToolTip(tr("Make every text of the application smaller (Ctrl+−)"));
  m_zoomReset->setText(tr("&Normal text size"));
  m_zoomReset->setToolTip(tr("Back to the normal text size (Ctrl+0)"));
  m_contrast->setText(tr("&High-contrast theme"));
  m_contrast->setToolTip(tr("Black on white with strong colours, readable on a projector"));
}

PresentationMode* installPresentationMode(QMainWindow* window) {
  return new PresentationMode(window);
}

} // namespace gs::ui
