#include "layerform.h"

#include "core/error.h"
#include "core/nn/layerfactory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <cmath>

namespace gs::ui {

namespace {
QString qs(const std::string& s) {
  return QString::fromStdString(s);
}

/// Integers separated by commas, spaces or "x" ("5", "3, 5", "3x5"); empty when one is not.
std::vector<int> integers(const QString& text) {
  std::vector<int> out;
  for (const QString& part :
       text.split(QRegularExpression("[,x×\\s\\[\\]]+"), Qt::SkipEmptyParts)) {
    bool ok = false;
    const int v = part.toInt(&ok);
    if (!ok)
      return {};
    out.push_back(v);
  }
  return out;
}

/// The text of an int or an array of ints ("5", "3, 5").
QString integersText(const nlohmann::json& v) {
  if (v.is_number_integer())
    return QString::number(v.get<long long>());
  QStringList parts;
  if (v.is_array())
    for (const nlohmann::json& e : v)
      parts << qs(e.dump());
  return parts.join(", ");
}

/// The first inner layer of `type` in a residual block's "layers" (nullptr when none).
const nlohmann::json* innerLayer(const nlohmann::json& layer, const std::string& type) {
  if (!layer.contains("layers") || !layer["layers"].is_array())
    return nullptr;
  for (const nlohmann::json& l : layer["layers"])
    if (l.is_object() && l.value("type", std::string()) == type)
      return &l;
  return nullptr;
}
} // namespace

QString layerText(const nlohmann::json& layer) {
  if (!layer.is_object())
    return qs(layer.dump());
  QStringList fields;
  for (auto it = layer.begin(); it != layer.end(); ++it) {
    const std::string& key = it.key();
    if (key == "type" || key == "weight" || key == "bias")
      continue;
    if (key == "layers" && it->is_array())
      fields << LayerForm::tr("%n inner layer(s)", nullptr, static_cast<int>(it->size()));
    else if (key == "projection")
      fields << LayerForm::tr("projection");
    else
      fields << qs(key) + " " + (it->is_string() ? qs(it->get<std::string>()) : qs(it->dump()));
  }
  const QString type = qs(layer.value("type", std::string("?")));
  return fields.isEmpty() ? type : type + "  " + fields.join(", ");
}

LayerForm::LayerForm(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_title(new QLabel(this)) {
  m_title->setObjectName("layerFormTitle");
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_title);
  layout->addLayout(m_form);
  m_form->setContentsMargins(0, 0, 0, 0);
  clearLayer();
}

void LayerForm::clearLayer() {
  m_layer = nlohmann::json();
  rebuild();
}

void LayerForm::setLayer(const nlohmann::json& layer) {
  if (layer == m_layer)
    return;
  m_layer = layer;
  rebuild();
}

int LayerForm::errorCount() const {
  int n = 0;
  for (const Field& f : m_fields)
    n += f.error->text().isEmpty() ? 0 : 1;
  return n;
}

void LayerForm::addField(Kind kind, const std::string& key, const QString& fallback) {
  Field f;
  f.key = key;
  f.kind = kind;
  f.fallback = fallback;
  f.label = new QLabel(this);
  f.error = new QLabel(this);
  f.error->setObjectName(qs("error_" + key));
  f.error->setStyleSheet("color: #c00");
  f.error->setWordWrap(true);
  auto* row = new QWidget(this);
  auto* rowLayout = new QHBoxLayout(row);
  rowLayout->setContentsMargins(0, 0, 0, 0);
  if (kind == Kind::Padding) {
    f.mode = new QComboBox(row);
    f.mode->setObjectName("field_padding_mode");
    for (const char* m : {"valid", "same", "full", "explicit"})
      f.mode->addItem(m, m);
    rowLayout->addWidget(f.mode);
  }
  if (kind == Kind::Projection) {
    f.check = new QCheckBox(row);
    f.check->setObjectName(qs("field_" + key));
    rowLayout->addWidget(f.check);
  } else {
    f.edit = new QLineEdit(row);
    f.edit->setObjectName(qs("field_" + key));
    f.edit->setPlaceholderText(fallback);
    f.edit->setMaximumWidth(kind == Kind::Layers ? QWIDGETSIZE_MAX : 90);
    rowLayout->addWidget(f.edit, kind == Kind::Layers ? 1 : 0);
  }
  rowLayout->addWidget(f.error, 1);
  m_form->addRow(f.label, row);
  m_fields.push_back(f);
}

void LayerForm::rebuild() {
  // deleteLater: a rebuild may be asked for from a signal of one of the old fields.
  while (m_form->rowCount() > 0) {
    const QFormLayout::TakeRowResult row = m_form->takeRow(0);
    for (QLayoutItem* item : {row.labelItem, row.fieldItem})
      if (item) {
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
      }
  }
  m_fields.clear();
  const std::string type = m_layer.is_object() ? m_layer.value("type", std::string()) : "";
  if (type == "dense") {
    addField(Kind::Integer, "out");
  } else if (type == "conv2d") {
    addField(Kind::Integer, "out_channels");
    addField(Kind::Pair, "kernel");
    addField(Kind::Pair, "stride", "1");
    addField(Kind::Padding, "padding", "0");
    addField(Kind::Pair, "dilation", "1");
  } else if (type == "maxpool2d" || type == "avgpool2d") {
    addField(Kind::Pair, "kernel");
    addField(Kind::Pair, "stride", tr("= kernel"));
  } else if (type == "leaky_relu") {
    addField(Kind::Number, "slope", "0.01");
  } else if (type == "elu") {
    addField(Kind::Number, "alpha", "1");
  } else if (type == "dropout") {
    addField(Kind::Number, "p", "0.5");
  } else if (type == "batchnorm") {
    addField(Kind::Number, "momentum", "0.1");
    addField(Kind::Number, "eps", "1e-05");
  } else if (type == "residual") {
    if (innerLayer(m_layer, "dense"))
      addField(Kind::Width, "width");
    addField(Kind::Projection, "projection");
    addField(Kind::Layers, "layers");
  }
  for (Field& f : m_fields) {
    fill(f);
    const std::size_t i = static_cast<std::size_t>(&f - m_fields.data());
    if (f.edit)
      connect(f.edit, &QLineEdit::textEdited, this, [this, i] { apply(m_fields[i]); });
    if (f.mode)
      connect(f.mode, &QComboBox::activated, this, [this, i] { apply(m_fields[i]); });
    if (f.check)
      connect(f.check, &QCheckBox::toggled, this, [this, i] {
        if (!m_filling)
          apply(m_fields[i]);
      });
  }
  retranslate();
}

void LayerForm::fill(Field& f) {
  m_filling = true;
  const nlohmann::json* v =
      m_layer.contains(f.key) ? &m_layer[f.key] : static_cast<const nlohmann::json*>(nullptr);
  switch (f.kind) {
  case Kind::Integer:
  case Kind::Pair:
    f.edit->setText(v ? integersText(*v) : QString());
    break;
  case Kind::Number:
    f.edit->setText(v && v->is_number() ? QString::number(v->get<double>(), 'g', 6) : QString());
    break;
  case Kind::Padding: {
    const bool named = !v || v->is_string();
    const QString mode = !v ? QString("valid") : named ? qs(v->get<std::string>()) : "explicit";
    f.mode->setCurrentIndex(std::max(0, f.mode->findData(mode)));
    f.edit->setText(named ? QString() : integersText(*v));
    f.edit->setEnabled(!named);
    break;
  }
  case Kind::Width:
    f.edit->setText(QString::number(innerLayer(m_layer, "dense")->value("out", 0)));
    break;
  case Kind::Projection:
    f.check->setChecked(v != nullptr);
    break;
  case Kind::Layers:
    f.edit->setText(v ? qs(v->dump()) : QString());
    break;
  }
  m_filling = false;
}

bool LayerForm::edited(const Field& f, nlohmann::json& layer, QString& message) const {
  const QString text = f.edit ? f.edit->text().trimmed() : QString();
  switch (f.kind) {
  case Kind::Integer:
  case Kind::Pair: {
    if (text.isEmpty()) {
      layer.erase(f.key);
      return true;
    }
    const std::vector<int> v = integers(text);
    const std::size_t most = f.kind == Kind::Pair ? 2 : 1;
    if (v.empty() || v.size() > most) {
      message =
          f.kind == Kind::Pair ? tr("a whole number, or two as \"h, w\"") : tr("a whole number");
      return false;
    }
    layer[f.key] = v.size() == 1 ? nlohmann::json(v[0]) : nlohmann::json(v);
    return true;
  }
  case Kind::Number: {
    if (text.isEmpty()) {
      layer.erase(f.key);
      return true;
    }
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
      message = tr("a number");
      return false;
    }
    layer[f.key] = v;
    return true;
  }
  case Kind::Padding: {
    const QString mode = f.mode->currentData().toString();
    if (mode != "explicit") {
      layer[f.key] = mode.toStdString();
      return true;
    }
    const std::vector<int> v = integers(text.isEmpty() ? QString("0") : text);
    if (v.size() != 1 && v.size() != 4) {
      message = tr("a whole number, or four as \"top, bottom, left, right\"");
      return false;
    }
    layer[f.key] = v.size() == 1 ? nlohmann::json(v[0]) : nlohmann::json(v);
    return true;
  }
  case Kind::Width: {
    bool ok = false;
    const int width = text.toInt(&ok);
    if (!ok) {
      message = tr("a whole number");
      return false;
    }
    for (nlohmann::json& inner : layer["layers"])
      if (inner.is_object() && inner.value("type", std::string()) == "dense")
        inner["out"] = width;
    if (layer.contains("projection") && layer["projection"].value("type", "") == "dense")
      layer["projection"]["out"] = width;
    return true;
  }
  case Kind::Projection: {
    if (!f.check->isChecked()) {
      layer.erase("projection");
      return true;
    }
    // A projection maps the block's input to its output's shape: a dense layer to the width
    // of the last inner dense layer, or a 1×1 convolution to the last inner conv's channels.
    const nlohmann::json* last = nullptr;
    for (const nlohmann::json& inner : layer["layers"])
      if (inner.is_object() &&
          (inner.value("type", "") == "dense" || inner.value("type", "") == "conv2d"))
        last = &inner;
    if (!last) {
      message = tr("needs a dense or conv2d inner layer");
      return false;
    }
    layer["projection"] = last->value("type", "") == "dense"
                              ? nlohmann::json{{"type", "dense"}, {"out", last->value("out", 1)}}
                              : nlohmann::json{{"type", "conv2d"},
                                               {"out_channels", last->value("out_channels", 1)},
                                               {"kernel", 1}};
    return true;
  }
  case Kind::Layers: {
    const nlohmann::json v = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (v.is_discarded() || !v.is_array()) {
      message = tr("a JSON array of layer objects");
      return false;
    }
    layer[f.key] = v;
    return true;
  }
  }
  return false;
}

void LayerForm::apply(Field& f) {
  if (f.kind == Kind::Padding)
    f.edit->setEnabled(f.mode->currentData().toString() == "explicit");
  nlohmann::json layer = m_layer;
  QString message;
  if (edited(f, layer, message)) {
    // Core's layer factory is the judge of each value (kernel ≥ 1, p in [0, 1] …).
    try {
      layerFromJson(layer);
    } catch (const InputError& e) {
      message = qs(e.what());
    }
  }
  f.error->setText(message);
  f.error->setToolTip(message);
  if (!message.isEmpty() || layer == m_layer)
    return;
  m_layer = layer;
  // The width and the projection depend on each other: refresh the other fields' text.
  for (Field& other : m_fields)
    if (&other != &f && other.error->text().isEmpty() &&
        (other.kind == Kind::Layers || other.kind == Kind::Projection || other.kind == Kind::Width))
      fill(other);
  emit layerEdited(m_layer);
}

void LayerForm::retranslate() {
  const std::string type = m_layer.is_object() ? m_layer.value("type", std::string()) : "";
  if (type.empty())
    m_title->setText(tr("Select a layer to edit its fields."));
  else if (m_fields.empty())
    m_title->setText(tr("%1 has no fields to set.").arg(qs(type)));
  else
    m_title->setText(tr("Fields of the %1 layer (applied as you type):").arg(qs(type)));
  for (Field& f : m_fields) {
    QString label, tip;
    if (f.key == "out") {
      label = tr("Units");
      tip = tr("Output features of the dense layer");
    } else if (f.key == "out_channels") {
      label = tr("Out channels");
      tip = tr("Number of kernels, one output channel each");
    } else if (f.key == "kernel") {
      label = tr("Kernel");
      tip = tr("Kernel size: n for n×n, or \"h, w\"");
    } else if (f.key == "stride") {
      label = tr("Stride");
      tip = tr("Step of the window: n, or \"h, w\"");
    } else if (f.key == "padding") {
      label = tr("Padding");
      tip = tr("valid: none; same: output as large as the input (stride 1); full: kernel − 1 "
               "on each side; explicit: the amount typed (n, or \"top, bottom, left, right\")");
      f.mode->setToolTip(tip);
    } else if (f.key == "dilation") {
      label = tr("Dilation");
      tip = tr("Spacing between kernel taps: n, or \"h, w\"");
    } else if (f.key == "slope") {
      label = tr("Slope");
      tip = tr("Slope of leaky ReLU for negative inputs");
    } else if (f.key == "alpha") {
      label = tr("Alpha");
      tip = tr("ELU's α: the value approached for very negative inputs is −α");
    } else if (f.key == "p") {
      label = tr("Drop probability");
      tip = tr("Probability p in [0, 1] that an activation is zeroed while training");
    } else if (f.key == "momentum") {
      label = tr("Momentum");
      tip = tr("Weight of the new batch in the running mean and variance (PyTorch's momentum)");
    } else if (f.key == "eps") {
      label = tr("Epsilon");
      tip = tr("Added to the variance before the square root");
    } else if (f.key == "width") {
      label = tr("Width");
      tip = tr("Units of every dense layer inside the block");
    } else if (f.key == "projection") {
      label = tr("Projection");
      tip = tr("Add a layer that maps the block's input to its output shape, for when they "
               "differ; off: the input is added as it is");
    } else if (f.key == "layers") {
      label = tr("Inner layers");
      tip = tr("The layers inside the block as a JSON array of model-file objects");
    }
    f.label->setText(label);
    (f.edit ? static_cast<QWidget*>(f.edit) : f.check)->setToolTip(tip);
    f.error->setToolTip(f.error->text());
  }
}

} // namespace gs::ui
