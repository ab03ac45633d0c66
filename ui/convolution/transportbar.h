#pragma once
// First / previous / next / last / play / pause and a speed slider over the steps of a
// trace, with "Step k of n". The keys ← → space Home End are handled by the view that owns
// the bar (StepLab) and forwarded here.
#include <QWidget>

class QLabel;
class QPushButton;
class QSlider;
class QTimer;

namespace gs::ui {

class TransportBar : public QWidget {
  Q_OBJECT
public:
  explicit TransportBar(QWidget* parent = nullptr);

  /// Number of steps; the index is clamped into [0, count).
  void setCount(int count);
  int count() const { return m_count; }
  int index() const { return m_index; }
  void setIndex(int index);
  bool playing() const;

  void first() { setIndex(0); }
  void previous() { setIndex(m_index - 1); }
  void next() { setIndex(m_index + 1); }
  void last() { setIndex(m_count - 1); }
  void play();
  void pause();
  void togglePlay();
  /// The stepping keys: ← → Home End, and Space (play / pause) when `withSpace`.
  /// Returns false for any other key.
  bool handleKey(int key, bool withSpace);
  /// Steps per second of play (slider position).
  int speed() const;
  void setSpeed(int stepsPerSecond);

  void retranslate();

signals:
  void indexChanged(int index);

private:
  void updateButtons();

  QPushButton* m_first = nullptr;
  QPushButton* m_previous = nullptr;
  QPushButton* m_next = nullptr;
  QPushButton* m_last = nullptr;
  QPushButton* m_play = nullptr;
  QPushButton* m_pause = nullptr;
  QSlider* m_speed = nullptr;
  QLabel* m_speedLabel = nullptr;
  QLabel* m_position = nullptr;
  QTimer* m_timer = nullptr;
  int m_count = 0;
  int m_index = 0;
};

} // namespace gs::ui
