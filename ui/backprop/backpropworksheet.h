#pragma once
// The printable worked solution of one backpropagation iteration (issue 8): the network, the
// sample and the starting weights, then every phase as the Network tab's step view shows it
// (forward, loss, the four backpropagation equations, the update) with core's notation and
// numbers, then the loss and the updated weights.
#include "common/worksheet.h"
#include "core/backprop/smallnet.h"

namespace gs::ui {

class BackpropWorksheet {
  Q_DECLARE_TR_FUNCTIONS(BackpropWorksheet)
public:
  /// `it` is `net.run()` (its `before` parameters are the starting weights); `iteration` the
  /// 1-based number the page shows.
  static Worksheet build(const backprop::SmallNet& net, const backprop::Iteration& it,
                         int iteration);
};

} // namespace gs::ui
