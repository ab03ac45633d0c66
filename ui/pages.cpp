#include "pages.h"

namespace gs::ui {

std::vector<Page*> createPages(QWidget* parent) {
  std::vector<Page*> pages;
  (void)parent;
  return pages;
}

} // namespace gs::ui
