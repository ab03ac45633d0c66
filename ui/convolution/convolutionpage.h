#pragma once
// The Convolution page: three tabs — Step through (convolution and pooling, window by
// window), Image (a kernel applied to a picture) and Practice (a generated exercise checked
// cell by cell).
#include "common/page.h"

class QTabWidget;

namespace gs::ui {

class ImageLab;
class PracticeLab;
class StepLab;

class ConvolutionPage : public Page {
  Q_OBJECT
public:
  explicit ConvolutionPage(QWidget* parent = nullptr);

  QString pageId() const override { return QStringLiteral("convolution"); }
  QString title() const override;
  QString helpHtml() const override;
  void applySuggestion(const QString& name) override;
  QJsonObject saveState() const override;
  void restoreState(const QJsonObject& state) override;

  StepLab* stepLab() const { return m_step; }
  ImageLab* imageLab() const { return m_image; }
  PracticeLab* practiceLab() const { return m_practice; }
  QTabWidget* tabs() const { return m_tabs; }

protected:
  void retranslate() override;

private:
  QTabWidget* m_tabs = nullptr;
  StepLab* m_step = nullptr;
  ImageLab* m_image = nullptr;
  PracticeLab* m_practice = nullptr;
};

} // namespace gs::ui
