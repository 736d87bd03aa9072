package org.fieldguide.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A value written in JavaScript or TypeScript source as a literal: text, number, yes/no, array or
 * object; anything else (a variable, a call, {@code process.env.X || 'y'}) is {@link Other}, kept
 * with its text and position so a warning can name it. Read by {@link #configObject} without
 * running the file: Docusaurus's configuration is code, and fieldguide runs no Node.
 */
sealed interface JsLiteral {
  /** Where the value starts in the file, 1-based. */
  int line();

  int column();

  record Text(String value, int line, int column) implements JsLiteral {}

  record Num(double value, int line, int column) implements JsLiteral {}

  record Bool(boolean value, int line, int column) implements JsLiteral {}

  record Array(List<JsLiteral> items, int line, int column) implements JsLiteral {}

  record Obj(Map<String, JsLiteral> fields, int line, int column) implements JsLiteral {
    Optional<JsLiteral> get(String key) {
      return Optional.ofNullable(fields.get(key));
    }
  }

  /** An expression that is not a literal, as written (shortened). */
  record Other(String text, int line, int column) implements JsLiteral {}

  /**
   * The object literal a configuration file exports: of the object literals assigned, exported,
   * returned or passed at the top of the file, the one with most of {@code keys}. Empty when none
   * has any of them.
   */
  static Optional<Obj> configObject(String source, List<String> keys) {
    return topObject(source, o -> (int) keys.stream().filter(o.fields()::containsKey).count());
  }

  /** Of the object literals at the top of the file (see {@link #configObject}), the one {@code score} rates highest above 0. */
  static Optional<Obj> topObject(String source, java.util.function.ToIntFunction<Obj> score) {
    Parser p = new Parser(Tokens.of(source), source);
    Obj best = null;
    int bestScore = 0;
    for (int i = 0; i < p.tokens.size(); i++) {
      Tokens.Token t = p.tokens.get(i);
      if (!t.is("{")) continue;
      // A JSON file is the object itself; in code, the object is assigned, exported, returned or passed.
      Tokens.Token before = i == 0 ? t : p.tokens.get(i - 1);
      if (i > 0 && !(before.is("=") || before.is("default") || before.is("return") || before.is("(") || before.is("=>"))) continue;
      p.at = i;
      JsLiteral value = p.value();
      if (!(value instanceof Obj o)) continue;
      int s = score.applyAsInt(o);
      if (s > bestScore) {
        best = o;
        bestScore = s;
      }
      i = Math.max(i, p.at - 1);
    }
    return Optional.ofNullable(best);
  }

  /** A recursive-descent reader of literals over the tokens; what is not a literal is skipped whole. */
  final class Parser {
    private final List<Tokens.Token> tokens;
    private final String source;
    private int at;

    private Parser(List<Tokens.Token> tokens, String source) {
      this.tokens = tokens;
      this.source = source;
    }

    private Tokens.Token peek() {
      return at < tokens.size() ? tokens.get(at) : Tokens.Token.END;
    }

    JsLiteral value() {
      int startAt = at;
      Tokens.Token start = peek();
      JsLiteral literal = switch (start.kind()) {
        case STRING -> {
          at++;
          yield new Text(start.text(), start.line(), start.column());
        }
        case NUMBER -> {
          at++;
          yield number(start);
        }
        case WORD -> {
          if (start.is("true") || start.is("false")) {
            at++;
            yield new Bool(start.is("true"), start.line(), start.column());
          }
          yield null;
        }
        case PUNCT -> {
          if (start.is("{")) yield object();
          if (start.is("[")) yield array();
          if (start.is("(")) {
            int back = at;
            at++;
            JsLiteral inner = value();
            if (peek().is(")") && !(inner instanceof Other)) {
              at++;
              yield inner;
            }
            at = back;
          }
          yield null;
        }
        default -> null;
      };
      // 'x' as const, {…} satisfies Config: the literal, its TypeScript type skipped.
      if (literal != null && (peek().is("satisfies") || peek().is("as"))) {
        skipExpression();
        return literal;
      }
      if (literal != null && isEndOfValue(peek())) return literal;
      at = startAt;
      if (start == Tokens.Token.END) return new Other("", tokens.isEmpty() ? 1 : tokens.get(tokens.size() - 1).line(), 1);
      int from = start.offset();
      skipExpression();
      int to = at > startAt && at <= tokens.size() ? tokens.get(at - 1).end() : from;
      String text = source.substring(from, Math.max(from, to)).replaceAll("\\s+", " ").strip();
      return new Other(text.length() > 60 ? text.substring(0, 57) + "..." : text, start.line(), start.column());
    }

    private static JsLiteral number(Tokens.Token t) {
      try {
        return new Num(Double.parseDouble(t.text().replace("_", "")), t.line(), t.column());
      } catch (NumberFormatException e) {
        return new Other(t.text(), t.line(), t.column());
      }
    }

    private static boolean isEndOfValue(Tokens.Token t) {
      return t.is(",") || t.is("}") || t.is("]") || t.is(")") || t.is(";") || t == Tokens.Token.END;
    }

    private JsLiteral object() {
      Tokens.Token open = peek();
      at++;
      Map<String, JsLiteral> fields = new LinkedHashMap<>();
      while (at < tokens.size() && !peek().is("}")) {
        Tokens.Token key = peek();
        if (key.is(",")) {
          at++;
          continue;
        }
        if (key.is("...") || key.is("[")) {
          skipExpression();
          continue;
        }
        at++;
        if (peek().is(":") && (key.kind() == Tokens.Kind.WORD || key.kind() == Tokens.Kind.STRING || key.kind() == Tokens.Kind.NUMBER)) {
          at++;
          fields.put(key.text(), value());
        } else if (peek().is(",") || peek().is("}")) {
          // Shorthand {title}: the value of a variable.
          fields.put(key.text(), new Other(key.text(), key.line(), key.column()));
        } else {
          // A method, getter or something else: not a value.
          skipExpression();
        }
      }
      at++;
      return new Obj(fields, open.line(), open.column());
    }

    private JsLiteral array() {
      Tokens.Token open = peek();
      at++;
      List<JsLiteral> items = new ArrayList<>();
      while (at < tokens.size() && !peek().is("]")) {
        if (peek().is(",")) {
          at++;
          continue;
        }
        int before = at;
        items.add(value());
        if (at == before) at++;
      }
      at++;
      return new Array(items, open.line(), open.column());
    }

    /** Moves past one expression: to the next ',' or closing bracket outside brackets. */
    private void skipExpression() {
      int depth = 0;
      while (at < tokens.size()) {
        Tokens.Token t = peek();
        if (depth == 0 && (t.is(",") || t.is("}") || t.is("]") || t.is(")") || t.is(";"))) return;
        if (t.is("{") || t.is("[") || t.is("(")) depth++;
        if (t.is("}") || t.is("]") || t.is(")")) depth--;
        at++;
      }
    }
  }

  /** JavaScript tokens, enough for literals: comments and whitespace dropped, template literals without ${} as text. */
  final class Tokens {
    enum Kind { STRING, NUMBER, WORD, PUNCT, OTHER }

    record Token(Kind kind, String text, int offset, int end, int line, int column) {
      static final Token END = new Token(Kind.OTHER, "", -1, -1, 0, 0);

      boolean is(String s) {
        return kind != Kind.STRING && text.equals(s);
      }
    }

    private Tokens() {}

    static List<Token> of(String s) {
      List<Token> out = new ArrayList<>();
      int line = 1;
      int lineStart = 0;
      int i = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        int start = i;
        int column = i - lineStart + 1;
        if (c == '\n') {
          line++;
          lineStart = i + 1;
          i++;
        } else if (Character.isWhitespace(c)) {
          i++;
        } else if (s.startsWith("//", i)) {
          while (i < s.length() && s.charAt(i) != '\n') i++;
        } else if (s.startsWith("/*", i)) {
          int end = s.indexOf("*/", i + 2);
          end = end < 0 ? s.length() : end + 2;
          for (int k = i; k < end; k++) {
            if (s.charAt(k) == '\n') {
              line++;
              lineStart = k + 1;
            }
          }
          i = end;
        } else if (c == '\'' || c == '"' || c == '`') {
          StringBuilder text = new StringBuilder();
          boolean interpolated = false;
          int startLine = line;
          i++;
          while (i < s.length() && s.charAt(i) != c) {
            char ch = s.charAt(i);
            if (ch == '\n') {
              if (c != '`') break;
              line++;
              lineStart = i + 1;
            }
            if (ch == '\\' && i + 1 < s.length()) {
              text.append(unescape(s.charAt(i + 1)));
              i += 2;
              continue;
            }
            if (c == '`' && ch == '$' && i + 1 < s.length() && s.charAt(i + 1) == '{') interpolated = true;
            text.append(ch);
            i++;
          }
          i = Math.min(i + 1, s.length());
          out.add(new Token(interpolated ? Kind.OTHER : Kind.STRING, text.toString(), start, i, startLine, column));
        } else if (Character.isDigit(c) || c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
          while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '_')) i++;
          out.add(new Token(Kind.NUMBER, s.substring(start, i), start, i, line, column));
        } else if (Character.isJavaIdentifierStart(c)) {
          while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i))) i++;
          out.add(new Token(Kind.WORD, s.substring(start, i), start, i, line, column));
        } else if (s.startsWith("...", i) || s.startsWith("=>", i)) {
          i += s.startsWith("...", i) ? 3 : 2;
          out.add(new Token(Kind.PUNCT, s.substring(start, i), start, i, line, column));
        } else {
          i++;
          out.add(new Token(Kind.PUNCT, String.valueOf(c), start, i, line, column));
        }
      }
      return out;
    }

    private static String unescape(char c) {
      return switch (c) {
        case 'n' -> "\n";
        case 't' -> "\t";
        default -> String.valueOf(c);
      };
    }
  }
}
