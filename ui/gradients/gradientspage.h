#pragma once
// The Gradients page (issue 5): watch gradients vanish or explode across depth and each
// remedy fix it, live. Left: scenarios, the set-up and the step controls; right: one panel,
// or two side by side (split view, same depth and data) to contrast two scenarios.
#include "common/page.h"
#include "scenarios.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSplitter;

namespace gs::ui {

class GradientsPanel;
class GradientsSetup;

class GradientsPage : public Page {
  Q_OBJECT
public:
  explicit GradientsPage(QWidget* parent = nullptr);
  ~GradientsPage() override;

  QString pageId() const override { return "gradients"; }
  QString title() const override { return tr("Gradients"); }
  QString helpHtml() const override;
  /// "try:ID" of every scenario (one panel), "vanishing-vs-residual" and
  /// "exploding-vs-clipping" (split view); each then runs 10 steps.
  void applySuggestion(const QString& name) override;
  QJsonObject saveState() const override;
  void restoreState(const QJsonObject& state) override;

  /// Sets the left panel to the scenario `id` (and keeps the comparison).
  bool selectScenario(const QString& id);
  /// Shows a second panel with scenario `id` next to the first; "" closes it.
  bool setComparison(const QString& id);

  GradientsPanel* leftPanel() const { return m_left; }
  GradientsPanel* rightPanel() const { return m_right; }
  GradientsSetup* setup() const { return m_setup; }

protected:
  void retranslate() override;
  void showEvent(QShowEvent* event) override;
  void hideEvent(QHideEvent* event) override;

private:
  void applySetup();
  /// Split view: both heat maps on one colour scale (the union of their ranges), one legend.
  void syncHeatMaps();
  void updateButtons();
  void stepAll(int count);

  std::vector<GradientScenario> m_scenarios;
  QString m_scenario;   ///< id of the scenario the set-up came from; "" once edited
  QString m_comparison; ///< id of the right panel's scenario; "" when closed
  bool m_shownOnce = false;

  GradientsSetup* m_setup = nullptr;
  QGroupBox* m_scenarioBox = nullptr;
  QGroupBox* m_setupBox = nullptr;
  std::vector<QPushButton*> m_scenarioButtons;
  QLabel* m_compareLabel = nullptr;
  QComboBox* m_compare = nullptr;
  QPushButton* m_step = nullptr;
  QPushButton* m_step10 = nullptr;
  QPushButton* m_run = nullptr;
  QPushButton* m_pause = nullptr;
  QPushButton* m_reset = nullptr;
  QSplitter* m_split = nullptr;
  GradientsPanel* m_left = nullptr;
  GradientsPanel* m_right = nullptr;
};

} // namespace gs::ui
