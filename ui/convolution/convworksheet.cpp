#include "convworksheet.h"

#include "formulaview.h"

namespace gs::ui {

namespace {
QString num(double v, bool paren = false) {
  return QString::fromStdString(formatNumber(v, paren));
}

/// rows × cols values of `t` from index `first` on, formatted as the equations write them.
QStringList planeCells(const Tensor& t, std::size_t first, int rows, int cols) {
  QStringList cells;
  for (int k = 0; k < rows * cols; ++k)
    cells << num(t[first + static_cast<std::size_t>(k)]);
  return cells;
}

bool inPadding(const TraceTerm& t, const ConvGeometry& g) {
  return t.row < 0 || t.col < 0 || t.row >= g.inH || t.col >= g.inW;
}

QString modeName(PadMode mode) {
  switch (mode) {
  case PadMode::Same:
    return ConvWorksheet::tr("same");
  case PadMode::Full:
    return ConvWorksheet::tr("full");
  case PadMode::Explicit:
    return ConvWorksheet::tr("explicit");
  case PadMode::Valid:
    break;
  }
  return ConvWorksheet::tr("valid");
}

/// The cells of one channel's window in kernel order, with the padding greyed.
void addWindow(Worksheet& sheet, const std::vector<TraceTerm>& terms, int channel,
               const ConvGeometry& g, int argmaxRow, int argmaxCol) {
  QStringList cells;
  std::vector<unsigned char> styles;
  int firstRow = 0, firstCol = 0, lastRow = 0, lastCol = 0;
  bool first = true;
  for (const TraceTerm& t : terms) {
    if (t.channel != channel)
      continue;
    if (first) {
      firstRow = t.row;
      firstCol = t.col;
      first = false;
    }
    lastRow = t.row;
    lastCol = t.col;
    cells << num(t.x);
    unsigned char style = inPadding(t, g) ? Worksheet::Padding : Worksheet::Plain;
    if (t.row == argmaxRow && t.col == argmaxCol)
      style = Worksheet::Marked;
    styles.push_back(style);
  }
  // rows and columns of the padded input, 1-based as the grids on screen count them
  sheet.addMatrix(ConvWorksheet::tr("Channel %1, rows %2–%3, columns %4–%5")
                      .arg(channel + 1)
                      .arg(firstRow + g.pad.top + 1)
                      .arg(lastRow + g.pad.top + 1)
                      .arg(firstCol + g.pad.left + 1)
                      .arg(lastCol + g.pad.left + 1),
                  g.kH, g.kW, cells, styles);
}
} // namespace

Worksheet ConvWorksheet::build(const StepScene& scene, const QString& problem) {
  const ConvGeometry& g = scene.geometry;
  const int C = scene.input.dim(0), H = g.inH, W = g.inW;
  const int planesOut = scene.output.dim(0);
  const std::size_t inPlane = static_cast<std::size_t>(H * W);
  const std::size_t kernelPlane = static_cast<std::size_t>(g.kH * g.kW);
  Worksheet sheet(scene.pooling ? tr("Worked solution: pooling")
                                : tr("Worked solution: convolution"));

  // --- the problem ---
  sheet.addHeading(tr("Problem"));
  if (!problem.isEmpty())
    sheet.addParagraph(problem);
  const QString padding = tr("padding top %1, bottom %2, left %3, right %4")
                              .arg(g.pad.top)
                              .arg(g.pad.bottom)
                              .arg(g.pad.left)
                              .arg(g.pad.right);
  if (scene.pooling) {
    sheet.addParagraph(tr("%1 pooling of a %2-channel %3×%4 input, window %5×%6, stride %7×%8, %9.")
                           .arg(scene.poolKind == PoolKind::Max ? tr("Max") : tr("Average"))
                           .arg(C)
                           .arg(H)
                           .arg(W)
                           .arg(g.kH)
                           .arg(g.kW)
                           .arg(g.strideH)
                           .arg(g.strideW)
                           .arg(padding));
  } else {
    QString settings = tr("%1 kernel(s) of %2×%3×%4 over a %5-channel %6×%7 input; stride %8×%9; "
                          "mode %10 (%11)")
                           .arg(planesOut)
                           .arg(C)
                           .arg(g.kH)
                           .arg(g.kW)
                           .arg(C)
                           .arg(H)
                           .arg(W)
                           .arg(g.strideH)
                           .arg(g.strideW)
                           .arg(modeName(scene.padMode), padding);
    if (g.dilationH != 1 || g.dilationW != 1)
      settings += tr("; dilation %1×%2").arg(g.dilationH).arg(g.dilationW);
    settings += scene.flip ? tr("; mathematical convolution: the kernel is rotated by 180° "
                                "before it is multiplied")
                           : tr("; cross-correlation: the kernel is used as it is");
    if (!scene.convTrace.empty() && scene.convTrace.front().activation != Activation::None)
      settings +=
          tr("; activation %1")
              .arg(QString::fromStdString(activationName(scene.convTrace.front().activation)));
    sheet.addParagraph(settings + QStringLiteral("."));
  }
  sheet.beginRow();
  for (int c = 0; c < C; ++c)
    sheet.addMatrix(tr("Input channel %1").arg(c + 1), H, W,
                    planeCells(scene.input, static_cast<std::size_t>(c) * inPlane, H, W));
  sheet.endRow();
  if (!scene.pooling) {
    const Tensor shown = scene.flip ? rotate180(scene.kernels) : scene.kernels;
    for (int n = 0; n < planesOut; ++n) {
      sheet.beginRow();
      for (int c = 0; c < C; ++c) {
        const std::size_t first = (static_cast<std::size_t>(n) * C + c) * kernelPlane;
        sheet.addMatrix(tr("Kernel %1, channel %2").arg(n + 1).arg(c + 1), g.kH, g.kW,
                        planeCells(scene.kernels, first, g.kH, g.kW));
        if (scene.flip)
          sheet.addMatrix(tr("Kernel %1, channel %2, rotated 180°").arg(n + 1).arg(c + 1), g.kH,
                          g.kW, planeCells(shown, first, g.kH, g.kW));
      }
      sheet.endRow();
      for (const TraceStep& s : scene.convTrace)
        if (s.out == n) {
          sheet.addParagraph(tr("Bias of kernel %1: b = %2").arg(n + 1).arg(num(s.bias)));
          break;
        }
    }
  }

  // --- the padded input ---
  sheet.addHeading(tr("Padded input"));
  if (g.paddedH() == H && g.paddedW() == W) {
    sheet.addParagraph(tr("No padding: the input is used as it is."));
  } else {
    sheet.addParagraph(tr("Zeros added around the input (grey): %1.").arg(padding));
    const int PH = g.paddedH(), PW = g.paddedW();
    sheet.beginRow();
    for (int c = 0; c < C; ++c) {
      QStringList cells;
      std::vector<unsigned char> styles;
      for (int y = 0; y < PH; ++y)
        for (int x = 0; x < PW; ++x) {
          const int iy = y - g.pad.top, ix = x - g.pad.left;
          const bool pad = iy < 0 || ix < 0 || iy >= H || ix >= W;
          cells << (pad ? QStringLiteral("0")
                        : num(scene.input[static_cast<std::size_t>(c) * inPlane +
                                          static_cast<std::size_t>(iy * W + ix)]));
          styles.push_back(pad ? Worksheet::Padding : Worksheet::Plain);
        }
      sheet.addMatrix(tr("Input channel %1, padded (%2×%3)").arg(c + 1).arg(PH).arg(PW), PH, PW,
                      cells, styles);
    }
    sheet.endRow();
  }

  // --- output size ---
  sheet.addHeading(tr("Output size"));
  sheet.addParagraph(tr("Per axis: out = ⌊(n + padding before + padding after − k) / s⌋ + 1, "
                        "with the dilated kernel d·(k − 1) + 1 in place of k when d > 1."));
  sheet.addEquation(FormulaView::heightFormula(g) + QStringLiteral("\n") +
                    FormulaView::widthFormula(g));

  // --- every output cell ---
  sheet.addHeading(tr("Every output cell"));
  if (scene.pooling) {
    sheet.addParagraph(scene.poolKind == PoolKind::Max
                           ? tr("Each cell is the largest value of its window (bold); padding "
                                "zeros are not candidates.")
                           : tr("Each cell is the mean of its window; padding zeros count."));
    for (const PoolStep& s : scene.poolTrace) {
      sheet.addParagraph(
          tr("Channel %1, row %2, column %3:").arg(s.channel + 1).arg(s.i + 1).arg(s.j + 1));
      sheet.beginRow();
      addWindow(sheet, s.terms, s.channel, g, s.argmaxRow, s.argmaxCol);
      sheet.endRow();
      sheet.addEquation(StepView::poolEquation(s, scene.poolKind, g));
    }
  } else {
    sheet.addParagraph(tr("Each cell: weight × input for every cell of the window (kernel row "
                          "by row), all channels added, plus the bias."));
    for (const TraceStep& s : scene.convTrace) {
      sheet.addParagraph(
          tr("Kernel %1, row %2, column %3:").arg(s.out + 1).arg(s.i + 1).arg(s.j + 1));
      sheet.beginRow();
      for (int c = 0; c < C; ++c)
        addWindow(sheet, s.terms, c, g, -1, -1);
      sheet.endRow();
      sheet.addEquation(QString::fromStdString(traceEquation(s)));
      if (C > 1) {
        QStringList parts;
        for (std::size_t c = 0; c < s.channelSums.size(); ++c)
          parts << tr("channel %1: %2").arg(c + 1).arg(num(s.channelSums[c]));
        sheet.addParagraph(
            tr("Per-channel partial sums: %1; together %2, plus bias %3 → %4")
                .arg(parts.join(QStringLiteral(" + ")), num(s.sum), num(s.bias), num(s.value)));
      }
    }
  }

  // --- the answer ---
  sheet.addHeading(tr("Answer"));
  sheet.beginRow();
  const std::size_t outPlane = static_cast<std::size_t>(g.outH * g.outW);
  for (int o = 0; o < planesOut; ++o)
    sheet.addMatrix(
        scene.pooling ? tr("Output channel %1 (%2×%3)").arg(o + 1).arg(g.outH).arg(g.outW)
                      : tr("Output of kernel %1 (%2×%3)").arg(o + 1).arg(g.outH).arg(g.outW),
        g.outH, g.outW,
        planeCells(scene.output, static_cast<std::size_t>(o) * outPlane, g.outH, g.outW));
  sheet.endRow();
  return sheet;
}

} // namespace gs::ui
