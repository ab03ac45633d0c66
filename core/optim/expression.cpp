#include "core/optim/expression.h"

#include "core/error.h"

#include <cmath>
#include <cstdlib>
#include <numbers>
#include <utility>

namespace gs {

namespace {

using Op = Expression::Op;
using Instruction = Expression::Instruction;

enum class TokenKind { Number, Name, Plus, Minus, Times, Divide, Power, LParen, RParen, End };

struct Token {
  TokenKind kind;
  int column = 1; ///< 1-based, in characters
  double number = 0;
  std::string text; ///< as typed, for messages
};

/// Splits UTF-8 text into tokens; columns count code points, so '×' is one column.
std::vector<Token> tokenize(const std::string& text) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  int column = 1;
  const auto isDigit = [&](std::size_t k) {
    return k < text.size() && text[k] >= '0' && text[k] <= '9';
  };
  const auto isAlpha = [&](std::size_t k) {
    return k < text.size() && ((text[k] >= 'a' && text[k] <= 'z') ||
                               (text[k] >= 'A' && text[k] <= 'Z') || text[k] == '_');
  };
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const int start = column;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      ++column;
      continue;
    }
    if (isDigit(i) || (c == '.' && isDigit(i + 1))) {
      std::size_t j = i;
      while (isDigit(j))
        ++j;
      if (j < text.size() && text[j] == '.')
        ++j;
      while (isDigit(j))
        ++j;
      if (j < text.size() && (text[j] == 'e' || text[j] == 'E')) {
        std::size_t k = j + 1;
        if (k < text.size() && (text[k] == '+' || text[k] == '-'))
          ++k;
        // An exponent needs digits: "1e" and "1e-" are malformed, not 1·e.
        if (!isDigit(k))
          throw InputError("syntax error at column " + std::to_string(start) +
                           ": malformed number '" + text.substr(i, k - i) + "'");
        j = k;
        while (isDigit(j))
          ++j;
      }
      const std::string literal = text.substr(i, j - i);
      tokens.push_back({TokenKind::Number, start, std::strtod(literal.c_str(), nullptr), literal});
      column += static_cast<int>(j - i);
      i = j;
      continue;
    }
    if (isAlpha(i)) {
      std::size_t j = i;
      while (isAlpha(j) || isDigit(j))
        ++j;
      tokens.push_back({TokenKind::Name, start, 0, text.substr(i, j - i)});
      column += static_cast<int>(j - i);
      i = j;
      continue;
    }
    // Multi-byte operators: '−' U+2212 (E2 88 92), '×' U+00D7 (C3 97), '·' U+00B7 (C2 B7).
    const std::string rest = text.substr(i, 3);
    if (rest.rfind("\xE2\x88\x92", 0) == 0) {
      tokens.push_back({TokenKind::Minus, start, 0, "\xE2\x88\x92"});
      i += 3;
    } else if (rest.rfind("\xC3\x97", 0) == 0 || rest.rfind("\xC2\xB7", 0) == 0) {
      tokens.push_back({TokenKind::Times, start, 0, text.substr(i, 2)});
      i += 2;
    } else if (c == '*' && i + 1 < text.size() && text[i + 1] == '*') {
      tokens.push_back({TokenKind::Power, start, 0, "**"});
      i += 2;
      ++column; // two characters
    } else {
      TokenKind kind;
      switch (c) {
      case '+':
        kind = TokenKind::Plus;
        break;
      case '-':
        kind = TokenKind::Minus;
        break;
      case '*':
        kind = TokenKind::Times;
        break;
      case '/':
        kind = TokenKind::Divide;
        break;
      case '^':
        kind = TokenKind::Power;
        break;
      case '(':
        kind = TokenKind::LParen;
        break;
      case ')':
        kind = TokenKind::RParen;
        break;
      default: {
        // Show the whole UTF-8 character, not one byte of it.
        std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        throw InputError("syntax error at column " + std::to_string(start) +
                         ": unexpected character '" + text.substr(i, len) + "'");
      }
      }
      tokens.push_back({kind, start, 0, std::string(1, static_cast<char>(c))});
      ++i;
    }
    ++column;
  }
  tokens.push_back({TokenKind::End, column, 0, ""});
  return tokens;
}

/// Recursive descent over the tokens, emitting postfix instructions.
class Parser {
public:
  explicit Parser(std::vector<Token> tokens)
      : m_tokens(std::move(tokens)) {}

  std::vector<Instruction> parse() {
    if (peek().kind == TokenKind::End)
      throw InputError("syntax error at column 1: empty expression");
    expr();
    if (peek().kind != TokenKind::End)
      fail(peek(),
           peek().kind == TokenKind::RParen ? "unmatched ')'" : "unexpected '" + peek().text + "'");
    return std::move(m_program);
  }

private:
  const Token& peek() const { return m_tokens[m_pos]; }
  const Token& next() { return m_tokens[m_pos++]; }
  [[noreturn]] static void fail(const Token& at, const std::string& what) {
    throw InputError("syntax error at column " + std::to_string(at.column) + ": " + what);
  }
  void emit(Op op, double number = 0) { m_program.push_back({op, number}); }

  void expr() {
    term();
    while (peek().kind == TokenKind::Plus || peek().kind == TokenKind::Minus) {
      const bool minus = next().kind == TokenKind::Minus;
      term();
      emit(minus ? Op::Sub : Op::Add);
    }
  }

  void term() {
    unary();
    while (peek().kind == TokenKind::Times || peek().kind == TokenKind::Divide) {
      const bool divide = next().kind == TokenKind::Divide;
      unary();
      emit(divide ? Op::Div : Op::Mul);
    }
  }

  void unary() {
    if (peek().kind == TokenKind::Minus) {
      next();
      unary();
      emit(Op::Neg);
    } else if (peek().kind == TokenKind::Plus) {
      next();
      unary();
    } else {
      power();
    }
  }

  void power() {
    primary();
    if (peek().kind == TokenKind::Power) {
      next();
      unary(); // right-associative, and 2^-1 is allowed
      emit(Op::Pow);
    }
  }

  void primary() {
    const Token& token = next();
    switch (token.kind) {
    case TokenKind::Number:
      emit(Op::Number, token.number);
      return;
    case TokenKind::LParen:
      expr();
      if (peek().kind != TokenKind::RParen)
        fail(peek(), "expected ')'");
      next();
      return;
    case TokenKind::Name:
      name(token);
      return;
    case TokenKind::End:
      fail(token, "unexpected end of expression");
    default:
      fail(token, "unexpected '" + token.text + "'");
    }
  }

  void name(const Token& token) {
    static const std::pair<const char*, Op> functions[] = {
        {"sin", Op::Sin},   {"cos", Op::Cos}, {"exp", Op::Exp},   {"log", Op::Log},
        {"sqrt", Op::Sqrt}, {"abs", Op::Abs}, {"tanh", Op::Tanh},
    };
    if (token.text == "x")
      return emit(Op::X);
    if (token.text == "y")
      return emit(Op::Y);
    if (token.text == "pi")
      return emit(Op::Number, std::numbers::pi);
    if (token.text == "e")
      return emit(Op::Number, std::numbers::e);
    for (const auto& [fname, op] : functions) {
      if (token.text == fname) {
        if (peek().kind != TokenKind::LParen)
          fail(peek(), "expected '(' after '" + token.text + "'");
        next();
        expr();
        if (peek().kind != TokenKind::RParen)
          fail(peek(), "expected ')'");
        next();
        return emit(op);
      }
    }
    throw InputError("unknown name '" + token.text + "' at column " + std::to_string(token.column));
  }

  std::vector<Token> m_tokens;
  std::size_t m_pos = 0;
  std::vector<Instruction> m_program;
};

/// A value with its two partial derivatives (a dual number over x and y).
struct Dual {
  double v, dx, dy;
};

} // namespace

Expression Expression::parse(const std::string& text) {
  Expression e;
  e.m_text = text;
  e.m_program = Parser(tokenize(text)).parse();
  std::size_t depth = 0;
  for (const Instruction& in : e.m_program) {
    if (in.op == Op::Number || in.op == Op::X || in.op == Op::Y)
      e.m_maxDepth = std::max(e.m_maxDepth, ++depth);
    else if (in.op == Op::Add || in.op == Op::Sub || in.op == Op::Mul || in.op == Op::Div ||
             in.op == Op::Pow)
      --depth;
  }
  return e;
}

ExpressionValue Expression::evaluate(double x, double y) const {
  std::vector<Dual> stack;
  stack.reserve(m_maxDepth);
  for (const Instruction& in : m_program) {
    switch (in.op) {
    case Op::Number:
      stack.push_back({in.number, 0, 0});
      continue;
    case Op::X:
      stack.push_back({x, 1, 0});
      continue;
    case Op::Y:
      stack.push_back({y, 0, 1});
      continue;
    default:
      break;
    }
    Dual& a = in.op >= Op::Neg ? stack.back() : stack[stack.size() - 2];
    const Dual b = stack.back();
    double scale = 0; // unary: d op(a) = scale · da
    switch (in.op) {
    // d(a ± b) = da ± db
    case Op::Add:
      a = {a.v + b.v, a.dx + b.dx, a.dy + b.dy};
      break;
    case Op::Sub:
      a = {a.v - b.v, a.dx - b.dx, a.dy - b.dy};
      break;
    // d(a·b) = b·da + a·db
    case Op::Mul:
      a = {a.v * b.v, b.v * a.dx + a.v * b.dx, b.v * a.dy + a.v * b.dy};
      break;
    // d(a/b) = (b·da − a·db) / b²
    case Op::Div: {
      const double b2 = b.v * b.v;
      a = {a.v / b.v, (b.v * a.dx - a.v * b.dx) / b2, (b.v * a.dy - a.v * b.dy) / b2};
      break;
    }
    // d(a^b) = b·a^(b−1)·da + a^b·ln(a)·db; the ln term only when b varies, so that x^3
    // keeps its derivative 3x² for negative x.
    case Op::Pow: {
      const double p = std::pow(a.v, b.v);
      const double da = b.v * std::pow(a.v, b.v - 1);
      double dx = da * a.dx, dy = da * a.dy;
      if (b.dx != 0 || b.dy != 0) {
        const double db = p * std::log(a.v);
        dx += db * b.dx;
        dy += db * b.dy;
      }
      a = {p, dx, dy};
      break;
    }
    case Op::Neg:
      a = {-a.v, -a.dx, -a.dy};
      break;
    // d sin a = cos a · da
    case Op::Sin:
      scale = std::cos(a.v), a.v = std::sin(a.v);
      break;
    // d cos a = −sin a · da
    case Op::Cos:
      scale = -std::sin(a.v), a.v = std::cos(a.v);
      break;
    // d exp a = exp a · da
    case Op::Exp:
      a.v = std::exp(a.v), scale = a.v;
      break;
    // d ln a = da / a
    case Op::Log:
      scale = 1 / a.v, a.v = std::log(a.v);
      break;
    // d √a = da / (2√a)
    case Op::Sqrt:
      a.v = std::sqrt(a.v), scale = 0.5 / a.v;
      break;
    // d |a| = sign(a) · da (0 at the kink)
    case Op::Abs:
      scale = (a.v > 0) - (a.v < 0), a.v = std::abs(a.v);
      break;
    // d tanh a = (1 − tanh² a) · da
    case Op::Tanh:
      a.v = std::tanh(a.v), scale = 1 - a.v * a.v;
      break;
    default:
      break;
    }
    if (in.op >= Op::Sin) {
      a.dx *= scale;
      a.dy *= scale;
    } else if (in.op != Op::Neg) {
      stack.pop_back();
    }
  }
  return {stack.back().v, stack.back().dx, stack.back().dy};
}

double Expression::value(double x, double y) const {
  std::vector<double> stack;
  stack.reserve(m_maxDepth);
  for (const Instruction& in : m_program) {
    switch (in.op) {
    case Op::Number:
      stack.push_back(in.number);
      continue;
    case Op::X:
      stack.push_back(x);
      continue;
    case Op::Y:
      stack.push_back(y);
      continue;
    default:
      break;
    }
    const double b = stack.back();
    if (in.op < Op::Neg) {
      stack.pop_back();
      double& a = stack.back();
      switch (in.op) {
      case Op::Add:
        a += b;
        break;
      case Op::Sub:
        a -= b;
        break;
      case Op::Mul:
        a *= b;
        break;
      case Op::Div:
        a /= b;
        break;
      default:
        a = std::pow(a, b);
        break;
      }
      continue;
    }
    double& a = stack.back();
    switch (in.op) {
    case Op::Neg:
      a = -a;
      break;
    case Op::Sin:
      a = std::sin(a);
      break;
    case Op::Cos:
      a = std::cos(a);
      break;
    case Op::Exp:
      a = std::exp(a);
      break;
    case Op::Log:
      a = std::log(a);
      break;
    case Op::Sqrt:
      a = std::sqrt(a);
      break;
    case Op::Abs:
      a = std::abs(a);
      break;
    default:
      a = std::tanh(a);
      break;
    }
  }
  return stack.back();
}

Surface expressionSurface(const Expression& expression, ViewRect view, Point2 start) {
  return customSurface(
      expression.text(), [expression](double x, double y) { return expression.value(x, y); },
      [expression](double x, double y) {
        const ExpressionValue v = expression.evaluate(x, y);
        return Point2{v.dfdx, v.dfdy};
      },
      view, start);
}

} // namespace gs
