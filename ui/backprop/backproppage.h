#pragma once
// The Backprop page: every number of the forward and backward pass of a small network, the
// gradients of one convolution layer, and the activation and loss explorer — for teaching live
// (space = next step, backspace = previous).
#include "common/page.h"

class QTabWidget;

namespace gs::ui {

class NetworkPanel;
class ConvBackpropPanel;
class ExplorerPanel;

class BackpropPage : public Page {
  Q_OBJECT
public:
  explicit BackpropPage(QWidget* parent = nullptr);

  QString pageId() const override { return QStringLiteral("backprop"); }
  QString title() const override { return tr("Backprop"); }
  QString helpHtml() const override;
  void applySuggestion(const QString& name) override;
  QJsonObject saveState() const override;
  void restoreState(const QJsonObject& state) override;

  NetworkPanel* networkPanel() const { return m_network; }
  ConvBackpropPanel* convPanel() const { return m_conv; }
  ExplorerPanel* explorerPanel() const { return m_explorer; }

protected:
  void retranslate() override;

private:
  QTabWidget* m_tabs = nullptr;
  NetworkPanel* m_network = nullptr;
  ConvBackpropPanel* m_conv = nullptr;
  ExplorerPanel* m_explorer = nullptr;
};

} // namespace gs::ui
