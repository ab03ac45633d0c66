#pragma once
// The fields of one layer of the network as a small form for its type (DESIGN.md section 5):
// dense: units; conv2d: out channels, kernel, stride, padding mode and amount, dilation;
// pools: kernel, stride; leaky_relu: slope; elu: alpha; dropout: p; batchnorm: momentum, eps;
// residual: the inner layers' width, a projection, the inner layers as JSON. Every edit is
// checked by core's layer factory: a good value is applied at once (layerEdited), a bad one
// stays in its field with the reason in red beside it and is not applied.
#include <QWidget>
#include <nlohmann/json.hpp>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace gs::ui {

/// One line for the layer list: the type and its fields ("conv2d  out_channels 6, kernel 5").
QString layerText(const nlohmann::json& layer);

class LayerForm : public QWidget {
  Q_OBJECT
public:
  explicit LayerForm(QWidget* parent = nullptr);

  /// Shows the fields of `layer` (a model-file object). Showing the layer the form itself
  /// last applied keeps the fields as they are, so typing is never interrupted.
  void setLayer(const nlohmann::json& layer);
  /// No layer selected.
  void clearLayer();
  const nlohmann::json& layer() const { return m_layer; }
  /// Fields holding a value that was not applied (each has its red message).
  int errorCount() const;
  void retranslate();

signals:
  void layerEdited(const nlohmann::json& layer);

private:
  enum class Kind { Integer, Pair, Number, Padding, Width, Projection, Layers };
  struct Field {
    std::string key;
    Kind kind;
    QLabel* label = nullptr;
    QLineEdit* edit = nullptr;
    QComboBox* mode = nullptr;  ///< padding mode (Kind::Padding)
    QCheckBox* check = nullptr; ///< projection on / off (Kind::Projection)
    QLabel* error = nullptr;
    QString fallback; ///< shown greyed when the field is absent
  };

  void rebuild();
  void addField(Kind kind, const std::string& key, const QString& fallback = QString());
  void fill(Field& field);
  void apply(Field& field);
  /// The layer with `field`'s text applied; false with `message` when the text is no value.
  bool edited(const Field& field, nlohmann::json& layer, QString& message) const;

  QFormLayout* m_form;
  QLabel* m_title;
  nlohmann::json m_layer;
  std::vector<Field> m_fields;
  bool m_filling = false;
};

} // namespace gs::ui
