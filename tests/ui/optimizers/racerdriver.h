#pragma once
// Drives the Optimizers page's racer list through its widgets, as a person would: shared by
// the surface-race and the real-network tests.
#include "optimizers/optimizerspage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace gs::test {

/// The page's child widget named `name`; a missing one ends the test run.
template <typename T> T* child(QObject* page, const char* name) {
  T* widget = page->findChild<T*>(name);
  if (!widget)
    qFatal("no child %s", name);
  return widget;
}

inline void clearRacers(gs::ui::OptimizersPage& page) {
  auto* list = child<QListWidget>(&page, "racerList");
  while (list->count() > 0) {
    list->setCurrentRow(0);
    child<QPushButton>(&page, "removeRacerButton")->click();
  }
}

/// Adds a racer through the Add button and sets its learning rate in the form.
inline void addRacer(gs::ui::OptimizersPage& page, const QString& name, double lr) {
  auto* combo = child<QComboBox>(&page, "addOptimizerCombo");
  combo->setCurrentIndex(combo->findData(name));
  child<QPushButton>(&page, "addRacerButton")->click();
  child<QLineEdit>(&page, "racer_lr")->setText(QString::number(lr, 'g', 17));
}

} // namespace gs::test
