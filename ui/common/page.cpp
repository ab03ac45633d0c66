#include "page.h"

#include <QEvent>

namespace gs::ui {

void Page::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    emit titleChanged();
  }
  QWidget::changeEvent(event);
}

} // namespace gs::ui
