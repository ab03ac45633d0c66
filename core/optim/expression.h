#pragma once
// A function f(x, y) typed by the user, for the loss-surface race: parsed once into a small
// postfix program, then evaluated together with its exact gradient by forward-mode automatic
// differentiation (every value carries d/dx and d/dy along; no finite differences).
//
// Grammar (columns in error messages count characters from 1):
//   expr    := term   (('+' | '-' | '−') term)*
//   term    := unary  (('*' | '×' | '·' | '/') unary)*
//   unary   := ('-' | '−' | '+') unary | power
//   power   := primary (('^' | '**') unary)?          right-associative: 2^3^2 = 2^9
//   primary := number | 'x' | 'y' | 'pi' | 'e' | func '(' expr ')' | '(' expr ')'
//   func    := sin cos exp log sqrt abs tanh           (log is the natural logarithm)
// Unary minus binds looser than '^': -x^2 = -(x^2), as in mathematics.
#include <string>
#include <vector>

#include "core/optim/surface.h"

namespace gs {

/// Value of f and its exact partial derivatives at one point.
struct ExpressionValue {
  double f = 0, dfdx = 0, dfdy = 0;
};

class Expression {
public:
  /// Parses `text`. Throws InputError naming the column: "syntax error at column 7:
  /// expected ')'", "unknown name 'sn' at column 1".
  static Expression parse(const std::string& text);

  /// f(x, y) and its gradient. NaN or Inf where f is undefined (log of a negative, ...).
  ExpressionValue evaluate(double x, double y) const;
  /// f(x, y) only (cheaper: no derivatives carried), for colour maps.
  double value(double x, double y) const;

  const std::string& text() const { return m_text; }

  enum class Op { Number, X, Y, Add, Sub, Mul, Div, Pow, Neg, Sin, Cos, Exp, Log, Sqrt, Abs, Tanh };
  struct Instruction {
    Op op;
    double number = 0; ///< for Op::Number
  };

private:
  std::string m_text;
  std::vector<Instruction> m_program; ///< postfix: operands before their operator
  std::size_t m_maxDepth = 0;         ///< largest evaluation stack the program needs
};

/// A surface for the race from a parsed expression: value and exact gradient from it, named
/// by its text, no known minima.
Surface expressionSurface(const Expression& expression, ViewRect view, Point2 start);

} // namespace gs
