#include "gradientsworker.h"

#include "core/error.h"

#include <chrono>

namespace gs::ui {

namespace {
/// A chunk ends after this much work, so snapshots arrive at most ~30 times a second.
constexpr std::chrono::milliseconds kChunk{33};
} // namespace

GradientsWorker::GradientsWorker(QObject* parent)
    : QObject(parent) {
  qRegisterMetaType<gs::ui::GradientsSnapshot>();
  qRegisterMetaType<gs::DeepNetConfig>();
}

GradientsWorker::~GradientsWorker() = default;

int GradientsWorker::cancel() {
  return ++m_ticket;
}

void GradientsWorker::configure(int ticket, const DeepNetConfig& config) {
  // A new network is built even when a pause came in between: later commands need it.
  if (m_stopping)
    return;
  GradientsSnapshot out;
  out.ticket = ticket;
  try {
    m_net = std::make_unique<DeepNet>(config);
  } catch (const InputError& e) {
    m_net.reset();
    out.error = QString::fromStdString(e.what());
  }
  emit snapshot(out);
}

void GradientsWorker::run(int ticket, int count) {
  if (ticket != m_ticket || m_stopping || !m_net)
    return;
  GradientsSnapshot out;
  out.ticket = ticket;
  const auto start = std::chrono::steady_clock::now();
  int remaining = count;
  while (remaining != 0 && ticket == m_ticket && !m_stopping) {
    out.steps.push_back(m_net->step());
    if (remaining > 0)
      --remaining;
    if (out.steps.back().nonFiniteLayer >= 0) {
      out.diverged = true;
      remaining = 0;
      break;
    }
    if (std::chrono::steady_clock::now() - start >= kChunk)
      break;
  }
  out.remaining = remaining;
  emit snapshot(out);
}

} // namespace gs::ui
