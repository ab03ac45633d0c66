#include "runlabel.h"

#include <QCoreApplication>
#include <QStringList>

namespace gs::ui {

namespace {
const RunSetting* find(const RunSettings& settings, const QString& key) {
  for (const RunSetting& s : settings)
    if (s.key == key)
      return &s;
  return nullptr;
}
} // namespace

QString runLabel(const RunSettings& run, const RunSettings& previous) {
  const RunSetting* preset = find(run, "preset");
  const QString presetText = preset ? preset->text : QString();
  if (previous.empty())
    return presetText;
  QStringList parts;
  const RunSetting* optimizer = find(run, "optimizer");
  const RunSetting* before = find(previous, "optimizer");
  const bool newOptimizer = optimizer && (!before || before->text != optimizer->text);
  for (const RunSetting& s : run) {
    const RunSetting* old = find(previous, s.key);
    if (old && old->text == s.text && !(newOptimizer && s.key == "lr"))
      continue;
    // "adam lr 0.001": the optimizer and its learning rate read as one part.
    if (s.key == "lr" && newOptimizer && !parts.isEmpty() && parts.last() == optimizer->text)
      parts.last() += " " + s.text;
    else
      parts << s.text;
  }
  if (parts.isEmpty())
    return QCoreApplication::translate("gs::ui::RunLabel", "%1 (again)").arg(presetText);
  return parts.join(", ");
}

} // namespace gs::ui
