#pragma once
// A value per weight layer on a log scale (gradient norm, update-to-weight ratio), layer 1
// nearest the input on the left. Takes plain values; zero or non-finite values are left out
// (a log axis cannot show them).
#include <QString>
#include <qcustomplot.h>
#include <vector>

namespace gs::ui {

class LayerPlot : public QCustomPlot {
  Q_OBJECT
public:
  explicit LayerPlot(QWidget* parent = nullptr);

  void setValues(const std::vector<double>& values);
  /// A dashed horizontal guide (e.g. the 1e-3 rule of thumb for update ratios); NaN: none.
  void setGuide(double y);
  void setTexts(const QString& yLabel, const QString& seriesName, const QString& guideName);

  const std::vector<double>& values() const { return m_values; }
  /// "layer,value" rows.
  QString csv() const;

private:
  std::vector<double> m_values;
  QCPGraph* m_graph = nullptr;
  QCPGraph* m_guide = nullptr;
  double m_guideY = std::numeric_limits<double>::quiet_NaN();
};

} // namespace gs::ui
