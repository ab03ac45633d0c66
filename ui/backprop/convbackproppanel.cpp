#include "convbackproppanel.h"
#include "common/presentation.h"

#include "core/error.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace gs::ui {

namespace {
const QColor kWindow(255, 214, 102), kKernel(200, 225, 255), kResult(140, 220, 140),
    kPadding(225, 225, 225);

QTableWidget* makeTable(QWidget* parent, const QString& name, bool editable) {
  auto* t = new QTableWidget(parent);
  t->setObjectName(name);
  t->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  t->horizontalHeader()->setDefaultSectionSize(58);
  t->verticalHeader()->setDefaultSectionSize(34);
  t->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
  t->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  t->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  if (!editable)
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
  return t;
}

QString num(double v) {
  return QString::fromStdString(formatNumber(v));
}

/// Fills `table` with rows × cols cells, their text and background given per cell.
void fill(QTableWidget* table, int rows, int cols, const std::function<QColor(int, int)>& colour,
          const std::function<QString(int, int)>& text) {
  const QSignalBlocker block(table);
  table->setRowCount(rows);
  table->setColumnCount(cols);
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < cols; ++c) {
      auto* item = new QTableWidgetItem(text(r, c));
      item->setTextAlignment(Qt::AlignCenter);
      const QColor bg = colour(r, c);
      if (bg.isValid()) {
        item->setBackground(bg);
        item->setForeground(Qt::black);
      }
      table->setItem(r, c, item);
    }
  table->updateGeometry();
}

float at(const Tensor& t, int r, int c) {
  const int cols = t.dim(t.rank() - 1);
  return t[static_cast<std::size_t>(r * cols + c)];
}
} // namespace

ConvBackpropPanel::ConvBackpropPanel(QWidget* parent)
    : QWidget(parent) {
  m_x = Tensor({4, 4}, {1, 2, 0, 1, 0, 1, 3, 1, 2, 1, 0, 2, 1, 0, 1, 3});
  m_k = Tensor({2, 2}, {1, 0, -1, 2});
  m_g = Tensor({3, 3}, {1, 0, -1, 2, 1, 0, 0, -1, 1});
  buildUi();
  recompute();
  retranslate();
}

void ConvBackpropPanel::buildUi() {
  auto* root = new QVBoxLayout(this);
  m_dataBox = new QGroupBox(this);
  auto* data = new QGridLayout(m_dataBox);
  auto* sizes = new QHBoxLayout;
  m_sizeLabel = new QLabel(m_dataBox);
  m_rows = new QSpinBox(m_dataBox);
  m_rows->setObjectName("convRowsSpin");
  m_rows->setRange(2, backprop::kMaxConvInputSide);
  m_rows->setValue(4);
  m_cols = new QSpinBox(m_dataBox);
  m_cols->setObjectName("convColsSpin");
  m_cols->setRange(2, backprop::kMaxConvInputSide);
  m_cols->setValue(4);
  m_kernelLabel = new QLabel(m_dataBox);
  m_kernelSize = new QComboBox(m_dataBox);
  m_kernelSize->setObjectName("convKernelSizeCombo");
  m_kernelSize->addItems({"2×2", "3×3"});
  sizes->addWidget(m_sizeLabel);
  sizes->addWidget(m_rows);
  sizes->addWidget(new QLabel("×", m_dataBox));
  sizes->addWidget(m_cols);
  sizes->addSpacing(20);
  sizes->addWidget(m_kernelLabel);
  sizes->addWidget(m_kernelSize);
  sizes->addStretch(1);
  data->addLayout(sizes, 0, 0, 1, 3);
  m_xTitle = new QLabel(m_dataBox);
  m_kTitle = new QLabel(m_dataBox);
  m_gTitle = new QLabel(m_dataBox);
  m_xTable = makeTable(m_dataBox, "convInputTable", true);
  m_kTable = makeTable(m_dataBox, "convKernelTable", true);
  m_gTable = makeTable(m_dataBox, "convOutputGradTable", true);
  data->addWidget(m_xTitle, 1, 0);
  data->addWidget(m_kTitle, 1, 1);
  data->addWidget(m_gTitle, 1, 2);
  data->addWidget(m_xTable, 2, 0, Qt::AlignTop | Qt::AlignLeft);
  data->addWidget(m_kTable, 2, 1, Qt::AlignTop | Qt::AlignLeft);
  data->addWidget(m_gTable, 2, 2, Qt::AlignTop | Qt::AlignLeft);
  m_error = new QLabel(m_dataBox);
  m_error->setObjectName("convError");
  m_error->setStyleSheet("color: #c00000;");
  m_error->hide();
  data->addWidget(m_error, 3, 0, 1, 3);
  root->addWidget(m_dataBox);

  connect(m_rows, &QSpinBox::valueChanged, this, &ConvBackpropPanel::resize);
  connect(m_cols, &QSpinBox::valueChanged, this, &ConvBackpropPanel::resize);
  connect(m_kernelSize, &QComboBox::currentIndexChanged, this, &ConvBackpropPanel::resize);
  connect(m_xTable, &QTableWidget::cellChanged, this,
          [this](int r, int c) { onCellEdited(m_xTable, &m_x, r, c); });
  connect(m_kTable, &QTableWidget::cellChanged, this,
          [this](int r, int c) { onCellEdited(m_kTable, &m_k, r, c); });
  connect(m_gTable, &QTableWidget::cellChanged, this,
          [this](int r, int c) { onCellEdited(m_gTable, &m_g, r, c); });

  auto* bar = new QHBoxLayout;
  m_identityCombo = new QComboBox(this);
  m_identityCombo->setObjectName("identityCombo");
  m_identityCombo->addItems({QString(), QString()});
  m_prev = new QPushButton(this);
  m_prev->setObjectName("convPreviousButton");
  m_next = new QPushButton(this);
  m_next->setObjectName("convNextButton");
  m_play = new QPushButton(this);
  m_play->setObjectName("convPlayButton");
  m_play->setCheckable(true);
  m_stepLabel = new QLabel(this);
  m_stepLabel->setObjectName("convStepLabel");
  bar->addWidget(m_identityCombo, 1);
  bar->addWidget(m_prev);
  bar->addWidget(m_next);
  bar->addWidget(m_play);
  bar->addWidget(m_stepLabel);
  root->addLayout(bar);
  connect(m_identityCombo, &QComboBox::currentIndexChanged, this, &ConvBackpropPanel::setIdentity);
  connect(m_prev, &QPushButton::clicked, this, &ConvBackpropPanel::previous);
  connect(m_next, &QPushButton::clicked, this, &ConvBackpropPanel::next);
  m_timer = new QTimer(this);
  m_timer->setInterval(900);
  connect(m_timer, &QTimer::timeout, this, [this] {
    if (m_step + 1 >= stepCount())
      m_play->setChecked(false);
    else
      next();
  });
  connect(m_play, &QPushButton::toggled, this, [this](bool on) {
    on ? m_timer->start() : m_timer->stop();
    retranslate();
  });

  m_identityText = new QLabel(this);
  m_identityText->setObjectName("convIdentityText");
  setRelativeFont(m_identityText, 1.4);
  m_identityText->setWordWrap(true);
  root->addWidget(m_identityText);

  auto* views = new QGridLayout;
  m_slideTitle = new QLabel(this);
  m_windowKernelTitle = new QLabel(this);
  m_resultTitle = new QLabel(this);
  m_slideTable = makeTable(this, "convSlideTable", false);
  m_windowKernelTable = makeTable(this, "convWindowKernelTable", false);
  m_resultTable = makeTable(this, "convResultTable", false);
  views->addWidget(m_slideTitle, 0, 0);
  views->addWidget(m_windowKernelTitle, 0, 1);
  views->addWidget(m_resultTitle, 0, 2);
  views->addWidget(m_slideTable, 1, 0, Qt::AlignTop | Qt::AlignLeft);
  views->addWidget(m_windowKernelTable, 1, 1, Qt::AlignTop | Qt::AlignLeft);
  views->addWidget(m_resultTable, 1, 2, Qt::AlignTop | Qt::AlignLeft);
  root->addLayout(views);
  m_equation = new QLabel(this);
  m_equation->setObjectName("convEquation");
  setRelativeFont(m_equation, 1.4);
  m_equation->setWordWrap(true);
  m_equation->setTextInteractionFlags(Qt::TextSelectableByMouse);
  root->addWidget(m_equation);
  root->addStretch(1);
}

void ConvBackpropPanel::resize() {
  const int h = m_rows->value(), w = m_cols->value(), k = m_kernelSize->currentIndex() + 2;
  // keep the values that still fit; new cells start at 0
  const auto resized = [](const Tensor& old, int rows, int cols) {
    Tensor t({rows, cols});
    for (int r = 0; r < rows && r < old.dim(0); ++r)
      for (int c = 0; c < cols && c < old.dim(1); ++c)
        t[static_cast<std::size_t>(r * cols + c)] = at(old, r, c);
    return t;
  };
  if (k > h || k > w) {
    m_error->setText(tr("The %1×%1 kernel does not fit in a %2×%3 input: make the input larger "
                        "or the kernel smaller.")
                         .arg(k)
                         .arg(h)
                         .arg(w));
    m_error->show();
    return;
  }
  m_x = resized(m_x, h, w);
  m_k = resized(m_k, k, k);
  m_g = resized(m_g, h - k + 1, w - k + 1);
  m_error->hide();
  recompute();
}

void ConvBackpropPanel::onCellEdited(QTableWidget* table, Tensor* values, int row, int col) {
  bool ok = false;
  const QString text = table->item(row, col)->text().trimmed();
  const double v = text.toDouble(&ok);
  const int cols = values->dim(1);
  float& cell = (*values)[static_cast<std::size_t>(row * cols + col)];
  if (!ok || !std::isfinite(v)) {
    m_error->setText(tr("Row %1, column %2: “%3” is not a number; the cell keeps %4.")
                         .arg(row + 1)
                         .arg(col + 1)
                         .arg(text, num(cell)));
    m_error->show();
    const QSignalBlocker block(table);
    table->item(row, col)->setText(num(cell));
    return;
  }
  cell = static_cast<float>(v);
  m_error->hide();
  recompute();
}

void ConvBackpropPanel::recompute() {
  try {
    m_result = backprop::convBackprop(m_x, m_k, m_g);
  } catch (const InputError& e) {
    m_error->setText(QString::fromStdString(e.what()));
    m_error->show();
    return;
  }
  const auto plain = [](int, int) { return QColor(); };
  fill(m_xTable, m_x.dim(0), m_x.dim(1), plain,
       [this](int r, int c) { return num(at(m_x, r, c)); });
  fill(m_kTable, m_k.dim(0), m_k.dim(1), plain,
       [this](int r, int c) { return num(at(m_k, r, c)); });
  fill(m_gTable, m_g.dim(0), m_g.dim(1), plain,
       [this](int r, int c) { return num(at(m_g, r, c)); });
  m_step = std::clamp(m_step, 0, stepCount() - 1);
  refresh();
}

int ConvBackpropPanel::stepCount() const {
  const ConvResult& r = m_identity == 0 ? m_result.kernelGrad : m_result.inputGrad;
  return static_cast<int>(r.trace.size());
}

void ConvBackpropPanel::setIdentity(int identity) {
  m_identity = identity == 0 ? 0 : 1;
  if (m_identityCombo->currentIndex() != m_identity)
    m_identityCombo->setCurrentIndex(m_identity);
  m_step = 0;
  refresh();
  retranslate();
}

void ConvBackpropPanel::next() {
  if (m_step + 1 < stepCount()) {
    ++m_step;
    refresh();
  }
}

void ConvBackpropPanel::previous() {
  if (m_step > 0) {
    --m_step;
    refresh();
  }
}

void ConvBackpropPanel::refresh() {
  if (stepCount() == 0)
    return;
  const ConvResult& res = m_identity == 0 ? m_result.kernelGrad : m_result.inputGrad;
  const TraceStep& s = res.trace[static_cast<std::size_t>(m_step)];
  const int k = m_k.dim(0);
  const int pad = m_identity == 0 ? 0 : k - 1;
  // the plane the window slides over: X, or ∂C/∂Y with k−1 zeros on every side
  const Tensor& plane = m_identity == 0 ? m_x : m_g;
  const int rows = plane.dim(0) + 2 * pad, cols = plane.dim(1) + 2 * pad;
  std::vector<std::vector<bool>> inWindow(rows, std::vector<bool>(cols, false));
  for (const TraceTerm& t : s.terms)
    inWindow[t.row + pad][t.col + pad] = true;
  fill(
      m_slideTable, rows, cols,
      [&](int r, int c) {
        const bool padding = r < pad || c < pad || r >= rows - pad || c >= cols - pad;
        return inWindow[r][c] ? kWindow : (padding ? kPadding : QColor());
      },
      [&](int r, int c) {
        const bool padding = r < pad || c < pad || r >= rows - pad || c >= cols - pad;
        return padding ? QStringLiteral("0") : num(at(plane, r - pad, c - pad));
      });
  // the "kernel" of this correlation: ∂C/∂Y, or K rotated by 180°
  const Tensor kern = m_identity == 0 ? m_g : rotate180(m_k);
  fill(
      m_windowKernelTable, kern.dim(0), kern.dim(1), [](int, int) { return kKernel; },
      [&](int r, int c) { return num(at(kern, r, c)); });
  const int outRows = res.output.dim(1), outCols = res.output.dim(2);
  fill(
      m_resultTable, outRows, outCols,
      [&](int r, int c) {
        const int index = r * outCols + c;
        return index == m_step ? kResult : (index < m_step ? QColor(225, 245, 225) : QColor());
      },
      [&](int r, int c) {
        return r * outCols + c <= m_step ? num(at(res.output, r, c)) : QString();
      });
  const QString cell = m_identity == 0 ? tr("∂C/∂K[%1][%2]") : tr("∂C/∂X[%1][%2]");
  m_equation->setText(cell.arg(s.i + 1).arg(s.j + 1) + " = " +
                      QString::fromStdString(traceEquation(s)));
  m_stepLabel->setText(tr("window %1 of %2").arg(m_step + 1).arg(stepCount()));
  m_prev->setEnabled(m_step > 0);
  m_next->setEnabled(m_step + 1 < stepCount());
}

void ConvBackpropPanel::retranslate() {
  m_dataBox->setTitle(tr("One convolution layer: Y = X ⋆ K (valid, stride 1)"));
  m_sizeLabel->setText(tr("Input size"));
  m_rows->setToolTip(tr("Rows of the input X (2–6)"));
  m_cols->setToolTip(tr("Columns of the input X (2–6)"));
  m_kernelLabel->setText(tr("Kernel"));
  m_kernelSize->setToolTip(tr("Kernel size: 2×2 or 3×3"));
  m_xTitle->setText(tr("Input X"));
  m_kTitle->setText(tr("Kernel K"));
  m_gTitle->setText(tr("Output gradient ∂C/∂Y (given)"));
  m_xTable->setToolTip(tr("Double-click a cell to edit the input"));
  m_kTable->setToolTip(tr("Double-click a cell to edit the kernel"));
  m_gTable->setToolTip(tr("The gradient arriving from the next layer; double-click to edit"));
  m_identityCombo->setItemText(0, tr("Kernel gradient ∂C/∂K"));
  m_identityCombo->setItemText(1, tr("Input gradient ∂C/∂X"));
  m_identityCombo->setToolTip(tr("Which identity to step through"));
  m_prev->setText(tr("◀ Previous"));
  m_prev->setToolTip(tr("Previous window"));
  m_next->setText(tr("Next ▶"));
  m_next->setToolTip(tr("Next window"));
  m_play->setText(m_play->isChecked() ? tr("Pause") : tr("Play"));
  m_play->setToolTip(tr("Slide the window automatically"));
  if (m_identity == 0) {
    m_identityText->setText(tr("∂C/∂K = X ⋆ ∂C/∂Y: the valid cross-correlation of the input with "
                               "the output gradient. Each kernel weight met every input cell "
                               "under it, so its gradient sums input × output gradient."));
    m_slideTitle->setText(tr("Input X (the window slides here)"));
    m_windowKernelTitle->setText(tr("∂C/∂Y (used as the kernel)"));
    m_resultTitle->setText(tr("∂C/∂K"));
  } else {
    m_identityText->setText(tr("∂C/∂X = ∂C/∂Y ∗ K: the full convolution of the output gradient "
                               "with the kernel, i.e. a full cross-correlation with the kernel "
                               "rotated by 180°. The padding (grey) holds zeros."));
    m_slideTitle->setText(tr("∂C/∂Y with full padding (the window slides here)"));
    m_windowKernelTitle->setText(tr("K rotated 180°"));
    m_resultTitle->setText(tr("∂C/∂X"));
  }
  m_slideTable->setToolTip(tr("Yellow: the window of the current step"));
  m_resultTable->setToolTip(tr("Green: the cell the current step computes"));
  m_windowKernelTable->setToolTip(tr("The kernel of this step's cross-correlation"));
  refresh();
}

QJsonObject ConvBackpropPanel::saveState() const {
  const auto arr = [](const Tensor& t) {
    QJsonArray a;
    for (float v : t.values())
      a << v;
    return a;
  };
  return {{"rows", m_rows->value()},
          {"cols", m_cols->value()},
          {"kernel", m_kernelSize->currentIndex() + 2},
          {"x", arr(m_x)},
          {"k", arr(m_k)},
          {"g", arr(m_g)},
          {"identity", m_identity},
          {"step", m_step}};
}

void ConvBackpropPanel::restoreState(const QJsonObject& s) {
  const int h = std::clamp(s.value("rows").toInt(4), 2, backprop::kMaxConvInputSide);
  const int w = std::clamp(s.value("cols").toInt(4), 2, backprop::kMaxConvInputSide);
  const int k = std::clamp(s.value("kernel").toInt(2), 2, std::min({3, h, w}));
  const auto load = [](const QJsonValue& v, int rows, int cols, const Tensor& fallback) {
    const QJsonArray a = v.toArray();
    if (a.size() != rows * cols)
      return fallback.dim(0) == rows && fallback.dim(1) == cols ? fallback : Tensor({rows, cols});
    Tensor t({rows, cols});
    for (int i = 0; i < a.size(); ++i)
      t[static_cast<std::size_t>(i)] = static_cast<float>(a[i].toDouble());
    return t;
  };
  m_x = load(s.value("x"), h, w, m_x);
  m_k = load(s.value("k"), k, k, m_k);
  m_g = load(s.value("g"), h - k + 1, w - k + 1, m_g);
  {
    const QSignalBlocker b1(m_rows), b2(m_cols), b3(m_kernelSize);
    m_rows->setValue(h);
    m_cols->setValue(w);
    m_kernelSize->setCurrentIndex(k - 2);
  }
  m_identity = s.value("identity").toInt() == 1 ? 1 : 0;
  m_step = s.value("step").toInt();
  {
    const QSignalBlocker b(m_identityCombo);
    m_identityCombo->setCurrentIndex(m_identity);
  }
  recompute();
  retranslate();
}

} // namespace gs::ui
