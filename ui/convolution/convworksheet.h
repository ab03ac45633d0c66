#pragma once
// The printable worked solution of a convolution or pooling (issue 8): the problem, the input
// and the padded input, the kernels, the output size with its numbers, then every output cell
// with its window and core's equation, then the output. Everything comes from a StepScene that
// core computed; nothing is recomputed here.
#include "common/worksheet.h"
#include "stepview.h"

namespace gs::ui {

class ConvWorksheet {
  Q_DECLARE_TR_FUNCTIONS(ConvWorksheet)
public:
  /// `problem` is an extra sentence for the problem section (the Practice tab's question);
  /// the scene must hold a computed result with its trace.
  static Worksheet build(const StepScene& scene, const QString& problem = {});
};

} // namespace gs::ui
