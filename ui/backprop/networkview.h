#pragma once
// The diagram of the small network: neurons as circles showing z and a (and δ once computed),
// edges labelled with their weights, thickness by magnitude, colour by sign; the cells the
// current phase reads and writes highlighted. Double-clicking a weight or a bias opens an editor
// in place; the text typed is handed on (valueEdited) for the page to check.
#include "core/backprop/smallnet.h"

#include <QWidget>
#include <vector>

class QLineEdit;

namespace gs::ui {

/// What the view draws: plain values, copied.
struct NetworkViewData {
  std::vector<int> widths;         ///< neurons per layer, 0 = inputs
  std::vector<QString> activation; ///< per layer 1..L ([0] empty)
  backprop::Iteration iteration;
  int phase = 0; ///< index into iteration.phases: what has been computed so far
};

class NetworkView : public QWidget {
  Q_OBJECT
public:
  explicit NetworkView(QWidget* parent = nullptr);

  void setData(NetworkViewData data);
  QSize minimumSizeHint() const override { return {520, 300}; }

  /// Opens the in-place editor on a weight or bias (what a double-click does); for tests.
  bool startEditing(const backprop::Cell& cell);
  QLineEdit* editor() const { return m_editor; }

signals:
  /// A weight (Quantity::Weight) or bias (Quantity::Bias) was edited to `text`.
  void valueEdited(backprop::Cell cell, QString text);

protected:
  void paintEvent(QPaintEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;

private:
  struct Hit {
    QRectF rect;
    backprop::Cell cell;
  };
  QPointF neuronCenter(int layer, int i) const;
  double radius() const;
  bool computed(backprop::Quantity q, int layer) const;
  bool reads(const backprop::Cell& c) const;
  bool writes(const backprop::Cell& c) const;
  double valueOf(const backprop::Cell& c) const;
  void closeEditor();

  NetworkViewData m_data;
  std::vector<Hit> m_hits; ///< editable labels from the last paint
  QLineEdit* m_editor = nullptr;
};

} // namespace gs::ui
