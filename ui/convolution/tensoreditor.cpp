#include "tensoreditor.h"

#include "matrixeditor.h"
#include "matrixtext.h"

#include "core/rng.h"

#include <QApplication>
#include <QClipboard>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gs::ui {

TensorEditor::TensorEditor(Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind) {
  const bool kernels = kind == Kind::Kernels;
  auto makeSpin = [this](int lo, int hi, int value, const char* name) {
    auto* spin = new QSpinBox(this);
    spin->setRange(lo, hi);
    spin->setValue(value);
    spin->setObjectName(name);
    return spin;
  };
  m_groups = makeSpin(1, 4, 1, "kernelCountSpin");
  m_planes = makeSpin(1, 3, 1, kernels ? "kernelChannelsSpin" : "inputChannelsSpin");
  m_rows =
      makeSpin(1, kernels ? 7 : 16, kernels ? 3 : 5, kernels ? "kernelRowsSpin" : "inputRowsSpin");
  m_cols =
      makeSpin(1, kernels ? 7 : 16, kernels ? 3 : 5, kernels ? "kernelColsSpin" : "inputColsSpin");
  m_groupsLabel = new QLabel(this);
  m_planesLabel = new QLabel(this);
  m_sizeLabel = new QLabel(this);
  m_groupsLabel->setVisible(kernels);
  m_groups->setVisible(kernels);
  m_random = new QPushButton(this);
  m_clear = new QPushButton(this);
  m_paste = new QPushButton(this);
  m_random->setObjectName(kernels ? "kernelRandomButton" : "inputRandomButton");
  m_clear->setObjectName(kernels ? "kernelClearButton" : "inputClearButton");
  m_paste->setObjectName(kernels ? "kernelPasteButton" : "inputPasteButton");
  m_pasteMessage = new QLabel(this);
  m_pasteMessage->setObjectName("pasteMessage");
  m_pasteMessage->setStyleSheet("color: #c62828;");
  m_pasteMessage->setWordWrap(true);
  m_pasteMessage->hide();

  auto* sizes = new QHBoxLayout;
  sizes->addWidget(m_groupsLabel);
  sizes->addWidget(m_groups);
  sizes->addWidget(m_planesLabel);
  sizes->addWidget(m_planes);
  sizes->addWidget(m_sizeLabel);
  sizes->addWidget(m_rows);
  sizes->addWidget(new QLabel(QStringLiteral("×"), this));
  sizes->addWidget(m_cols);
  sizes->addStretch();
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(m_random);
  buttons->addWidget(m_clear);
  buttons->addWidget(m_paste);
  buttons->addStretch();
  m_grid = new QGridLayout;
  m_grid->setHorizontalSpacing(12);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(sizes);
  layout->addLayout(buttons);
  layout->addWidget(m_pasteMessage);
  layout->addLayout(m_grid);

  for (QSpinBox* spin : {m_groups, m_planes, m_rows, m_cols})
    connect(spin, &QSpinBox::valueChanged, this, [this] {
      if (!m_building)
        rebuild();
    });
  connect(m_planes, &QSpinBox::valueChanged, this, &TensorEditor::planesChanged);
  connect(m_random, &QPushButton::clicked, this, &TensorEditor::randomize);
  connect(m_clear, &QPushButton::clicked, this, &TensorEditor::clear);
  connect(m_paste, &QPushButton::clicked, this, &TensorEditor::paste);
  rebuild();
  retranslate();
}

int TensorEditor::groups() const {
  return m_kind == Kind::Kernels ? m_groups->value() : 1;
}
int TensorEditor::planes() const {
  return m_planes->value();
}
int TensorEditor::rows() const {
  return m_rows->value();
}
int TensorEditor::cols() const {
  return m_cols->value();
}

MatrixEditor* TensorEditor::editor(int group, int plane) const {
  return m_editors.at(static_cast<std::size_t>(group * planes() + plane));
}

Tensor TensorEditor::tensor() const {
  std::vector<float> data;
  for (const MatrixEditor* e : m_editors)
    for (double v : e->values())
      data.push_back(static_cast<float>(v));
  if (m_kind == Kind::Input)
    return Tensor({planes(), rows(), cols()}, std::move(data));
  return Tensor({groups(), planes(), rows(), cols()}, std::move(data));
}

std::vector<float> TensorEditor::bias() const {
  std::vector<float> b;
  for (const QDoubleSpinBox* spin : m_bias)
    b.push_back(static_cast<float>(spin->value()));
  return b;
}

void TensorEditor::setTensor(int groups, int planes, int rows, int cols,
                             const std::vector<double>& values, const std::vector<double>& bias) {
  m_building = true;
  m_groups->setValue(groups);
  m_planes->setValue(planes);
  m_rows->setValue(rows);
  m_cols->setValue(cols);
  m_building = false;
  rebuild();
  fillFrom(values, bias);
}

void TensorEditor::setPlanes(int planes) {
  m_planes->setValue(planes);
}

void TensorEditor::fillFrom(const std::vector<double>& values, const std::vector<double>& bias) {
  const std::size_t plane = static_cast<std::size_t>(rows() * cols());
  m_building = true;
  for (std::size_t e = 0; e < m_editors.size(); ++e) {
    std::vector<double> v(plane, 0.0);
    for (std::size_t k = 0; k < plane && e * plane + k < values.size(); ++k)
      v[k] = values[e * plane + k];
    m_editors[e]->setMatrix(rows(), cols(), v);
  }
  for (std::size_t g = 0; g < m_bias.size(); ++g)
    m_bias[g]->setValue(g < bias.size() ? bias[g] : 0.0);
  m_building = false;
  emit changed();
}

void TensorEditor::rebuild() {
  const int n = groups(), c = planes(), r = rows(), k = cols();
  const int oldPlanes = m_builtPlanes;
  m_builtPlanes = c;
  const bool wasBuilding = m_building;
  m_building = true; // resized editors signal; the tensor is whole again only at the end
  std::vector<MatrixEditor*> editors;
  for (int g = 0; g < n; ++g)
    for (int p = 0; p < c; ++p) {
      const std::size_t old = static_cast<std::size_t>(g * oldPlanes + p);
      MatrixEditor* e = nullptr;
      if (p < oldPlanes && old < m_editors.size()) {
        e = m_editors[old];
        m_editors[old] = nullptr;
        e->resizeMatrix(r, k);
      } else {
        e = new MatrixEditor(this);
        e->setMatrix(r, k, {});
        connect(e, &MatrixEditor::valuesChanged, this, [this] {
          if (!m_building)
            emit changed();
        });
        connect(e, &MatrixEditor::activated, this, [this, e] { m_pasteTarget = e; });
      }
      editors.push_back(e);
    }
  for (MatrixEditor* e : m_editors)
    if (e) {
      if (e == m_pasteTarget)
        m_pasteTarget = nullptr;
      delete e;
    }
  m_editors = std::move(editors);
  m_building = wasBuilding;
  if (m_kind == Kind::Kernels) {
    while (static_cast<int>(m_bias.size()) < n) {
      auto* spin = new QDoubleSpinBox(this);
      spin->setRange(-1000, 1000);
      spin->setDecimals(2);
      spin->setObjectName(QStringLiteral("biasSpin%1").arg(m_bias.size() + 1));
      connect(spin, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_building)
          emit changed();
      });
      m_bias.push_back(spin);
      m_biasLabels.push_back(new QLabel(this));
    }
    while (static_cast<int>(m_bias.size()) > n) {
      delete m_bias.back();
      delete m_biasLabels.back();
      m_bias.pop_back();
      m_biasLabels.pop_back();
    }
  }
  while (QLayoutItem* item = m_grid->takeAt(0))
    delete item; // the widgets stay; only their places are dropped
  for (QLabel* t : m_titles)
    delete t;
  m_titles.clear();
  // Kernels: one row per kernel (title, bias, then its channels); input: one row per channel.
  int row = 0;
  for (int g = 0; g < n; ++g) {
    if (m_kind == Kind::Kernels) {
      m_grid->addWidget(m_biasLabels[static_cast<std::size_t>(g)], row, 0);
      m_grid->addWidget(m_bias[static_cast<std::size_t>(g)], row, 1, Qt::AlignLeft);
      ++row;
    }
    for (int p = 0; p < c; ++p) {
      auto* title = new QLabel(this);
      m_titles.push_back(title);
      m_grid->addWidget(title, row++, 0, 1, 2);
      m_grid->addWidget(m_editors[static_cast<std::size_t>(g * c + p)], row++, 0, 1, 2,
                        Qt::AlignLeft);
    }
  }
  retranslate();
  if (!m_building)
    emit changed();
}

void TensorEditor::randomize() {
  gs::Rng rng(m_randomSeed++);
  const int lo = m_kind == Kind::Kernels ? -2 : 0;
  const int span = m_kind == Kind::Kernels ? 5 : 10;
  std::vector<double> values;
  for (std::size_t i = 0; i < m_editors.size() * static_cast<std::size_t>(rows() * cols()); ++i)
    values.push_back(lo + static_cast<int>(rng.below(static_cast<std::uint64_t>(span))));
  std::vector<double> bias;
  for (const QDoubleSpinBox* spin : m_bias)
    bias.push_back(spin->value());
  fillFrom(values, bias);
}

void TensorEditor::clear() {
  fillFrom({}, {});
  m_pasteMessage->hide();
}

void TensorEditor::paste() {
  const ParsedMatrix m =
      parseMatrixText(QApplication::clipboard()->text(), m_rows->maximum(), m_cols->maximum());
  m_pasteMessage->setText(m.error);
  m_pasteMessage->setVisible(!m.error.isEmpty());
  if (!m.error.isEmpty())
    return;
  MatrixEditor* target = m_pasteTarget ? m_pasteTarget : m_editors.front();
  m_building = true;
  m_rows->setValue(m.rows);
  m_cols->setValue(m.cols);
  m_building = false;
  for (MatrixEditor* e : m_editors)
    e->resizeMatrix(m.rows, m.cols);
  target->setMatrix(m.rows, m.cols, m.values);
  emit changed();
}

QJsonObject TensorEditor::saveState() const {
  QJsonArray values, bias;
  for (const MatrixEditor* e : m_editors)
    for (double v : e->values())
      values.append(v);
  for (const QDoubleSpinBox* spin : m_bias)
    bias.append(spin->value());
  return {{"groups", groups()}, {"planes", planes()}, {"rows", rows()},
          {"cols", cols()},     {"values", values},   {"bias", bias}};
}

void TensorEditor::restoreState(const QJsonObject& state) {
  std::vector<double> values, bias;
  for (const QJsonValue& v : state.value("values").toArray())
    values.push_back(v.toDouble());
  for (const QJsonValue& v : state.value("bias").toArray())
    bias.push_back(v.toDouble());
  setTensor(state.value("groups").toInt(1), state.value("planes").toInt(1),
            state.value("rows").toInt(rows()), state.value("cols").toInt(cols()), values, bias);
}

void TensorEditor::retranslate() {
  const bool kernels = m_kind == Kind::Kernels;
  m_groupsLabel->setText(tr("Kernels"));
  m_planesLabel->setText(tr("Channels"));
  m_sizeLabel->setText(tr("Size"));
  m_groups->setToolTip(tr("Number of kernels (output channels), 1 to 4"));
  m_planes->setToolTip(kernels ? tr("Channels of each kernel; must equal the input's channels")
                               : tr("Input channels (planes), 1 to 3, e.g. 3 for RGB"));
  m_rows->setToolTip(kernels ? tr("Kernel rows, 1 to 7") : tr("Input rows, 1 to 16"));
  m_cols->setToolTip(kernels ? tr("Kernel columns, 1 to 7") : tr("Input columns, 1 to 16"));
  m_random->setText(tr("Random integers"));
  m_random->setToolTip(kernels ? tr("Fill every kernel with random integers from -2 to 2")
                               : tr("Fill every channel with random integers from 0 to 9"));
  m_clear->setText(tr("Clear"));
  m_clear->setToolTip(tr("Set every cell to 0"));
  m_paste->setText(tr("Paste"));
  m_paste->setToolTip(tr("Paste rows of numbers (separated by spaces, commas or tabs) from the "
                         "clipboard into the matrix last edited"));
  m_pasteMessage->setToolTip(tr("Why the clipboard could not be pasted"));
  const int c = planes();
  for (std::size_t e = 0; e < m_editors.size(); ++e) {
    const int g = static_cast<int>(e) / c + 1, p = static_cast<int>(e) % c + 1;
    const QString name =
        kernels ? tr("Kernel %1, channel %2").arg(g).arg(p) : tr("Input channel %1").arg(p);
    m_editors[e]->setName(name);
    m_editors[e]->retranslate();
    if (e < m_titles.size()) {
      m_titles[e]->setText(kernels ? tr("ch %1").arg(p) : tr("Channel %1").arg(p));
      m_titles[e]->setToolTip(name);
    }
  }
  for (std::size_t g = 0; g < m_bias.size(); ++g) {
    m_biasLabels[g]->setText(tr("<b>Kernel %1</b> bias").arg(g + 1));
    m_biasLabels[g]->setToolTip(tr("The bias b added to every output cell of this kernel"));
    m_bias[g]->setToolTip(tr("Bias of kernel %1, added after the weighted sum").arg(g + 1));
  }
}

} // namespace gs::ui
