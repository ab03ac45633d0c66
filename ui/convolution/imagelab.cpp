#include "imagelab.h"

#include "featuremapview.h"
#include "matrixeditor.h"
#include "presets.h"

#include "core/conv/filterimage.h"
#include "core/error.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gs::ui {

namespace {
// Larger pictures are scaled down so that every kernel edit is answered at once (the core
// benchmark: 512×512 with a 7×7 kernel well under 16 ms).
constexpr int kMaxSide = 512;
} // namespace

ImageLab::ImageLab(QWidget* parent)
    : QWidget(parent) {
  m_preset = new QComboBox(this);
  m_preset->setObjectName("imageKernelCombo");
  for (std::size_t i = 0; i <= imageKernels().size(); ++i)
    m_preset->addItem(QString());
  m_presetLabel = new QLabel(this);
  m_sizeLabel = new QLabel(this);
  m_rows = new QSpinBox(this);
  m_cols = new QSpinBox(this);
  m_rows->setObjectName("imageKernelRowsSpin");
  m_cols->setObjectName("imageKernelColsSpin");
  for (QSpinBox* s : {m_rows, m_cols}) {
    s->setRange(1, 7);
    s->setValue(3);
  }
  m_kernel = new MatrixEditor(this);
  m_kernel->setObjectName("imageKernelEditor");
  m_open = new QPushButton(this);
  m_open->setObjectName("openImageButton");
  m_bundled = new QPushButton(this);
  m_bundled->setObjectName("bundledImageButton");
  m_message = new QLabel(this);
  m_message->setObjectName("imageMessage");
  m_message->setStyleSheet("color: #c62828;");
  m_message->setWordWrap(true);
  m_message->hide();
  m_info = new QLabel(this);
  m_info->setWordWrap(true);
  m_note = new QLabel(this);
  m_note->setWordWrap(true);
  m_input = new FeatureMapView(this);
  m_input->setObjectName("imageInputView");
  m_output = new FeatureMapView(this);
  m_output->setObjectName("imageOutputView");

  auto* left = new QGridLayout;
  left->addWidget(m_presetLabel, 0, 0);
  left->addWidget(m_preset, 0, 1);
  left->addWidget(m_sizeLabel, 1, 0);
  auto* size = new QHBoxLayout;
  size->addWidget(m_rows);
  size->addWidget(new QLabel(QStringLiteral("×"), this));
  size->addWidget(m_cols);
  size->addStretch();
  left->addLayout(size, 1, 1);
  left->addWidget(m_kernel, 2, 0, 1, 2);
  left->addWidget(m_note, 3, 0, 1, 2);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(m_open);
  buttons->addWidget(m_bundled);
  buttons->addStretch();
  left->addLayout(buttons, 4, 0, 1, 2);
  left->addWidget(m_message, 5, 0, 1, 2);
  left->addWidget(m_info, 6, 0, 1, 2);
  left->setRowStretch(7, 1);
  auto* leftWidget = new QWidget(this);
  leftWidget->setLayout(left);
  leftWidget->setMaximumWidth(420);
  auto* layout = new QHBoxLayout(this);
  layout->addWidget(m_input, 1); // input ∗ kernel = output, left to right
  layout->addWidget(leftWidget);
  layout->addWidget(m_output, 1);

  connect(m_preset, &QComboBox::activated, this, &ImageLab::selectKernel);
  auto resize = [this] {
    if (m_setting)
      return;
    m_kernel->resizeMatrix(m_rows->value(), m_cols->value());
  };
  connect(m_rows, &QSpinBox::valueChanged, this, resize);
  connect(m_cols, &QSpinBox::valueChanged, this, resize);
  connect(m_kernel, &MatrixEditor::valuesChanged, this, [this] {
    if (m_setting)
      return;
    m_preset->setCurrentIndex(m_preset->count() - 1); // an edited preset is the user's own
    recompute();
  });
  connect(m_open, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a picture"), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg)"));
    if (!path.isEmpty())
      openImage(path);
  });
  connect(m_bundled, &QPushButton::clicked, this, &ImageLab::useBundledImage);
  retranslate();
  selectKernel(4); // Sobel x: the first kernel whose output has both signs
  useBundledImage();
}

QString ImageLab::message() const {
  return !m_message->isHidden() ? m_message->text() : QString();
}

bool ImageLab::openImage(const QString& path) {
  QImageReader reader(path);
  const QImage image = reader.read();
  if (image.isNull()) {
    m_message->setText(tr("Cannot open “%1”: %2. The previous picture is kept.")
                           .arg(QFileInfo(path).fileName(), reader.errorString()));
    m_message->show();
    return false;
  }
  m_message->hide();
  setImage(image, path);
  return true;
}

void ImageLab::useBundledImage() {
  m_message->hide();
  setImage(QImage(QStringLiteral(":/images/sample.png")), QString());
}

void ImageLab::setImage(const QImage& image, const QString& source) {
  m_source = source;
  m_sourceWidth = image.width();
  m_sourceHeight = image.height();
  QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
  if (grey.width() > kMaxSide || grey.height() > kMaxSide)
    grey = grey.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
  const int H = grey.height(), W = grey.width();
  m_image = Tensor({H, W});
  for (int y = 0; y < H; ++y) {
    const uchar* line = grey.constScanLine(y);
    for (int x = 0; x < W; ++x)
      m_image[static_cast<std::size_t>(y * W + x)] = line[x] / 255.0f;
  }
  m_input->setGrey(m_image);
  retranslate();
  recompute();
}

void ImageLab::selectKernel(int index) {
  const std::vector<ImageKernel> kernels = imageKernels();
  m_preset->setCurrentIndex(index);
  if (index < 0 || index >= static_cast<int>(kernels.size()))
    return; // custom: keep the kernel as it is, for the user to edit
  const ImageKernel& k = kernels[static_cast<std::size_t>(index)];
  m_setting = true;
  m_rows->setValue(k.rows);
  m_cols->setValue(k.cols);
  m_kernel->setMatrix(k.rows, k.cols, k.values);
  m_setting = false;
  recompute();
}

void ImageLab::recompute() {
  if (m_image.empty())
    return;
  const std::vector<double>& v = m_kernel->values();
  const Tensor kernel({m_kernel->rows(), m_kernel->cols()}, std::vector<float>(v.begin(), v.end()));
  try {
    m_result = filterImage(m_image, kernel, false);
    m_output->setDiverging(m_result);
  } catch (const InputError& e) {
    m_message->setText(QString::fromUtf8(e.what()));
    m_message->show();
    m_output->clear();
  }
}

QJsonObject ImageLab::saveState() const {
  QJsonArray values;
  for (double v : m_kernel->values())
    values.append(v);
  return {{"kernelPreset", m_preset->currentIndex()},
          {"rows", m_kernel->rows()},
          {"cols", m_kernel->cols()},
          {"kernel", values},
          {"image", m_source}};
}

void ImageLab::restoreState(const QJsonObject& state) {
  std::vector<double> values;
  for (const QJsonValue& v : state.value("kernel").toArray())
    values.push_back(v.toDouble());
  m_setting = true;
  m_rows->setValue(state.value("rows").toInt(3));
  m_cols->setValue(state.value("cols").toInt(3));
  m_kernel->setMatrix(m_rows->value(), m_cols->value(), values);
  m_preset->setCurrentIndex(
      std::clamp(state.value("kernelPreset").toInt(), 0, m_preset->count() - 1));
  m_setting = false;
  const QString source = state.value("image").toString();
  if (source.isEmpty() || !openImage(source))
    useBundledImage();
}

void ImageLab::retranslate() {
  const std::vector<ImageKernel> kernels = imageKernels();
  for (std::size_t i = 0; i < kernels.size(); ++i)
    m_preset->setItemText(static_cast<int>(i), kernels[i].name);
  m_preset->setItemText(m_preset->count() - 1, tr("custom"));
  m_presetLabel->setText(tr("Kernel"));
  m_preset->setToolTip(tr("A classic image kernel; edit any cell to make it your own"));
  m_sizeLabel->setText(tr("Size"));
  m_rows->setToolTip(tr("Kernel rows, 1 to 7"));
  m_cols->setToolTip(tr("Kernel columns, 1 to 7"));
  m_kernel->setName(tr("Kernel"));
  m_kernel->retranslate();
  m_open->setText(tr("Open picture…"));
  m_open->setToolTip(tr("Filter your own PNG or JPG (shown in grey, at most 512 pixels a side)"));
  m_bundled->setText(tr("Sample picture"));
  m_bundled->setToolTip(tr("Go back to the picture that comes with Gradscope"));
  m_message->setToolTip(tr("Why the picture or kernel could not be used"));
  m_note->setText(tr("Cross-correlation with “same” zero padding: the output has the picture's "
                     "size. Grey values run from 0 (black) to 1 (white)."));
  m_note->setToolTip(tr("How the output is computed"));
  const QString name = m_source.isEmpty() ? tr("sample picture") : QFileInfo(m_source).fileName();
  m_info->setText(
      m_image.empty()
          ? QString()
          : (m_sourceWidth != m_image.dim(1)
                 ? tr("%1: %2×%3 pixels, shown scaled to %4×%5")
                       .arg(name)
                       .arg(m_sourceWidth)
                       .arg(m_sourceHeight)
                       .arg(m_image.dim(1))
                       .arg(m_image.dim(0))
                 : tr("%1: %2×%3 pixels").arg(name).arg(m_image.dim(1)).arg(m_image.dim(0))));
  m_info->setToolTip(tr("The picture being filtered"));
  m_input->setTitle(tr("Input (grey)"));
  m_input->setToolTip(tr("The picture as grey values from 0 to 1"));
  m_output->setTitle(tr("Output feature map"));
  m_output->setToolTip(
      tr("Negative values blue, 0 white, positive red; the legend gives the scale"));
}

} // namespace gs::ui
