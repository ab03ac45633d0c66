#include "convolutionpage.h"

#include "convcontrols.h"
#include "imagelab.h"
#include "practicelab.h"
#include "presets.h"
#include "steplab.h"

#include <QTabWidget>
#include <QVBoxLayout>

// The bundled sample picture lives in this static library's resources; a static library
// must register them explicitly (outside any namespace).
static void initConvolutionResources() {
  Q_INIT_RESOURCE(convolution);
}

namespace gs::ui {

ConvolutionPage::ConvolutionPage(QWidget* parent)
    : Page(parent) {
  initConvolutionResources();
  m_tabs = new QTabWidget(this);
  m_tabs->setObjectName("convolutionTabs");
  m_step = new StepLab(m_tabs);
  m_image = new ImageLab(m_tabs);
  m_practice = new PracticeLab(m_tabs);
  m_tabs->addTab(m_step, QString());
  m_tabs->addTab(m_image, QString());
  m_tabs->addTab(m_practice, QString());
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(m_tabs);
  retranslate();
}

QString ConvolutionPage::title() const {
  return tr("Convolution");
}

QString ConvolutionPage::helpHtml() const {
  return tr("<h3>Convolution</h3>"
            "<p>A kernel slides over the input; at each position every kernel weight is "
            "multiplied by the input cell under it, the products are added, the bias is added "
            "and the activation (if any) is applied. With several input channels the kernel has "
            "as many channels, and their partial sums are added into one output cell.</p>"
            "<p><b>Output size</b> along each axis, for input n, kernel k, stride s, dilation d "
            "and padding p<sub>0</sub> before and p<sub>1</sub> after:<br>"
            "k<sub>e</sub> = d·(k − 1) + 1, &nbsp; out = ⌊(n + p<sub>0</sub> + p<sub>1</sub> − "
            "k<sub>e</sub>) / s⌋ + 1.<br>"
            "valid: no padding; same: out = ⌈n / s⌉ (the odd extra zero goes bottom / right); "
            "full: k<sub>e</sub> − 1 zeros on each side.</p>"
            "<p><b>Cost</b> of N kernels of size C×kh×kw giving Ho×Wo outputs: parameters "
            "N·C·kh·kw + N (weights and one bias each); multiply-adds N·Ho·Wo·C·kh·kw; "
            "FLOPs twice that.</p>"
            "<p><b>Flip</b>: deep-learning libraries compute cross-correlation (the kernel as it "
            "is). Mathematical convolution, as in MATLAB <tt>conv2</tt>, rotates the kernel by "
            "180° first.</p>"
            "<p><b>Pooling</b> takes the maximum or the average of each window; it has no "
            "parameters.</p>"
            "<p><b>Export worked solution…</b> (Step through and Practice) saves every window "
            "with its multiply-add and the output as a printable page, HTML or PDF.</p>"
            "<p>Try this: <a href=\"try:full\">the course example with full padding (7×7 "
            "output)</a> · <a href=\"try:stride-2\">stride 2</a> · "
            "<a href=\"try:two-channels\">a 2-channel input</a> · "
            "<a href=\"try:edges\">edge detection on a picture</a> · "
            "<a href=\"try:practice\">a new practice exercise</a></p>");
}

void ConvolutionPage::applySuggestion(const QString& name) {
  // step-through presets by their place in labPresets()
  constexpr int kCourse = 0, kStride = 1, kTwoChannels = 4;
  constexpr int kLaplacian = 6; // imageKernels(): edges in every direction
  if (name == "full") {
    m_tabs->setCurrentWidget(m_step);
    m_step->loadPreset(kCourse);
    ConvSpec spec = m_step->convControls()->spec();
    spec.padding = PaddingSpec::full();
    m_step->convControls()->setSpec(spec);
  } else if (name == "stride-2") {
    m_tabs->setCurrentWidget(m_step);
    m_step->loadPreset(kStride);
  } else if (name == "two-channels") {
    m_tabs->setCurrentWidget(m_step);
    m_step->loadPreset(kTwoChannels);
  } else if (name == "edges") {
    m_tabs->setCurrentWidget(m_image);
    m_image->useBundledImage();
    m_image->selectKernel(kLaplacian);
  } else if (name == "practice") {
    m_tabs->setCurrentWidget(m_practice);
    m_practice->nextExercise();
  }
}

QJsonObject ConvolutionPage::saveState() const {
  return {{"tab", m_tabs->currentIndex()},
          {"step", m_step->saveState()},
          {"image", m_image->saveState()},
          {"practice", m_practice->saveState()}};
}

void ConvolutionPage::restoreState(const QJsonObject& state) {
  if (state.contains("step"))
    m_step->restoreState(state.value("step").toObject());
  if (state.contains("image"))
    m_image->restoreState(state.value("image").toObject());
  if (state.contains("practice"))
    m_practice->restoreState(state.value("practice").toObject());
  m_tabs->setCurrentIndex(std::clamp(state.value("tab").toInt(), 0, m_tabs->count() - 1));
}

void ConvolutionPage::retranslate() {
  m_tabs->setTabText(0, tr("Step through"));
  m_tabs->setTabToolTip(0, tr("Convolution or pooling, one output cell at a time"));
  m_tabs->setTabText(1, tr("Image"));
  m_tabs->setTabToolTip(1, tr("Apply a kernel to a picture and see the feature map"));
  m_tabs->setTabText(2, tr("Practice"));
  m_tabs->setTabToolTip(2, tr("Solve a generated exercise and check your answer"));
  m_tabs->setToolTip(QString());
  m_step->retranslate();
  m_image->retranslate();
  m_practice->retranslate();
}

} // namespace gs::ui
