package org.fieldguide.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The top-level assignments of a Python file ({@code name = value} at the start of a line), as
 * Sphinx's {@code conf.py} writes its settings, read without running Python. A value written as
 * literals (strings, numbers, {@code True}/{@code False}/{@code None}, lists, tuples, sets and
 * dicts of them) is read as Java values; anything else (a variable, a call, an f-string, an
 * operator) becomes a {@link NotLiteral} with its place, so the caller can say where a setting
 * could not be read. A dict or list keeps the literal parts beside a non-literal one. Indented
 * statements (inside {@code if}, {@code def}, {@code try}) are not read: which branch runs is
 * Python's to decide. The last assignment of a name wins, as when Python runs the file.
 *
 * <p>Never throws on malformed text: what cannot be read is a {@code NotLiteral} up to the end
 * of its statement.
 */
final class PythonLiterals {
  /** A value written as code; {@code line} and {@code column} are 1-based, {@code text} as written (one line of it). */
  record NotLiteral(int line, int column, String text) {}

  /** Python's None, kept apart from a missing key. */
  enum None { NONE }

  private final String text;
  private final int[] lineStarts;
  private int pos;
  /** How many brackets the parser is in: inside them a value may go on over lines. */
  private int nesting;
  private static final int MAX_NESTING = 64;

  private PythonLiterals(String text) {
    this.text = text.replace("\r\n", "\n");
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < this.text.length(); i++) if (this.text.charAt(i) == '\n') starts.add(i + 1);
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Every top-level {@code name = value}, in file order, the last value of a name kept. */
  static Map<String, Object> assignments(String text) {
    return new PythonLiterals(text).read();
  }

  private Map<String, Object> read() {
    Map<String, Object> out = new LinkedHashMap<>();
    while (pos < text.length()) {
      int start = pos;
      String name = identifier();
      skipSpaces();
      boolean assignment = !name.isEmpty() && peek() == '=' && peek(1) != '=';
      if (assignment) {
        pos++;
        skipSpaces();
        Object value = statementValue();
        out.remove(name);
        out.put(name, value);
      } else {
        pos = start;
      }
      skipStatement();
    }
    return out;
  }

  /** The value up to the statement's end: a literal, a bare tuple of them, or a NotLiteral. */
  private Object statementValue() {
    int start = pos;
    Object first = value();
    skipSpaces();
    if (peek() != ',') return atStatementEnd() ? first : notLiteral(start);
    List<Object> tuple = new ArrayList<>(List.of(first));
    while (peek() == ',') {
      pos++;
      skipSpaces();
      if (atStatementEnd()) break;
      tuple.add(value());
      skipSpaces();
    }
    return atStatementEnd() ? tuple : notLiteral(start);
  }

  private boolean atStatementEnd() {
    return pos >= text.length() || peek() == '\n' || peek() == '#' || peek() == ';';
  }

  /**
   * One value, ending where a literal ends; a value that turns out to be an expression ({@code
   * "a" % x}, {@code x.y}, {@code f(…)}) is skipped to the next comma or closing bracket.
   */
  private Object value() {
    int start = pos;
    Object v = literal();
    skipGap();
    char c = peek();
    boolean ends = pos >= text.length() || c == ',' || c == ']' || c == ')' || c == '}' || c == ':' || c == '\n' || c == '#' || c == ';';
    return v instanceof NotLiteral || !ends ? notLiteral(start) : v;
  }

  private Object literal() {
    char c = peek();
    // Each bracket is a call deeper: a conf.py of 200,000 '[' ran out of stack. No setting is
    // nested this deep; deeper is taken for code, which the skip over it reads without recursion.
    if (nesting >= MAX_NESTING && "[({".indexOf(c) >= 0) return new NotLiteral(0, 0, "");
    if (c == '[') return sequence(']');
    if (c == '(') return sequence(')');
    if (c == '{') return dictOrSet();
    if (c == '"' || c == '\'' || isStringPrefix()) return strings();
    if (c == '-' || c == '+' || Character.isDigit(c) || c == '.' && Character.isDigit(peek(1))) return number();
    String word = identifier();
    return switch (word) {
      case "True" -> Boolean.TRUE;
      case "False" -> Boolean.FALSE;
      case "None" -> None.NONE;
      default -> new NotLiteral(0, 0, word);
    };
  }

  private Object sequence(char close) {
    pos++;
    nesting++;
    try {
      return items(close);
    } finally {
      nesting--;
    }
  }

  private Object items(char close) {
    List<Object> items = new ArrayList<>();
    boolean comma = false;
    skipBlanks();
    while (pos < text.length() && peek() != close) {
      items.add(value());
      skipBlanks();
      if (peek() == ',') {
        pos++;
        comma = true;
      } else if (peek() != close) {
        return new NotLiteral(0, 0, "");
      }
      skipBlanks();
    }
    if (pos >= text.length()) return new NotLiteral(0, 0, "");
    pos++;
    // Brackets around one value without a comma only group it: ("a" "b") is a string.
    return close == ')' && items.size() == 1 && !comma ? items.get(0) : items;
  }

  private Object dictOrSet() {
    pos++;
    nesting++;
    try {
      return entries();
    } finally {
      nesting--;
    }
  }

  private Object entries() {
    Map<Object, Object> dict = new LinkedHashMap<>();
    List<Object> set = new ArrayList<>();
    skipBlanks();
    while (pos < text.length() && peek() != '}') {
      Object key = value();
      skipBlanks();
      if (peek() == ':') {
        pos++;
        skipBlanks();
        Object v = value();
        // A key written as code cannot be looked up: the entry is of no use.
        if (!(key instanceof NotLiteral)) dict.put(key, v);
      } else {
        set.add(key);
      }
      skipBlanks();
      if (peek() == ',') pos++;
      else if (peek() != '}') return new NotLiteral(0, 0, "");
      skipBlanks();
    }
    if (pos >= text.length()) return new NotLiteral(0, 0, "");
    pos++;
    return set.isEmpty() ? dict : set;
  }

  private boolean isStringPrefix() {
    int i = pos;
    while (i < text.length() && i - pos < 2 && "rRbBuUfF".indexOf(text.charAt(i)) >= 0) i++;
    return i > pos && i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '\'');
  }

  /** Adjacent string literals, joined as Python joins them; an f-string is code. */
  private Object strings() {
    StringBuilder out = new StringBuilder();
    boolean formatted = false;
    do {
      String prefix = "";
      while ("rRbBuUfF".indexOf(peek()) >= 0) prefix += text.charAt(pos++);
      formatted |= prefix.toLowerCase(java.util.Locale.ROOT).contains("f");
      boolean raw = prefix.toLowerCase(java.util.Locale.ROOT).contains("r");
      char quote = peek();
      boolean triple = text.startsWith(String.valueOf(quote).repeat(3), pos);
      pos += triple ? 3 : 1;
      boolean closed = false;
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c == '\\' && pos + 1 < text.length()) {
          out.append(raw ? text.substring(pos, pos + 2) : escape(text.charAt(pos + 1)));
          pos += 2;
        } else if (triple ? text.startsWith(String.valueOf(quote).repeat(3), pos) : c == quote) {
          pos += triple ? 3 : 1;
          closed = true;
          break;
        } else if (c == '\n' && !triple) {
          break;
        } else {
          out.append(c);
          pos++;
        }
      }
      if (!closed) return new NotLiteral(0, 0, "");
      skipGap();
    } while (peek() == '"' || peek() == '\'' || isStringPrefix());
    return formatted ? new NotLiteral(0, 0, "") : out.toString();
  }

  private static String escape(char c) {
    return switch (c) {
      case 'n' -> "\n";
      case 't' -> "\t";
      case '\n' -> "";
      default -> String.valueOf(c);
    };
  }

  private Object number() {
    int start = pos;
    if (peek() == '-' || peek() == '+') pos++;
    while (pos < text.length() && (Character.isLetterOrDigit(peek()) || peek() == '.' || peek() == '_')) pos++;
    String n = text.substring(start, pos).replace("_", "");
    try {
      if (n.matches("[+-]?\\d+")) return Long.parseLong(n);
      return Double.parseDouble(n);
    } catch (NumberFormatException e) {
      // 0x1F, 1j and the like: numbers fieldguide has no use for, taken as code.
      return new NotLiteral(0, 0, n);
    }
  }

  private String identifier() {
    int start = pos;
    while (pos < text.length() && (Character.isLetterOrDigit(peek()) || peek() == '_')) pos++;
    return text.substring(start, pos);
  }

  /** A NotLiteral from {@code start} to the end of its value: the next comma or bracket that closes outside it. */
  private NotLiteral notLiteral(int start) {
    pos = start;
    int depth = 0;
    while (pos < text.length()) {
      char c = peek();
      if (c == '"' || c == '\'') {
        skipString();
        continue;
      }
      if (c == '#' || c == '\n' && depth == 0) break;
      if (c == '\\' && peek(1) == '\n') {
        pos += 2;
        continue;
      }
      if ("([{".indexOf(c) >= 0) depth++;
      if (")]}".indexOf(c) >= 0 && depth-- == 0) break;
      // A dict's key ends at its colon; a top-level statement's colon ends nothing.
      if (depth == 0 && (c == ',' || c == ':' && nesting > 0)) break;
      pos++;
    }
    int line = lineOf(start);
    int lineEnd = text.indexOf('\n', start);
    String shown = text.substring(start, Math.min(pos, lineEnd < 0 ? text.length() : lineEnd)).strip();
    return new NotLiteral(line + 1, start - lineStarts[line] + 1, shown);
  }

  private void skipString() {
    char quote = peek();
    boolean triple = text.startsWith(String.valueOf(quote).repeat(3), pos);
    pos += triple ? 3 : 1;
    while (pos < text.length()) {
      char c = peek();
      if (c == '\\') pos += 2;
      else if (triple ? text.startsWith(String.valueOf(quote).repeat(3), pos) : c == quote) {
        pos += triple ? 3 : 1;
        return;
      } else if (c == '\n' && !triple) return;
      else pos++;
    }
  }

  /** Past the rest of the statement: its brackets, strings and continuation lines, to the next line. */
  private void skipStatement() {
    int depth = 0;
    while (pos < text.length()) {
      char c = peek();
      if (c == '"' || c == '\'') {
        skipString();
      } else if (c == '#') {
        while (pos < text.length() && peek() != '\n') pos++;
      } else if (c == '\\' && peek(1) == '\n') {
        pos += 2;
      } else if (c == '\n') {
        pos++;
        if (depth <= 0) return;
      } else {
        if ("([{".indexOf(c) >= 0) depth++;
        if (")]}".indexOf(c) >= 0) depth--;
        pos++;
      }
    }
  }

  private void skipSpaces() {
    while (pos < text.length() && (peek() == ' ' || peek() == '\t' || peek() == '\\' && peek(1) == '\n')) pos += peek() == '\\' ? 2 : 1;
  }

  /** What may stand between two parts of a value: spaces, and inside brackets line breaks and comments too. */
  private void skipGap() {
    if (nesting > 0) skipBlanks();
    else skipSpaces();
  }

  /** Spaces, line breaks and comments, as inside brackets, where a statement goes on. */
  private void skipBlanks() {
    while (pos < text.length()) {
      char c = peek();
      if (c == '#') {
        while (pos < text.length() && peek() != '\n') pos++;
      } else if (Character.isWhitespace(c) || c == '\\' && peek(1) == '\n') {
        pos++;
      } else {
        return;
      }
    }
  }

  private char peek() {
    return peek(0);
  }

  private char peek(int ahead) {
    return pos + ahead < text.length() ? text.charAt(pos + ahead) : '\0';
  }

  private int lineOf(int offset) {
    int lo = 0;
    int hi = lineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) / 2;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
