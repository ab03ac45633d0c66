#include "pages.h"

#ifdef GRADSCOPE_HAS_CONVOLUTION
#include "convolution/convolutionpage.h"
#endif

#ifdef GRADSCOPE_HAS_TRAINING
#include "training/trainingpage.h"
#endif

#ifdef GRADSCOPE_HAS_GRADIENTS
#include "gradients/gradientspage.h"
#endif

#ifdef GRADSCOPE_HAS_OPTIMIZERS
#include "optimizers/optimizerspage.h"
#endif
#ifdef GRADSCOPE_HAS_BACKPROP
#include "backprop/backproppage.h"
#endif

namespace gs::ui {

std::vector<Page*> createPages(QWidget* parent) {
  std::vector<Page*> pages;
#ifdef GRADSCOPE_HAS_CONVOLUTION
  pages.push_back(new ConvolutionPage(parent));
#endif
#ifdef GRADSCOPE_HAS_TRAINING
  pages.push_back(new TrainingPage(parent));
#endif
#ifdef GRADSCOPE_HAS_GRADIENTS
  pages.push_back(new GradientsPage(parent));
#endif
#ifdef GRADSCOPE_HAS_OPTIMIZERS
  pages.push_back(new OptimizersPage(parent));
#endif
#ifdef GRADSCOPE_HAS_BACKPROP
  pages.push_back(new BackpropPage(parent));
#endif
  (void)parent;
  return pages;
}

} // namespace gs::ui
