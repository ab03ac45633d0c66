#pragma once
// Presentation mode for the classroom: full screen (F11), larger or smaller fonts for the whole
// application (Ctrl+= / Ctrl+− / Ctrl+0, remembered in QSettings "presentation/fontScale"), and a
// high-contrast light theme readable on a projector.
#include <QObject>
#include <QPalette>

class QAction;
class QMainWindow;
class QWidget;

namespace gs::ui {

class PresentationMode : public QObject {
  Q_OBJECT
public:
  /// Adds the actions to `window` (and to its menu with objectName "viewMenu" when there is one)
  /// and applies the remembered font scale.
  explicit PresentationMode(QMainWindow* window);

  double fontScale() const { return m_scale; }
  /// Clamped to [0.6, 3]; applied to the whole application and remembered.
  void setFontScale(double scale);
  bool highContrast() const { return m_highContrast; }
  void setHighContrast(bool on);
  void toggleFullScreen();

  QAction* fullScreenAction() const { return m_fullScreen; }
  QAction* zoomInAction() const { return m_zoomIn; }
  QAction* zoomOutAction() const { return m_zoomOut; }
  QAction* zoomResetAction() const { return m_zoomReset; }
  QAction* highContrastAction() const { return m_contrast; }

  /// The light theme: black text on white, saturated blue selection, strong borders.
  static QPalette highContrastPalette();

protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

private:
  void retranslate();

  QMainWindow* m_window;
  double m_scale = 1.0;
  double m_basePointSize = 0;
  bool m_highContrast = false;
  QPalette m_normalPalette;
  QAction* m_fullScreen = nullptr;
  QAction* m_zoomIn = nullptr;
  QAction* m_zoomOut = nullptr;
  QAction* m_zoomReset = nullptr;
  QAction* m_contrast = nullptr;
};

/// Gives `widget` a font `factor` times the application font (bold if asked) that follows the
/// presentation font scale: when the scale changes, the widget keeps its factor.
void setRelativeFont(QWidget* widget, double factor, bool bold = false);

/// Creates the presentation mode for `window` (owned by it) and returns it.
PresentationMode* installPresentationMode(QMainWindow* window);

} // namespace gs::ui
