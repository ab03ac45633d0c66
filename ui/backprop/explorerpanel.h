#pragma once
// The "Activations & losses" tab: each activation and its derivative (softmax on an editable
// vector), each loss and its gradient against the prediction for a chosen target, the course's
// facts marked on the curves and a cursor that reads values. Every value comes from
// core/backprop/explorer.
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QCPItemText;
class QCPItemStraightLine;
class QCustomPlot;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QMouseEvent;

namespace gs::ui {

class ExplorerPanel : public QWidget {
  Q_OBJECT
public:
  explicit ExplorerPanel(QWidget* parent = nullptr);

  void retranslate();
  QJsonObject saveState() const;
  void restoreState(const QJsonObject& state);

  /// The cursor reading at x of the activation plot ("x = 0, f = 0.5, f' = 0.25").
  QString activationReading(double x) const;
  QString lossReading(double p) const;

private:
  void buildUi();
  void plotActivation();
  void plotLoss();
  bool softmaxVector(std::vector<double>& z) const;

  QGroupBox* m_actBox = nullptr;
  QComboBox* m_activation = nullptr;
  QLabel* m_vectorLabel = nullptr;
  QLineEdit* m_vector = nullptr;
  QLabel* m_vectorError = nullptr;
  QLabel* m_softmaxText = nullptr;
  QCustomPlot* m_actPlot = nullptr;
  QLabel* m_actReading = nullptr;
  QLabel* m_actFacts = nullptr;

  QGroupBox* m_lossBox = nullptr;
  QComboBox* m_loss = nullptr;
  QLabel* m_targetLabel = nullptr;
  QDoubleSpinBox* m_target = nullptr;
  QCustomPlot* m_lossPlot = nullptr;
  QLabel* m_lossReading = nullptr;
  QLabel* m_pairing = nullptr;
};

} // namespace gs::ui
