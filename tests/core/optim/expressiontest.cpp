// The expression parser of the custom surface: values, exact gradients against derivatives
// worked out by hand (written beside each case), precedence, and error messages with columns.
#include "core/optim/expression.h"
#include "core/error.h"

#include <cmath>
#include <gtest/gtest.h>
#include <numbers>

namespace {

using gs::Expression;

struct Case {
  const char* text;
  double x, y;
  double f, dfdx, dfdy;
};

void expectCase(const Case& c) {
  SCOPED_TRACE(c.text);
  const Expression e = Expression::parse(c.text);
  const gs::ExpressionValue v = e.evaluate(c.x, c.y);
  EXPECT_NEAR(v.f, c.f, 1e-12 * std::max(1.0, std::abs(c.f)));
  EXPECT_NEAR(v.dfdx, c.dfdx, 1e-12 * std::max(1.0, std::abs(c.dfdx)));
  EXPECT_NEAR(v.dfdy, c.dfdy, 1e-12 * std::max(1.0, std::abs(c.dfdy)));
  // value() is the same program without derivatives.
  EXPECT_EQ(e.value(c.x, c.y), v.f);
}

TEST(Expression, GradientsMatchKnownDerivatives) {
  const double s = std::sin(0.7), co = std::cos(0.7);
  const double t = std::tanh(0.5);
  const double u = std::exp(0.3 * 0.4);
  const Case cases[] = {
      // d/dx sin(x)·y² = cos(x)·y², d/dy = 2·sin(x)·y; y² = 1.69
      {"sin(x)*y^2", 0.7, -1.3, s * 1.69, co * 1.69, 2 * s * -1.3},
      // d/dx x³ = 3x² = 12 at x = −2 (negative base with a constant exponent)
      {"x^3", -2, 0, -8, 12, 0},
      // d/dx exp(−x²) = −2x·exp(−x²) = −exp(−0.25) at x = 0.5
      {"exp(-x^2)", 0.5, 0, std::exp(-0.25), -std::exp(-0.25), 0},
      // d/dx ln(xy) = 1/x, d/dy = 1/y
      {"log(x*y)", 2, 3, std::log(6.0), 0.5, 1.0 / 3},
      // the 3-4-5 triangle: d/dx √(x²+y²) = x/r = 0.6, d/dy = y/r = 0.8
      {"sqrt(x^2 + y^2)", 3, 4, 5, 0.6, 0.8},
      // d/dx tanh(x−y) = 1 − tanh²(x−y), d/dy = −(1 − tanh²)
      {"tanh(x - y)", 1, 0.5, t, 1 - t * t, -(1 - t * t)},
      // chain rule twice: d/dx sin(exp(xy)) = cos(exp(xy))·exp(xy)·y, d/dy the same with x
      {"sin(exp(x*y))", 0.3, 0.4, std::sin(u), std::cos(u) * u * 0.4, std::cos(u) * u * 0.3},
      // variable exponent: d/dx x^y = y·x^(y−1) = 12, d/dy = x^y·ln x = 8 ln 2
      {"x^y", 2, 3, 8, 12, 8 * std::numbers::ln2},
      // quotient rule: d/dx x/y = 1/y, d/dy = −x/y²
      {"x / y", 1, 2, 0.5, 0.5, -0.25},
      // d/dx |x| = sign(x)
      {"abs(x) + cos(y)", -2, 0, 3, -1, 0},
      // Rosenbrock at (−1, 2): f = 4 + 100·1 = 104; df/dx = −2(1−x) − 400x(y−x²) = −4 + 400 = 396;
      // df/dy = 200(y−x²) = 200
      {"(1 - x)^2 + 100*(y - x^2)^2", -1, 2, 104, 396, 200},
  };
  for (const Case& c : cases)
    expectCase(c);
}

TEST(Expression, PrecedenceAndLiterals) {
  const auto at = [](const char* text, double x = 3, double y = 0) {
    return Expression::parse(text).value(x, y);
  };
  EXPECT_EQ(at("-x^2"), -9);        // unary minus binds looser than ^
  EXPECT_EQ(at("2^3^2"), 512);      // right-associative: 2^(3^2)
  EXPECT_EQ(at("2^-1"), 0.5);       // a signed exponent
  EXPECT_EQ(at("2*3+4*x"), 18);     // * before +
  EXPECT_EQ(at("12/3/2"), 2);       // / left-associative
  EXPECT_EQ(at("x - 1 - 1"), 1);    // - left-associative
  EXPECT_EQ(at("1e-3 * 1000"), 1);  // scientific notation
  EXPECT_EQ(at(".5 + 2.25E1"), 23); // leading dot, capital E
  EXPECT_EQ(at("pi"), std::numbers::pi);
  EXPECT_EQ(at("e"), std::numbers::e);
  EXPECT_EQ(at("2×x−1"), 5);   // Unicode times and minus
  EXPECT_EQ(at("2·x**2"), 18); // middle dot, ** as power
  EXPECT_EQ(at("+x"), 3);
  EXPECT_EQ(at("((x))"), 3);
}

TEST(Expression, UndefinedPointsGiveNaN) {
  EXPECT_TRUE(std::isnan(Expression::parse("log(x)").value(-1, 0)));
  EXPECT_TRUE(std::isnan(Expression::parse("sqrt(x)").evaluate(-1, 0).f));
  EXPECT_TRUE(std::isinf(Expression::parse("1/x").value(0, 0)));
}

std::string errorOf(const char* text) {
  try {
    Expression::parse(text);
  } catch (const gs::InputError& error) {
    return error.what();
  }
  return "no error";
}

TEST(Expression, ErrorsNameTheColumn) {
  EXPECT_EQ(errorOf("(x + y"), "syntax error at column 7: expected ')'");
  EXPECT_EQ(errorOf("sin(x"), "syntax error at column 6: expected ')'");
  EXPECT_EQ(errorOf("sn(x)"), "unknown name 'sn' at column 1");
  EXPECT_EQ(errorOf("2 × z"), "unknown name 'z' at column 5"); // × is one column
  EXPECT_EQ(errorOf("x + * y"), "syntax error at column 5: unexpected '*'");
  EXPECT_EQ(errorOf("x +"), "syntax error at column 4: unexpected end of expression");
  EXPECT_EQ(errorOf(""), "syntax error at column 1: empty expression");
  EXPECT_EQ(errorOf("   "), "syntax error at column 1: empty expression");
  EXPECT_EQ(errorOf("x $ y"), "syntax error at column 3: unexpected character '$'");
  EXPECT_EQ(errorOf("x)"), "syntax error at column 2: unmatched ')'");
  EXPECT_EQ(errorOf("sin x"), "syntax error at column 5: expected '(' after 'sin'");
  EXPECT_EQ(errorOf("1e + x"), "syntax error at column 1: malformed number '1e'");
  EXPECT_EQ(errorOf("2 x"), "syntax error at column 3: unexpected 'x'");
}

TEST(Expression, SurfaceCarriesValueAndGradient) {
  const gs::Surface surface =
      gs::expressionSurface(Expression::parse("x^2 + 3*y"), gs::ViewRect{-2, 2, -1, 1}, {1, 1});
  EXPECT_EQ(surface.name, "x^2 + 3*y");
  EXPECT_EQ(surface.f(2, 1), 7);
  // ∇(x² + 3y) = (2x, 3)
  EXPECT_EQ(surface.grad(2, 1).x, 4);
  EXPECT_EQ(surface.grad(2, 1).y, 3);
  EXPECT_TRUE(surface.minima.empty());
}

} // namespace
