#pragma once
// The racers of the optimizer race: a list (colour, name, lr), buttons to add any of the ten
// course optimizers (the same one as often as wanted), duplicate and remove, and a form with
// the selected racer's colour and hyperparameters. Bad values get an inline message and are not
// applied.
#include <QWidget>
#include <vector>

#include "racer.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace gs::ui {

class RacerEditor : public QWidget {
  Q_OBJECT
public:
  explicit RacerEditor(QWidget* parent = nullptr);

  const std::vector<Racer>& racers() const { return m_racers; }
  void setRacers(std::vector<Racer> racers);
  /// Adds a racer with torch.optim's defaults (lr per optimizer) and selects it.
  void addRacer(const std::string& courseName);
  /// Gives racer `index` a new colour (the colour button asks with QColorDialog).
  void setColor(int index, const QColor& color);
  void retranslate();

signals:
  void racersChanged();

private:
  void rebuildList();
  void rebuildForm();
  int selectedIndex() const;
  void applyNumber(int racer, const QString& key, const QString& text);
  void applyFlag(int racer, const QString& key, bool on);
  /// Checks the config with makeOptimizer; on success stores it and returns true.
  bool commit(int racer, const OptimizerConfig& config);
  int unusedColorIndex() const;

  std::vector<Racer> m_racers;
  QComboBox* m_addCombo = nullptr;
  QPushButton* m_addButton = nullptr;
  QPushButton* m_duplicateButton = nullptr;
  QPushButton* m_removeButton = nullptr;
  QListWidget* m_list = nullptr;
  QWidget* m_formHost = nullptr;
  QFormLayout* m_form = nullptr;
  QLabel* m_error = nullptr;
};

} // namespace gs::ui
