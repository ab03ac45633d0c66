#include "matrixeditor.h"

#include "matrixtext.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gs::ui {

namespace {
constexpr int kCellWidth = 46;
constexpr int kCellHeight = 30;
} // namespace

MatrixEditor::MatrixEditor(QWidget* parent)
    : QWidget(parent) {
  m_table = new QTableWidget(this);
  m_table->setObjectName("matrixTable");
  m_table->horizontalHeader()->setDefaultSectionSize(kCellWidth);
  m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  m_table->horizontalHeader()->setMinimumSectionSize(20);
  m_table->verticalHeader()->setDefaultSectionSize(kCellHeight);
  m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  m_table->verticalHeader()->setMinimumSectionSize(20);
  m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  m_table->installEventFilter(this);
  m_message = new QLabel(this);
  m_message->setObjectName("cellMessage");
  m_message->setStyleSheet("color: #c62828;");
  m_message->setWordWrap(true);
  m_message->hide();
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  layout->addWidget(m_table, 0, Qt::AlignLeft);
  layout->addWidget(m_message);
  connect(m_table, &QTableWidget::itemChanged, this, &MatrixEditor::onItemChanged);
  retranslate();
}

void MatrixEditor::retranslate() {
  m_table->setToolTip(tr("Type a number in a cell (e.g. 3, -1.5, 2e-3)"));
  m_message->setToolTip(tr("Why a cell is not used: fix the cell to clear this message"));
  updateMessage();
}

void MatrixEditor::setName(const QString& name) {
  m_name = name;
  updateMessage();
}

void MatrixEditor::setAllowBlank(bool allow) {
  m_allowBlank = allow;
}

void MatrixEditor::setMatrix(int rows, int cols, const std::vector<double>& values) {
  m_rows = rows;
  m_cols = cols;
  const std::size_t n = static_cast<std::size_t>(rows * cols);
  m_values.assign(n, 0.0);
  for (std::size_t i = 0; i < n && i < values.size(); ++i)
    m_values[i] = values[i];
  m_blank.assign(n, false);
  m_invalid.assign(n, false);
  m_marks.assign(n, Mark::None);
  m_hidden.clear();
  m_updating = true;
  m_table->setRowCount(rows);
  m_table->setColumnCount(cols);
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < cols; ++c) {
      auto* item = new QTableWidgetItem(cellText(m_values[index(r, c)]));
      item->setTextAlignment(Qt::AlignCenter);
      m_table->setItem(r, c, item);
      updateCellLook(r, c);
    }
  m_updating = false;
  fitTable();
  updateMessage();
  emit valuesChanged();
}

void MatrixEditor::resizeMatrix(int rows, int cols) {
  if (rows == m_rows && cols == m_cols)
    return;
  // remember the cells the new size cuts off, with what was typed in them
  for (int r = 0; r < m_rows; ++r)
    for (int c = 0; c < m_cols; ++c)
      if (r >= rows || c >= cols) {
        const std::size_t i = index(r, c);
        m_hidden[{r, c}] = {m_values[i], m_blank[i], m_invalid[i], m_table->item(r, c)->text()};
      }
  const int oldRows = m_rows, oldCols = m_cols;
  std::vector<double> values(static_cast<std::size_t>(rows * cols), 0.0);
  std::vector<bool> blank(values.size(), m_allowBlank), invalid(values.size(), false);
  for (int r = 0; r < std::min(rows, m_rows); ++r)
    for (int c = 0; c < std::min(cols, m_cols); ++c) {
      const std::size_t from = static_cast<std::size_t>(r * oldCols + c);
      const std::size_t to = static_cast<std::size_t>(r * cols + c);
      values[to] = m_values[from];
      blank[to] = m_blank[from];
      invalid[to] = m_invalid[from];
    }
  m_updating = true;
  m_table->setRowCount(rows);
  m_table->setColumnCount(cols);
  m_rows = rows;
  m_cols = cols;
  m_values = std::move(values);
  m_blank = std::move(blank);
  m_invalid = std::move(invalid);
  m_marks.assign(m_values.size(), Mark::None);
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < cols; ++c) {
      if (r >= oldRows || c >= oldCols) {
        QString text = m_allowBlank ? QString() : cellText(0.0);
        const auto hidden = m_hidden.find({r, c});
        if (hidden != m_hidden.end()) {
          const std::size_t i = index(r, c);
          m_values[i] = hidden->second.value;
          m_blank[i] = hidden->second.blank;
          m_invalid[i] = hidden->second.invalid;
          text = hidden->second.text;
          m_hidden.erase(hidden);
        }
        auto* item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignCenter);
        m_table->setItem(r, c, item);
      }
      updateCellLook(r, c);
    }
  m_updating = false;
  fitTable();
  updateMessage();
  emit valuesChanged();
}

void MatrixEditor::clearValues() {
  setMatrix(m_rows, m_cols, {});
  if (!m_allowBlank)
    return;
  m_updating = true;
  for (int r = 0; r < m_rows; ++r)
    for (int c = 0; c < m_cols; ++c) {
      m_blank[index(r, c)] = true;
      m_table->item(r, c)->setText(QString());
    }
  m_updating = false;
}

std::optional<double> MatrixEditor::cellValue(int row, int col) const {
  if (m_blank[index(row, col)])
    return std::nullopt;
  return m_values[index(row, col)];
}

QString MatrixEditor::message() const {
  return !m_message->isHidden() ? m_message->text() : QString();
}

void MatrixEditor::setMarks(const std::vector<Mark>& marks) {
  m_marks = marks;
  m_marks.resize(m_values.size(), Mark::None);
  m_updating = true;
  for (int r = 0; r < m_rows; ++r)
    for (int c = 0; c < m_cols; ++c)
      updateCellLook(r, c);
  m_updating = false;
}

MatrixEditor::Mark MatrixEditor::mark(int row, int col) const {
  return m_marks[index(row, col)];
}

bool MatrixEditor::eventFilter(QObject* watched, QEvent* event) {
  if (watched == m_table && event->type() == QEvent::FocusIn)
    emit activated();
  return QWidget::eventFilter(watched, event);
}

void MatrixEditor::onItemChanged(QTableWidgetItem* item) {
  if (m_updating)
    return;
  const int r = item->row(), c = item->column();
  const std::size_t i = index(r, c);
  const QString text = item->text();
  const std::optional<double> v = parseCellNumber(text);
  const bool wasValue = !m_blank[i] && !m_invalid[i];
  const double old = m_values[i];
  m_blank[i] = m_allowBlank && text.trimmed().isEmpty();
  m_invalid[i] = !v && !m_blank[i];
  if (v)
    m_values[i] = *v;
  else if (m_blank[i])
    m_values[i] = 0.0;
  m_marks[i] = Mark::None;
  m_updating = true;
  updateCellLook(r, c);
  m_updating = false;
  updateMessage();
  emit activated();
  if (m_values[i] != old || wasValue != (!m_blank[i] && !m_invalid[i]))
    emit valuesChanged();
}

void MatrixEditor::updateCellLook(int row, int col) {
  QTableWidgetItem* item = m_table->item(row, col);
  const std::size_t i = index(row, col);
  QColor background;
  if (m_invalid[i])
    background = QColor("#ffcdd2");
  else if (m_marks[i] == Mark::Right)
    background = QColor("#c8e6c9");
  else if (m_marks[i] == Mark::Wrong)
    background = QColor("#ef9a9a");
  item->setBackground(background.isValid() ? QBrush(background) : QBrush());
}

void MatrixEditor::updateMessage() {
  QStringList problems;
  for (int r = 0; r < m_rows; ++r)
    for (int c = 0; c < m_cols; ++c) {
      if (!m_invalid[index(r, c)])
        continue;
      const QString text = m_table->item(r, c)->text();
      const QString kept = cellText(m_values[index(r, c)]);
      if (text.trimmed().isEmpty())
        problems << tr("%1, row %2, column %3 is empty; the last valid value %4 is used.")
                        .arg(m_name)
                        .arg(r + 1)
                        .arg(c + 1)
                        .arg(kept);
      else
        problems << tr("%1, row %2, column %3: “%4” is not a number; the last valid value %5 "
                       "is used.")
                        .arg(m_name)
                        .arg(r + 1)
                        .arg(c + 1)
                        .arg(text.trimmed(), kept);
    }
  m_message->setText(problems.join(QChar('\n')));
  m_message->setVisible(!problems.isEmpty());
}

void MatrixEditor::fitTable() {
  const int w = m_table->verticalHeader()->sizeHint().width() + m_cols * kCellWidth +
                2 * m_table->frameWidth();
  const int h = m_table->horizontalHeader()->sizeHint().height() + m_rows * kCellHeight +
                2 * m_table->frameWidth();
  m_table->setFixedSize(w, h);
}

} // namespace gs::ui
