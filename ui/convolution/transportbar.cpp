#include "transportbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTimer>

namespace gs::ui {

TransportBar::TransportBar(QWidget* parent)
    : QWidget(parent) {
  auto makeButton = [this](const char* name) {
    auto* b = new QPushButton(this);
    b->setObjectName(name);
    b->setFocusPolicy(Qt::NoFocus); // keys belong to the step view, not to a button
    return b;
  };
  m_first = makeButton("firstButton");
  m_previous = makeButton("previousButton");
  m_next = makeButton("nextButton");
  m_last = makeButton("lastButton");
  m_play = makeButton("playButton");
  m_pause = makeButton("pauseButton");
  m_speed = new QSlider(Qt::Horizontal, this);
  m_speed->setObjectName("speedSlider");
  m_speed->setRange(1, 10);
  m_speed->setValue(2);
  m_speed->setMinimumWidth(50); // gives way first when large fonts need the room
  m_speed->setMaximumWidth(120);
  m_speed->setFocusPolicy(Qt::NoFocus);
  m_speedLabel = new QLabel(this);
  m_position = new QLabel(this);
  m_position->setObjectName("stepPosition");
  m_timer = new QTimer(this);

  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  for (QPushButton* b : {m_first, m_previous, m_next, m_last, m_play, m_pause})
    layout->addWidget(b);
  layout->addSpacing(12);
  layout->addWidget(m_speedLabel);
  layout->addWidget(m_speed);
  layout->addSpacing(12);
  layout->addWidget(m_position);
  layout->addStretch();

  connect(m_first, &QPushButton::clicked, this, &TransportBar::first);
  connect(m_previous, &QPushButton::clicked, this, &TransportBar::previous);
  connect(m_next, &QPushButton::clicked, this, &TransportBar::next);
  connect(m_last, &QPushButton::clicked, this, &TransportBar::last);
  connect(m_play, &QPushButton::clicked, this, &TransportBar::play);
  connect(m_pause, &QPushButton::clicked, this, &TransportBar::pause);
  connect(m_speed, &QSlider::valueChanged, this, [this](int v) { m_timer->setInterval(1000 / v); });
  connect(m_timer, &QTimer::timeout, this, [this] {
    if (m_index + 1 >= m_count)
      pause();
    else
      next();
  });
  m_timer->setInterval(1000 / m_speed->value());
  retranslate();
  updateButtons();
}

void TransportBar::setCount(int count) {
  m_count = std::max(0, count);
  const int clamped = std::clamp(m_index, 0, std::max(0, m_count - 1));
  if (m_count == 0)
    pause();
  if (clamped != m_index) {
    m_index = clamped;
    emit indexChanged(m_index);
  }
  updateButtons();
}

void TransportBar::setIndex(int index) {
  const int clamped = std::clamp(index, 0, std::max(0, m_count - 1));
  if (clamped == m_index) {
    updateButtons();
    return;
  }
  m_index = clamped;
  updateButtons();
  emit indexChanged(m_index);
}

bool TransportBar::playing() const {
  return m_timer->isActive();
}

void TransportBar::play() {
  if (m_count == 0)
    return;
  if (m_index + 1 >= m_count)
    setIndex(0); // play from the start again after the end
  m_timer->start();
  updateButtons();
}

void TransportBar::pause() {
  m_timer->stop();
  updateButtons();
}

void TransportBar::togglePlay() {
  if (playing())
    pause();
  else
    play();
}

int TransportBar::speed() const {
  return m_speed->value();
}
void TransportBar::setSpeed(int stepsPerSecond) {
  m_speed->setValue(stepsPerSecond);
}

void TransportBar::updateButtons() {
  const bool any = m_count > 0;
  m_first->setEnabled(any && m_index > 0);
  m_previous->setEnabled(any && m_index > 0);
  m_next->setEnabled(any && m_index + 1 < m_count);
  m_last->setEnabled(any && m_index + 1 < m_count);
  m_play->setEnabled(any && !playing());
  m_pause->setEnabled(playing());
  m_position->setText(any ? tr("Step %1 of %2").arg(m_index + 1).arg(m_count) : tr("No steps"));
}

void TransportBar::retranslate() {
  m_first->setText(tr("|◀ First"));
  m_first->setToolTip(tr("Go to the first output cell (Home)"));
  m_previous->setText(tr("◀ Previous"));
  m_previous->setToolTip(tr("Go back one output cell (←)"));
  m_next->setText(tr("Next ▶"));
  m_next->setToolTip(tr("Compute the next output cell (→)"));
  m_last->setText(tr("Last ▶|"));
  m_last->setToolTip(tr("Go to the last output cell (End)"));
  m_play->setText(tr("Play"));
  m_play->setToolTip(tr("Step through the cells automatically (space)"));
  m_pause->setText(tr("Pause"));
  m_pause->setToolTip(tr("Stop at the current cell (space)"));
  m_speedLabel->setText(tr("Speed"));
  m_speed->setToolTip(tr("Steps per second while playing, 1 to 10"));
  m_position->setToolTip(tr("Which output cell is shown"));
  updateButtons();
}

bool TransportBar::handleKey(int key, bool withSpace) {
  switch (key) {
  case Qt::Key_Right:
    next();
    return true;
  case Qt::Key_Left:
    previous();
    return true;
  case Qt::Key_Home:
    first();
    return true;
  case Qt::Key_End:
    last();
    return true;
  case Qt::Key_Space:
    if (withSpace)
      togglePlay();
    return withSpace;
  default:
    return false;
  }
}

} // namespace gs::ui
