#include "stepview.h"
#include "common/presentation.h"

#include "numbergrid.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace gs::ui {

namespace {
QString num(double v, bool paren = false) {
  return QString::fromStdString(formatNumber(v, paren));
}
} // namespace

StepView::StepView(QWidget* parent)
    : QWidget(parent) {
  m_channelGrid = new QGridLayout;
  m_channelGrid->setHorizontalSpacing(16);
  m_outputColumn = new QVBoxLayout;
  auto* top = new QHBoxLayout;
  top->addLayout(m_channelGrid, 3);
  top->addSpacing(12);
  top->addLayout(m_outputColumn, 1);

  m_cellLabel = new QLabel(this);
  m_cellLabel->setObjectName("cellLabel");
  m_equation = new QLabel(this);
  m_equation->setObjectName("equationLabel");
  m_equation->setWordWrap(true);
  m_equation->setTextInteractionFlags(Qt::TextSelectableByMouse);
  setRelativeFont(m_equation, 1.6);
  m_partials = new QLabel(this);
  m_partials->setObjectName("partialSumsLabel");
  m_partials->setWordWrap(true);
  m_partials->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_legend = new QLabel(this);
  m_legend->setWordWrap(true);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(top, 1);
  layout->addWidget(m_legend);
  layout->addWidget(m_cellLabel);
  layout->addWidget(m_equation);
  layout->addWidget(m_partials);
  retranslate();
}

void StepView::setScene(StepScene scene) {
  m_scene = std::move(scene);
  m_shownKernels =
      m_scene.pooling ? Tensor() : (m_scene.flip ? rotate180(m_scene.kernels) : m_scene.kernels);
  rebuildGrids();
  setVisible(true);
  setStep(std::clamp(m_step, 0, std::max(0, stepCount() - 1)));
}

void StepView::clearScene() {
  m_scene = {};
  m_shownKernels = {};
  rebuildGrids();
  m_step = 0;
  m_cellLabel->clear();
  m_equation->clear();
  m_partials->clear();
}

int StepView::stepCount() const {
  return static_cast<int>(m_scene.pooling ? m_scene.poolTrace.size() : m_scene.convTrace.size());
}

QString StepView::equation() const {
  return m_equation->text();
}

NumberGrid* StepView::outputGrid(int plane) const {
  return m_outputGrids.at(static_cast<std::size_t>(plane));
}
NumberGrid* StepView::inputGrid(int channel) const {
  return m_inputGrids.at(static_cast<std::size_t>(channel));
}
NumberGrid* StepView::kernelGrid(int channel) const {
  return m_kernelGrids.at(static_cast<std::size_t>(channel));
}

void StepView::rebuildGrids() {
  auto dropAll = [](auto& widgets) {
    for (QWidget* w : widgets)
      delete w;
    widgets.clear();
  };
  dropAll(m_inputGrids);
  dropAll(m_kernelGrids);
  dropAll(m_partialLabels);
  dropAll(m_outputGrids);
  if (m_scene.input.empty())
    return;
  const int C = m_scene.input.dim(0);
  const int planesOut = m_scene.output.empty() ? 0 : m_scene.output.dim(0);
  for (int c = 0; c < C; ++c) {
    auto* in = new NumberGrid(this);
    in->setObjectName(QStringLiteral("inputGrid%1").arg(c + 1));
    m_channelGrid->addWidget(in, c, 0);
    m_inputGrids.push_back(in);
    if (!m_scene.pooling) {
      auto* k = new NumberGrid(this);
      k->setObjectName(QStringLiteral("kernelGrid%1").arg(c + 1));
      m_channelGrid->addWidget(k, c, 1, Qt::AlignTop);
      m_kernelGrids.push_back(k);
      auto* partial = new QLabel(this);
      partial->setMinimumWidth(80);
      m_channelGrid->addWidget(partial, c, 2, Qt::AlignVCenter);
      m_partialLabels.push_back(partial);
    }
  }
  m_channelGrid->setColumnStretch(0, 3);
  m_channelGrid->setColumnStretch(1, m_scene.pooling ? 0 : 1);
  for (int o = 0; o < planesOut; ++o) {
    auto* out = new NumberGrid(this);
    out->setObjectName(o == 0 ? QStringLiteral("outputGrid")
                              : QStringLiteral("outputGrid%1").arg(o + 1));
    m_outputColumn->addWidget(out, 1);
    m_outputGrids.push_back(out);
  }
  updateTitles();
}

void StepView::setStep(int index) {
  m_step = index;
  if (m_scene.input.empty() || stepCount() == 0)
    return;
  const ConvGeometry& g = m_scene.geometry;
  const int C = m_scene.input.dim(0), H = g.inH, W = g.inW;
  const int PH = g.paddedH(), PW = g.paddedW();
  const std::vector<TraceTerm>& terms =
      m_scene.pooling ? m_scene.poolTrace[static_cast<std::size_t>(index)].terms
                      : m_scene.convTrace[static_cast<std::size_t>(index)].terms;

  for (int c = 0; c < C; ++c) {
    std::vector<double> values(static_cast<std::size_t>(PH * PW), 0.0);
    std::vector<unsigned char> styles(values.size(), NumberGrid::Padding);
    for (int y = 0; y < H; ++y)
      for (int x = 0; x < W; ++x) {
        const std::size_t p = static_cast<std::size_t>((y + g.pad.top) * PW + x + g.pad.left);
        values[p] = m_scene.input[static_cast<std::size_t>((c * H + y) * W + x)];
        styles[p] = NumberGrid::Plain;
      }
    for (const TraceTerm& t : terms)
      if (t.channel == c)
        styles[static_cast<std::size_t>((t.row + g.pad.top) * PW + t.col + g.pad.left)] |=
            NumberGrid::Window;
    if (m_scene.pooling) {
      const PoolStep& ps = m_scene.poolTrace[static_cast<std::size_t>(index)];
      if (ps.channel == c && ps.argmaxRow >= 0)
        styles[static_cast<std::size_t>((ps.argmaxRow + g.pad.top) * PW + ps.argmaxCol +
                                        g.pad.left)] |= NumberGrid::Chosen;
    }
    m_inputGrids[static_cast<std::size_t>(c)]->setGrid(PH, PW, std::move(values),
                                                       std::move(styles));
  }

  if (!m_scene.pooling) {
    const TraceStep& ts = m_scene.convTrace[static_cast<std::size_t>(index)];
    const std::size_t plane = static_cast<std::size_t>(g.kH * g.kW);
    for (int c = 0; c < C; ++c) {
      const float* k = m_shownKernels.data() + (static_cast<std::size_t>(ts.out) * C + c) * plane;
      m_kernelGrids[static_cast<std::size_t>(c)]->setGrid(g.kH, g.kW,
                                                          std::vector<double>(k, k + plane));
      m_partialLabels[static_cast<std::size_t>(c)]->setText(
          tr("Σ = %1").arg(num(ts.channelSums[static_cast<std::size_t>(c)])));
    }
    m_equation->setText(QString::fromStdString(traceEquation(ts)));
    m_cellLabel->setText(
        tr("Output of kernel %1, row %2, column %3:").arg(ts.out + 1).arg(ts.i + 1).arg(ts.j + 1));
    QStringList parts;
    for (std::size_t c = 0; c < ts.channelSums.size(); ++c)
      parts << tr("channel %1: %2").arg(c + 1).arg(num(ts.channelSums[c]));
    m_partials->setText(C > 1 ? tr("Per-channel partial sums: %1; together %2, plus bias %3 → %4")
                                    .arg(parts.join(QStringLiteral(" + ")), num(ts.sum),
                                         num(ts.bias), num(ts.value))
                              : QString());
  } else {
    const PoolStep& ps = m_scene.poolTrace[static_cast<std::size_t>(index)];
    m_equation->setText(poolEquation(ps, m_scene.poolKind, m_scene.geometry));
    m_cellLabel->setText(tr("Output of channel %1, row %2, column %3:")
                             .arg(ps.channel + 1)
                             .arg(ps.i + 1)
                             .arg(ps.j + 1));
    m_partials->clear();
  }

  const int Ho = g.outH, Wo = g.outW;
  const std::size_t perPlane = static_cast<std::size_t>(Ho * Wo);
  for (std::size_t o = 0; o < m_outputGrids.size(); ++o) {
    std::vector<double> values(perPlane);
    std::vector<unsigned char> styles(perPlane, NumberGrid::Plain);
    for (std::size_t k = 0; k < perPlane; ++k) {
      values[k] = m_scene.output[o * perPlane + k];
      const int order = static_cast<int>(o * perPlane + k); // trace order: plane, row, column
      if (order > index)
        styles[k] = NumberGrid::Hidden;
      else if (order == index)
        styles[k] = NumberGrid::Current;
    }
    m_outputGrids[o]->setGrid(Ho, Wo, std::move(values), std::move(styles));
  }
  updateTitles();
}

QString StepView::poolEquation(const PoolStep& step, PoolKind kind, const ConvGeometry& geometry) {
  QStringList values;
  for (const TraceTerm& t : step.terms) {
    const bool padding = t.row < 0 || t.col < 0 || t.row >= geometry.inH || t.col >= geometry.inW;
    if (kind == PoolKind::Max && padding)
      continue; // max pooling ignores the padding
    values << num(t.x, true);
  }
  if (kind == PoolKind::Max)
    return QStringLiteral("max(%1) = %2").arg(values.join(QStringLiteral(", ")), num(step.value));
  return QStringLiteral("(%1) / %2 = %3")
      .arg(values.join(QStringLiteral(" + ")))
      .arg(step.terms.size())
      .arg(num(step.value));
}

void StepView::updateTitles() {
  for (auto* grids : {&m_inputGrids, &m_kernelGrids, &m_outputGrids})
    for (NumberGrid* grid : *grids)
      grid->setToolTip(tr("Right-click to copy the numbers"));
  const int current =
      m_scene.pooling || m_scene.convTrace.empty()
          ? 0
          : m_scene.convTrace[static_cast<std::size_t>(std::clamp(m_step, 0, stepCount() - 1))].out;
  for (std::size_t c = 0; c < m_inputGrids.size(); ++c)
    m_inputGrids[c]->setTitle(tr("Input channel %1 (padded)").arg(c + 1));
  for (std::size_t c = 0; c < m_kernelGrids.size(); ++c)
    m_kernelGrids[c]->setTitle(m_scene.flip
                                   ? tr("Kernel %1 ch %2, rotated 180°").arg(current + 1).arg(c + 1)
                                   : tr("Kernel %1 ch %2").arg(current + 1).arg(c + 1));
  for (std::size_t o = 0; o < m_outputGrids.size(); ++o)
    m_outputGrids[o]->setTitle(m_scene.pooling ? tr("Output channel %1").arg(o + 1)
                                               : tr("Output %1 (kernel %1)").arg(o + 1));
}

void StepView::retranslate() {
  m_legend->setText(tr("Grey hatched cells: zero padding. Blue outline: the window. Orange: the "
                       "output cell being computed; blank cells come later."));
  m_legend->setToolTip(tr("How to read the grids"));
  m_equation->setToolTip(tr("The current output cell written out: weight × input for every cell "
                            "of the window, plus the bias (select to copy)"));
  m_cellLabel->setToolTip(tr("Which output cell the equation computes"));
  m_partials->setToolTip(tr("Each input channel's share of the sum"));
  updateTitles();
  if (stepCount() > 0)
    setStep(m_step);
}

} // namespace gs::ui
