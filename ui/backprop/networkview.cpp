#include "networkview.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace gs::ui {

using backprop::Cell;
using backprop::Quantity;

namespace {
const QColor kPositive(33, 102, 172), kNegative(178, 24, 43);
const QColor kReadFill(255, 214, 102), kWriteFill(140, 220, 140), kReadPen(230, 140, 0);

QString num(double v) {
  return QString::fromStdString(backprop::formatCompact(v));
}
QString sub(int i) {
  return QString::fromStdString(backprop::subscript(i + 1));
}
} // namespace

NetworkView::NetworkView(QWidget* parent)
    : QWidget(parent) {
  setObjectName("networkView");
  setMouseTracking(false);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void NetworkView::setData(NetworkViewData data) {
  m_data = std::move(data);
  update();
}

double NetworkView::radius() const {
  const int layers = static_cast<int>(m_data.widths.size());
  const int most =
      m_data.widths.empty() ? 1 : *std::max_element(m_data.widths.begin(), m_data.widths.end());
  const double colGap = (width() - 260.0) / std::max(1, layers - 1);
  const double rowGap = (height() - 60.0) / std::max(1, most);
  const double fontBased = fontMetrics().horizontalAdvance("a 0.0000") * 0.62;
  return std::max(18.0, std::min({fontBased, colGap * 0.22, rowGap * 0.3}));
}

QPointF NetworkView::neuronCenter(int layer, int i) const {
  const int layers = static_cast<int>(m_data.widths.size());
  const double left = 90, right = 170, top = 30, bottom = 30;
  const double x = left + (width() - left - right) * layer / std::max(1, layers - 1);
  const int n = m_data.widths[layer];
  const double y = top + (height() - top - bottom) * (i + 0.5) / n;
  return {x, y};
}

bool NetworkView::computed(Quantity q, int layer) const {
  const auto& phases = m_data.iteration.phases;
  for (int p = 0; p <= m_data.phase && p < static_cast<int>(phases.size()); ++p)
    for (const Cell& c : phases[p].writes)
      if (c.quantity == q && c.layer == layer)
        return true;
  return false;
}

bool NetworkView::reads(const Cell& c) const {
  const auto& phases = m_data.iteration.phases;
  if (m_data.phase < 0 || m_data.phase >= static_cast<int>(phases.size()))
    return false;
  const auto& r = phases[m_data.phase].reads;
  return std::find(r.begin(), r.end(), c) != r.end();
}

bool NetworkView::writes(const Cell& c) const {
  const auto& phases = m_data.iteration.phases;
  if (m_data.phase < 0 || m_data.phase >= static_cast<int>(phases.size()))
    return false;
  const auto& w = phases[m_data.phase].writes;
  return std::find(w.begin(), w.end(), c) != w.end();
}

double NetworkView::valueOf(const Cell& c) const {
  const auto& it = m_data.iteration;
  return c.quantity == Quantity::Weight ? it.before[c.layer].w(c.row, c.col)
                                        : it.before[c.layer].b(c.row);
}

void NetworkView::paintEvent(QPaintEvent*) {
  m_hits.clear();
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  p.fillRect(rect(), palette().base());
  const auto& it = m_data.iteration;
  const int L = static_cast<int>(m_data.widths.size()) - 1;
  if (L < 1 || static_cast<int>(it.before.size()) != L + 1)
    return;
  const double r = radius();
  const QFontMetricsF fm(font());

  double maxW = 1e-12;
  for (int l = 1; l <= L; ++l)
    maxW = std::max(maxW, it.before[l].w.cwiseAbs().maxCoeff());

  // a label box: text centred at `at`, filled by its highlight state
  const auto label = [&](QPointF at, const QString& text, const Cell* cell, QColor border) {
    QRectF box = fm.boundingRect(QRectF(0, 0, 1000, 1000), Qt::AlignCenter, text);
    box.adjust(-4, -2, 4, 2);
    box.moveCenter(at);
    const bool w = cell && writes(*cell), rd = cell && reads(*cell);
    p.setPen(QPen(rd ? kReadPen : border, rd || w ? 2.5 : 1));
    p.setBrush(w ? kWriteFill : (rd ? kReadFill : palette().base().color()));
    p.drawRoundedRect(box, 4, 4);
    p.setPen(palette().text().color());
    p.drawText(box, Qt::AlignCenter, text);
    if (cell)
      m_hits.push_back({box, *cell});
  };

  // edges first, labels above them
  for (int l = 1; l <= L; ++l) {
    for (int i = 0; i < m_data.widths[l]; ++i)
      for (int j = 0; j < m_data.widths[l - 1]; ++j) {
        const double w = it.before[l].w(i, j);
        const Cell cell{Quantity::Weight, l, i, j};
        QColor colour = w >= 0 ? kPositive : kNegative;
        // edges the phase does not use fade a little, so the used ones stand out
        if (!reads(cell) && !writes(cell) && !reads({Quantity::GradW, l, i, j}))
          colour.setAlpha(130);
        QPen pen(colour, 1.0 + 6.0 * std::fabs(w) / maxW);
        p.setPen(pen);
        p.drawLine(neuronCenter(l - 1, j) + QPointF(r, 0), neuronCenter(l, i) - QPointF(r, 0));
      }
  }
  for (int l = 1; l <= L; ++l) {
    const bool updated = computed(Quantity::Weight, l);
    for (int i = 0; i < m_data.widths[l]; ++i)
      for (int j = 0; j < m_data.widths[l - 1]; ++j) {
        const QPointF a = neuronCenter(l - 1, j) + QPointF(r, 0);
        const QPointF b = neuronCenter(l, i) - QPointF(r, 0);
        const double t = 0.2 + 0.6 * (i + 0.5) / m_data.widths[l];
        const Cell cell{Quantity::Weight, l, i, j};
        QString text = num(it.before[l].w(i, j));
        if (updated)
          text += QStringLiteral(" → ") + num(it.after[l].w(i, j));
        if (writes({Quantity::GradW, l, i, j}) || reads({Quantity::GradW, l, i, j}))
          text += QStringLiteral("\n∂C/∂w ") + num(it.gradW[l](i, j));
        label(a + (b - a) * t, text, &cell, it.before[l].w(i, j) >= 0 ? kPositive : kNegative);
      }
  }

  // neurons
  for (int l = 0; l <= L; ++l) {
    for (int i = 0; i < m_data.widths[l]; ++i) {
      const QPointF c = neuronCenter(l, i);
      const bool wr =
          l > 0 && (writes({Quantity::A, l, i, 0}) || writes({Quantity::Delta, l, i, 0}));
      const bool rd = reads({Quantity::A, l, i, 0}) || reads({Quantity::Z, l, i, 0}) ||
                      reads({Quantity::Delta, l, i, 0});
      p.setPen(QPen(rd ? kReadPen : palette().text().color(), rd ? 3.5 : 1.5));
      p.setBrush(wr ? kWriteFill : (rd ? kReadFill : palette().alternateBase().color()));
      p.drawEllipse(c, r, r);
      p.setPen(palette().text().color());
      const QRectF inner(c.x() - r, c.y() - r, 2 * r, 2 * r);
      if (l == 0) {
        p.drawText(inner, Qt::AlignCenter, QStringLiteral("x") + sub(i) + "\n" + num(it.a[0](i)));
        continue;
      }
      QString text = m_data.activation[l];
      if (computed(Quantity::Z, l))
        text = QStringLiteral("z ") + num(it.z[l](i)) + "\na " + num(it.a[l](i));
      p.drawText(inner, Qt::AlignCenter, text);
      // bias above, δ below
      const Cell bias{Quantity::Bias, l, i, 0};
      QString btext = QStringLiteral("b ") + num(it.before[l].b(i));
      if (computed(Quantity::Bias, l))
        btext += QStringLiteral(" → ") + num(it.after[l].b(i));
      if (writes({Quantity::GradB, l, i, 0}) || reads({Quantity::GradB, l, i, 0}))
        btext += QStringLiteral("\n∂C/∂b ") + num(it.gradB[l](i));
      label(c - QPointF(0, r + fm.height() * (btext.contains('\n') ? 1.2 : 0.75)), btext, &bias,
            palette().mid().color());
      if (computed(Quantity::Delta, l)) {
        const Cell delta{Quantity::Delta, l, i, 0};
        label(c + QPointF(0, r + fm.height() * 0.75), QStringLiteral("δ ") + num(it.delta[l](i)),
              nullptr, writes(delta) ? kReadPen : palette().mid().color());
      }
    }
  }

  // targets and loss at the right
  for (int i = 0; i < m_data.widths[L]; ++i) {
    const QPointF c = neuronCenter(L, i) + QPointF(r + 55, 0);
    const bool rd = reads({Quantity::Target, L, i, 0});
    p.setPen(QPen(rd ? kReadPen : palette().mid().color(), rd ? 2.5 : 1));
    p.setBrush(rd ? kReadFill : palette().base().color());
    const QString text = QStringLiteral("y") + sub(i) + " " + num(it.y(i));
    QRectF box = fm.boundingRect(text).adjusted(-5, -3, 5, 3);
    box.moveCenter(c);
    p.drawRoundedRect(box, 4, 4);
    p.setPen(palette().text().color());
    p.drawText(box, Qt::AlignCenter, text);
  }
  if (computed(Quantity::Loss, L)) {
    QFont big = font();
    big.setBold(true);
    p.setFont(big);
    const bool w = writes({Quantity::Loss, L, 0, 0});
    const QString text = QStringLiteral("C = ") + num(it.loss);
    QRectF box = QFontMetricsF(big).boundingRect(text).adjusted(-6, -4, 6, 4);
    box.moveBottomRight(QPointF(width() - 8, height() - 8));
    p.setPen(QPen(palette().text().color(), 1));
    p.setBrush(w ? kWriteFill : palette().base().color());
    p.drawRoundedRect(box, 4, 4);
    p.drawText(box, Qt::AlignCenter, text);
  }
}

bool NetworkView::startEditing(const Cell& cell) {
  if (m_hits.empty() && isVisible())
    repaint(); // the label positions come from painting
  for (const Hit& hit : m_hits) {
    if (!(hit.cell == cell))
      continue;
    closeEditor();
    m_editor = new QLineEdit(this);
    m_editor->setObjectName("networkValueEditor");
    m_editor->setToolTip(tr("Type a number and press Enter; Escape cancels"));
    m_editor->setText(QString::number(valueOf(cell), 'g', 12));
    m_editor->selectAll();
    QRectF r = hit.rect.adjusted(-6, -3, 6, 3);
    r.setWidth(std::max(r.width(), fontMetrics().horizontalAdvance("-0.000000000") + 12.0));
    m_editor->setGeometry(r.toRect());
    m_editor->show();
    m_editor->setFocus();
    connect(m_editor, &QLineEdit::returnPressed, this, [this, cell] {
      const QString text = m_editor->text();
      closeEditor();
      emit valueEdited(cell, text);
    });
    m_editor->installEventFilter(this);
    return true;
  }
  return false;
}

bool NetworkView::eventFilter(QObject* watched, QEvent* event) {
  if (watched == m_editor && event->type() == QEvent::KeyPress &&
      static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
    closeEditor();
    return true;
  }
  return QWidget::eventFilter(watched, event);
}

void NetworkView::closeEditor() {
  if (!m_editor)
    return;
  m_editor->hide();
  m_editor->deleteLater();
  m_editor = nullptr;
}

void NetworkView::mouseDoubleClickEvent(QMouseEvent* event) {
  for (const Hit& hit : m_hits)
    if (hit.rect.contains(event->position())) {
      startEditing(hit.cell);
      return;
    }
  QWidget::mouseDoubleClickEvent(event);
}

void NetworkView::resizeEvent(QResizeEvent* event) {
  closeEditor();
  QWidget::resizeEvent(event);
}

} // namespace gs::ui
