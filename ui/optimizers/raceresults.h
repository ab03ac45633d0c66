#pragma once
// Beside the surface: f versus step for every racer (log scale while f > 0) and a table with
// the steps each needed to reach f < ε, its final f, its distance to the nearest minimum and
// whether it diverged. Takes plain rows; the numbers come from core (runTrajectory).
#include <QColor>
#include <QObject>
#include <QVector>
#include <optional>

class QCustomPlot;
class QTableWidget;

namespace gs::ui {

struct ResultRow {
  QString label;
  QColor color;
  QVector<double> steps, fs; ///< f after each step shown so far
  std::optional<std::size_t> stepsToEpsilon;
  double finalF = 0;
  std::optional<double> distance; ///< to the nearest known minimum
  QString status;                 ///< "diverged at step k", an error, or empty
};

/// Owns no layout: the page places plot() and table() where they fit (the widgets are created
/// without a parent and belong to whatever layout takes them).
class RaceResults : public QObject {
  Q_OBJECT
public:
  enum Column { LabelColumn, StepsColumn, FinalColumn, DistanceColumn, StatusColumn };

  explicit RaceResults(QObject* parent = nullptr);
  void setRows(const std::vector<ResultRow>& rows, double epsilon);
  QCustomPlot* plot() const { return m_plot; }
  QTableWidget* table() const { return m_table; }
  void retranslate();

private:
  QCustomPlot* m_plot = nullptr;
  QTableWidget* m_table = nullptr;
  double m_epsilon = 1e-3;
};

} // namespace gs::ui
