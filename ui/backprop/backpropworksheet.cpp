#include "backpropworksheet.h"

#include "networkpanel.h"

namespace gs::ui {

using namespace gs::backprop;

namespace {
/// Parameters as stored, to 9 significant digits (Mazur's w5⁺ = 0.35891648).
QString precise(double v) {
  return QString::number(v, 'g', 9);
}
QString sup(int l) {
  return QString::fromStdString(superscript(l));
}

void addParams(Worksheet& sheet, const std::vector<LayerParams>& params, int layers) {
  for (int l = 1; l <= layers; ++l) {
    const LayerParams& p = params[static_cast<std::size_t>(l)];
    QStringList w, b;
    for (int i = 0; i < p.w.rows(); ++i) {
      for (int j = 0; j < p.w.cols(); ++j)
        w << precise(p.w(i, j));
      b << precise(p.b(i));
    }
    sheet.beginRow();
    sheet.addMatrix(QStringLiteral("W") + sup(l), static_cast<int>(p.w.rows()),
                    static_cast<int>(p.w.cols()), w);
    sheet.addMatrix(QStringLiteral("b") + sup(l), static_cast<int>(p.b.size()), 1, b);
    sheet.endRow();
  }
}

QString sectionOf(PhaseKind kind) {
  switch (kind) {
  case PhaseKind::Forward:
    return BackpropWorksheet::tr("Forward pass");
  case PhaseKind::Loss:
    return BackpropWorksheet::tr("Loss");
  case PhaseKind::OutputError:
  case PhaseKind::HiddenError:
    return BackpropWorksheet::tr("Backward pass: the errors δ");
  case PhaseKind::BiasGradient:
  case PhaseKind::WeightGradient:
    return BackpropWorksheet::tr("Gradients");
  case PhaseKind::Update:
    break;
  }
  return BackpropWorksheet::tr("Update (gradient descent)");
}

QString joined(const std::vector<double>& values) {
  QStringList parts;
  for (double v : values)
    parts << precise(v);
  return QStringLiteral("(") + parts.join(QStringLiteral(", ")) + QStringLiteral(")");
}
} // namespace

Worksheet BackpropWorksheet::build(const SmallNet& net, const Iteration& it, int iteration) {
  Worksheet sheet(tr("Worked solution: backpropagation"));
  const NetConfig& c = net.config();

  sheet.addHeading(tr("Problem"));
  QStringList layers;
  for (int l = 1; l <= net.layers(); ++l)
    layers << tr("layer %1: %2 neuron(s), %3")
                  .arg(l)
                  .arg(net.width(l))
                  .arg(net.isSoftmax(l) ? QStringLiteral("softmax")
                                        : QString::fromStdString(activationName(
                                              c.activations[static_cast<std::size_t>(l - 1)])));
  sheet.addParagraph(tr("A fully connected network with %1 input(s); %2. Loss %3, learning rate "
                        "η = %4. Iteration %5.")
                         .arg(c.inputs)
                         .arg(layers.join(QStringLiteral("; ")))
                         .arg(QString::fromStdString(netLossName(c.loss)))
                         .arg(precise(net.learningRate()))
                         .arg(iteration));
  sheet.addParagraph(tr("Sample x = %1, target y = %2.").arg(joined(net.x()), joined(net.y())));
  sheet.addParagraph(tr("Weights and biases at the start (W has one row per neuron of the "
                        "layer, one column per input to it):"));
  addParams(sheet, it.before, net.layers());

  QString section;
  for (std::size_t p = 0; p < it.phases.size(); ++p) {
    const Phase& phase = it.phases[p];
    if (sectionOf(phase.kind) != section) {
      section = sectionOf(phase.kind);
      sheet.addHeading(section);
    }
    sheet.addParagraph(tr("Step %1 of %2: %3")
                           .arg(p + 1)
                           .arg(it.phases.size())
                           .arg(NetworkPanel::phaseTitle(phase)));
    sheet.addEquation(QString::fromStdString(phase.notation));
    sheet.addEquation(QString::fromStdString(phase.numbers));
  }
  if (!it.nonFinite.empty())
    sheet.addParagraph(tr("Not a finite number: %1").arg(QString::fromStdString(it.nonFinite)));

  sheet.addHeading(tr("Answer"));
  sheet.addParagraph(tr("Loss before the update: C = %1").arg(precise(it.loss)));
  sheet.addParagraph(tr("Weights and biases after the update:"));
  addParams(sheet, it.after, net.layers());
  return sheet;
}

} // namespace gs::ui
