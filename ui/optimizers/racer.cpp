#include "racer.h"

#include "core/error.h"

#include <QJsonValue>

namespace gs::ui {

QString displayName(const std::string& courseName) {
  static const std::pair<const char*, const char*> names[] = {
      {"sgd", "SGD"},         {"momentum", "Momentum"}, {"nesterov", "Nesterov"},
      {"adagrad", "Adagrad"}, {"adadelta", "Adadelta"}, {"rmsprop", "RMSprop"},
      {"adam", "Adam"},       {"adamw", "AdamW"},       {"adamax", "Adamax"},
      {"nadam", "NAdam"}};
  for (const auto& [key, name] : names)
    if (courseName == key)
      return QString::fromLatin1(name);
  return QString::fromStdString(courseName);
}

QColor raceColor(int index) {
  // Matplotlib's tab10: distinct on white and readable over the viridis-like colour map.
  static const QColor palette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                   QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                                   QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                   QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f),
                                   QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf)};
  return palette[((index % 10) + 10) % 10];
}

QString Racer::label() const {
  return QStringLiteral("%1 lr=%2").arg(displayName(courseName)).arg(config.lr);
}

QJsonObject Racer::toJson() const {
  return {{"optimizer", QString::fromStdString(courseName)},
          {"color", color.name()},
          {"lr", config.lr},
          {"momentum", config.momentum},
          {"dampening", config.dampening},
          {"nesterov", config.nesterov},
          {"weight_decay", config.weightDecay},
          {"beta1", config.beta1},
          {"beta2", config.beta2},
          {"eps", config.eps},
          {"alpha", config.alpha},
          {"rho", config.rho},
          {"amsgrad", config.amsgrad},
          {"centered", config.centered},
          {"lr_decay", config.lrDecay},
          {"momentum_decay", config.momentumDecay}};
}

Racer Racer::fromJson(const QJsonObject& json) {
  Racer r;
  r.courseName = json.value("optimizer").toString().toStdString();
  r.config = presetConfig(r.courseName); // throws InputError for an unknown name
  r.color = QColor(json.value("color").toString());
  const auto number = [&json](const char* key, double& field) {
    if (json.contains(key))
      field = json.value(key).toDouble(field);
  };
  const auto flag = [&json](const char* key, bool& field) {
    if (json.contains(key))
      field = json.value(key).toBool(field);
  };
  number("lr", r.config.lr);
  number("momentum", r.config.momentum);
  number("dampening", r.config.dampening);
  flag("nesterov", r.config.nesterov);
  number("weight_decay", r.config.weightDecay);
  number("beta1", r.config.beta1);
  number("beta2", r.config.beta2);
  number("eps", r.config.eps);
  number("alpha", r.config.alpha);
  number("rho", r.config.rho);
  flag("amsgrad", r.config.amsgrad);
  flag("centered", r.config.centered);
  number("lr_decay", r.config.lrDecay);
  number("momentum_decay", r.config.momentumDecay);
  return r;
}

} // namespace gs::ui
