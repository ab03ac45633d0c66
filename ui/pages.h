#pragma once
// The pages of the main window, in the order of the page list.
#include "common/page.h"

#include <vector>

namespace gs::ui {

std::vector<Page*> createPages(QWidget* parent);

} // namespace gs::ui
