// The layer form of the Training page's set-up: each type shows its own fields, an edit applies
// in place and re-checks the fit (a conv kernel that no longer fits marks the layer and disables
// Train; fixing it enables Train again), and a bad value is kept in its field with a red reason
// beside it instead of being applied.
#include "training/layerform.h"
#include "training/setuppanel.h"
#include "training/trainingpage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using namespace gs;
using namespace gs::ui;

class LayerFormTest : public QObject {
  Q_OBJECT

private:
  /// The live widget of a field (rebuilt forms leave their old widgets to deleteLater).
  template <typename W> static W* field(QWidget* form, const QString& name) {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (W* w : form->findChildren<W*>(name))
      if (!w->isHidden())
        return w;
    return nullptr;
  }
  static void type(QLineEdit* edit, const QString& text) {
    edit->selectAll();
    if (text.isEmpty())
      QTest::keyClick(edit, Qt::Key_Backspace);
    else
      QTest::keyClicks(edit, text);
  }
  static QStringList fieldNames(LayerForm& form) {
    QStringList names;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (QWidget* w : form.findChildren<QWidget*>(QRegularExpression("^field_")))
      if (!w->isHidden())
        names << w->objectName();
    names.sort();
    return names;
  }

private slots:
  void eachTypeShowsItsFields() {
    LayerForm form;
    form.setLayer({{"type", "dense"}, {"out", 32}});
    QCOMPARE(fieldNames(form), QStringList{"field_out"});
    QCOMPARE(field<QLineEdit>(&form, "field_out")->text(), QString("32"));
    form.setLayer({{"type", "conv2d"}, {"out_channels", 6}, {"kernel", {3, 5}}, {"padding", 2}});
    QCOMPARE(fieldNames(form),
             (QStringList{"field_dilation", "field_kernel", "field_out_channels", "field_padding",
                          "field_padding_mode", "field_stride"}));
    QCOMPARE(field<QLineEdit>(&form, "field_kernel")->text(), QString("3, 5"));
    QCOMPARE(field<QLineEdit>(&form, "field_padding")->text(), QString("2"));
    form.setLayer({{"type", "maxpool2d"}, {"kernel", 2}});
    QCOMPARE(fieldNames(form), (QStringList{"field_kernel", "field_stride"}));
    form.setLayer({{"type", "dropout"}, {"p", 0.25}});
    QCOMPARE(field<QLineEdit>(&form, "field_p")->text(), QString("0.25"));
    form.setLayer({{"type", "relu"}});
    QCOMPARE(fieldNames(form), QStringList());
    form.setLayer(
        {{"type", "residual"}, {"layers", {{{"type", "dense"}, {"out", 16}}, {{"type", "relu"}}}}});
    QCOMPARE(fieldNames(form), (QStringList{"field_layers", "field_projection", "field_width"}));
    QCOMPARE(field<QLineEdit>(&form, "field_width")->text(), QString("16"));
  }

  void badValuesStayWithAReason() {
    LayerForm form;
    QSignalSpy spy(&form, &LayerForm::layerEdited);
    const nlohmann::json conv = {{"type", "conv2d"}, {"out_channels", 6}, {"kernel", 5}};
    form.setLayer(conv);
    QLineEdit* kernel = field<QLineEdit>(&form, "field_kernel");
    type(kernel, "0");
    // Core's factory rejects it: kernel ≥ 1. The text stays, the layer is not changed.
    QCOMPARE(kernel->text(), QString("0"));
    QVERIFY(field<QLabel>(&form, "error_kernel")->text().contains("'kernel'"));
    QCOMPARE(form.layer(), conv);
    QCOMPARE(spy.count(), 0);
    type(kernel, "five");
    QCOMPARE(field<QLabel>(&form, "error_kernel")->text(),
             QString("a whole number, or two as \"h, w\""));
    QCOMPARE(form.errorCount(), 1);
    // Dropout's p outside [0, 1].
    form.setLayer({{"type", "dropout"}, {"p", 0.5}});
    type(field<QLineEdit>(&form, "field_p"), "2");
    QVERIFY2(field<QLabel>(&form, "error_p")->text().contains("[0.0, 1.0]"),
             qPrintable(field<QLabel>(&form, "error_p")->text()));
    QCOMPARE(spy.count(), 0);
    // A good value clears the message and is applied.
    type(field<QLineEdit>(&form, "field_p"), "0.3");
    QCOMPARE(field<QLabel>(&form, "error_p")->text(), QString());
    // Applied as typed: "0" is a good value, "0." the same one, then "0.3".
    QCOMPARE(spy.count(), 2);
    QCOMPARE(form.layer()["p"].get<double>(), 0.3);
    QCOMPARE(spy.last()[0].value<nlohmann::json>()["p"].get<double>(), 0.3);
  }

  void residualProjectionFollowsTheWidth() {
    LayerForm form;
    form.setLayer(
        {{"type", "residual"}, {"layers", {{{"type", "dense"}, {"out", 16}}, {{"type", "relu"}}}}});
    field<QCheckBox>(&form, "field_projection")->setChecked(true);
    QCOMPARE(form.layer()["projection"], (nlohmann::json{{"type", "dense"}, {"out", 16}}));
    type(field<QLineEdit>(&form, "field_width"), "24");
    QCOMPARE(form.layer()["layers"][0]["out"].get<int>(), 24);
    QCOMPARE(form.layer()["projection"]["out"].get<int>(), 24);
    QVERIFY(field<QLineEdit>(&form, "field_layers")->text().contains("24"));
  }

  void convKernelThatNoLongerFitsDisablesTrain() {
    TrainingPage page;
    page.setup()->setDataSet("shapes");
    page.setup()->findChild<QSpinBox*>("samples")->setValue(64);
    page.setup()->setPreset("lenet5");
    page.configure();
    QVERIFY(QTest::qWaitFor([&] { return page.ready(); }, 20000));
    auto* list = page.setup()->findChild<QListWidget*>("layerList");
    auto* form = page.setup()->findChild<LayerForm*>("layerForm");
    // LeNet-5 (presets.h): layer 6 is C5, conv 120@5×5 over S4's 16×5×5 output.
    list->setCurrentRow(6);
    QCOMPARE(form->layer()["out_channels"].get<int>(), 120);
    QLineEdit* kernel = field<QLineEdit>(form, "field_kernel");
    QVERIFY(kernel);
    // A 7×7 kernel does not fit the 5×5 input: the layer is marked, Train disabled.
    type(kernel, "7");
    QCOMPARE(page.setup()->layers()[6]["kernel"].get<int>(), 7);
    QVERIFY2(page.setup()->error().contains("layer 6 (conv2d)"), qPrintable(page.setup()->error()));
    QVERIFY(list->item(6)->text().contains("does not fit"));
    QCOMPARE(list->item(6)->toolTip(), page.setup()->error());
    page.configure();
    QVERIFY(!page.findChild<QPushButton*>("stepButton")->isEnabled());
    QVERIFY(!page.findChild<QPushButton*>("runButton")->isEnabled());
    // The same field object is still there: typing was not interrupted by a rebuild.
    QCOMPARE(field<QLineEdit>(form, "field_kernel"), kernel);
    // Kernel 3 fits: 5 − 3 + 1 = 3, so C5 outputs 120×3×3 = 1080 features into F6.
    type(kernel, "3");
    QVERIFY(page.setup()->valid());
    QVERIFY(!list->item(6)->text().contains("does not fit"));
    QVERIFY2(list->item(6)->text().contains("[120, 3, 3]"), qPrintable(list->item(6)->text()));
    page.configure();
    QVERIFY(QTest::qWaitFor([&] { return page.ready(); }, 20000));
    QVERIFY(page.findChild<QPushButton*>("stepButton")->isEnabled());
    QVERIFY(page.findChild<QPushButton*>("runButton")->isEnabled());
  }
};

QTEST_MAIN(LayerFormTest)
#include "layerformtest.moc"
