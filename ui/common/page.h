#pragma once
// A page of the main window (Convolution, Training, Gradients, Optimizers, Backprop).
// Pages show only numbers that core computed; they retranslate themselves when the language
// changes and can save and restore what the user set up.
#include "runcurves.h"

#include <QJsonObject>
#include <QWidget>

namespace gs::ui {

class Page : public QWidget {
  Q_OBJECT
public:
  using QWidget::QWidget;

  /// Stable identifier used on the command line (--page) and in saved sessions.
  virtual QString pageId() const = 0;
  /// Translated title shown in the page list.
  virtual QString title() const = 0;
  /// Translated short theory for the help panel (HTML). Links of the form
  /// <a href="try:NAME">…</a> are "try this" suggestions: clicking one calls applySuggestion(NAME).
  virtual QString helpHtml() const { return {}; }
  /// Sets the page up for the suggestion NAME of its help text.
  virtual void applySuggestion(const QString& /*name*/) {}

  /// Everything the user set up on the page, for saved sessions.
  virtual QJsonObject saveState() const { return {}; }
  virtual void restoreState(const QJsonObject& /*state*/) {}

  /// Takes finished runs from another page into this page's run overlay; false if the page
  /// keeps no runs. Only the Training page does.
  virtual bool acceptRuns(const std::vector<RunCurves>& /*runs*/) { return false; }

signals:
  /// The title or help text changed (after a language switch).
  void titleChanged();
  /// The user asked to overlay these finished runs on the page that keeps runs (Training).
  void runsExported(const std::vector<gs::ui::RunCurves>& runs);

protected:
  void changeEvent(QEvent* event) override;
  /// Set every user-visible string again from tr(); called on a language change.
  virtual void retranslate() = 0;
};

} // namespace gs::ui
