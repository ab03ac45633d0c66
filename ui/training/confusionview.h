#pragma once
// The confusion matrix of the last validation: rows = true class, columns = predicted class.
#include <QStringList>
#include <QWidget>
#include <vector>

class QCustomPlot;
class QCPColorMap;

namespace gs::ui {

class ConfusionView : public QWidget {
  Q_OBJECT
public:
  explicit ConfusionView(QWidget* parent = nullptr);
  void setMatrix(const std::vector<std::vector<long>>& counts, const QStringList& classNames);
  QString csv() const;
  void retranslate();

private:
  QCustomPlot* m_plot;
  QCPColorMap* m_map;
  std::vector<std::vector<long>> m_counts;
  QStringList m_names;
};

} // namespace gs::ui
