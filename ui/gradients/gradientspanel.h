#pragma once
// One running gradients experiment: the verdict line, the gradient norm per layer, and tabs
// with the heat map, activations, update ratios, loss curve and the chain-rule view. Owns a
// GradientsWorker on its own QThread; keeps the history it was sent (plain values), so the
// plots survive a divergence.
#include "core/gradients/deepnet.h"
#include "core/gradients/gradientverdict.h"
#include "gradientsworker.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QThread;
class QCustomPlot;

namespace gs::ui {

class LayerPlot;
class GradientHeatMap;
class ActivationView;
class ChainRuleView;

class GradientsPanel : public QWidget {
  Q_OBJECT
public:
  /// `name` prefixes the object names of the views ("left", "right").
  explicit GradientsPanel(const QString& name, QWidget* parent = nullptr);
  ~GradientsPanel() override;

  /// Pauses, forgets the history and builds a new network on the worker.
  void setConfig(const DeepNetConfig& config);
  const DeepNetConfig& config() const { return m_config; }
  /// A caption above the verdict (the scenario's name).
  void setCaption(const QString& caption);

  void step(int count);
  void run();
  void pause();
  /// Same config, fresh network (same seed: the same run again).
  void reset();

  bool isRunning() const { return m_running; }
  bool isBusy() const { return m_pending; }
  const std::vector<GradientStep>& history() const { return m_history; }
  /// Steps received since the panel was made (over every config), and how many times the
  /// views were redrawn with new steps: the --measure-ui figures.
  long stepsReceived() const { return m_stepsReceived; }
  long refreshCount() const { return m_refreshes; }
  const GradientVerdict& verdict() const { return m_verdict; }
  QString verdictText() const;
  QString errorText() const { return m_error; }
  /// Shown tab of the view tabs (kept equal in the split view).
  QTabWidget* tabs() const { return m_tabs; }
  GradientHeatMap* heatMap() const { return m_heatMap; }

  void retranslate();
  /// Stops the worker thread (called on close; also by the destructor).
  void shutdown();

signals:
  /// New steps arrived and were drawn, or the run stopped / failed.
  void updated();
  void runningChanged(bool running);

private:
  void onSnapshot(const GradientsSnapshot& snapshot);
  void redraw();
  void updateChain();
  void updateVerdictLabel();
  void send(int count);

  DeepNetConfig m_config;
  std::vector<GradientStep> m_history;
  GradientVerdict m_verdict;
  QString m_error;
  int m_ticket = 0;
  bool m_running = false;
  bool m_pending = false; ///< a command is on its way to the worker
  int m_configTicket = 0; ///< snapshots older than this belong to a replaced network
  int m_wanted = 0;       ///< steps still to run; -1: until paused
  long m_stepsReceived = 0;
  long m_refreshes = 0;

  QThread* m_thread = nullptr;
  GradientsWorker* m_worker = nullptr;

  QLabel* m_caption = nullptr;
  QLabel* m_verdictLabel = nullptr;
  LayerPlot* m_gradNorm = nullptr;
  QTabWidget* m_tabs = nullptr;
  GradientHeatMap* m_heatMap = nullptr;
  ActivationView* m_activations = nullptr;
  LayerPlot* m_updateRatio = nullptr;
  QCustomPlot* m_loss = nullptr;
  ChainRuleView* m_chain = nullptr;
};

} // namespace gs::ui
