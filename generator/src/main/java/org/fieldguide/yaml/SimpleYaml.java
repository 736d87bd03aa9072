package org.fieldguide.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.yaml.YamlNode.ScalarKind;

/**
 * Reads the YAML that front matter almost always is, without Jackson and SnakeYAML: a mapping of
 * plain keys, one per line, to one-line values (quoted text, plain text that starts with a
 * letter, paths, whole numbers, dates, durations, and lists of those, written {@code [a, b]} or as {@code - a}
 * lines). For anything else it gives null, and {@link YamlReader} reads the text with the
 * libraries, which also report every mistake: a comment after a value, a key of two words, a value that goes on
 * over the next line, an escape, {@code yes}, {@code 0x1F}, a duplicate key all go there.
 *
 * <p>Why: the libraries' reading of a page's front matter (a parser, its scanner and token queue,
 * and SnakeYAML's regular expressions for every plain value) was 5 % of the CPU of a {@code check}
 * of 10,000 pages × 3 languages, more than a third of what it spends outside Markdown and
 * templates per page. What this class gives is exactly what {@link YamlReader} would give for the
 * same text, kinds, texts and positions: {@code SimpleYamlTest} compares the two over the
 * repository's content, the benchmark's front matter and generated variants.
 *
 * <p>The cases it takes are the ones whose reading is not in doubt: a plain value that starts
 * with a letter is text unless it is one of YAML 1.1's words for yes, no and null (then it is
 * left to the libraries); a value of digits only is a whole number; {@code 2024-06-12} and a
 * value of digits and lower-case letters that ends in a letter ({@code 45m}, {@code 1h30m}) are text, as SnakeYAML's resolver and
 * Jackson type them.
 */
final class SimpleYaml {
  private SimpleYaml() {}

  /** The mapping {@code text} is, positioned as {@link YamlReader#read} positions it; null when this class does not read such text. */
  static YamlNode read(String text, String file, int lineOffset) {
    if (text.indexOf('\t') >= 0 || text.indexOf('\r') >= 0) return null;
    List<YamlNode.Entry> entries = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    int length = text.length();
    int start = 0;
    int line = 1;
    // A key written without a value on its line: its value is the block list on the next lines.
    String pendingKey = null;
    SourcePos pendingPos = null;
    List<YamlNode> items = null;
    SourcePos itemsPos = null;
    int itemIndent = -1;
    while (start < length || pendingKey != null) {
      int end = start < length ? text.indexOf('\n', start) : length;
      if (end < 0) end = length;
      boolean atEnd = start >= length;
      int last = end;
      while (last > start && text.charAt(last - 1) == ' ') last--;
      // A line that is only a comment is, to YAML, a blank line, at any indentation and also
      // between the items of a list (interface strings and much front matter start with one).
      boolean blank = last == start || commentLine(text, start, last);
      if (blank && !atEnd) {
        start = end + 1;
        line++;
        continue;
      }
      if (pendingKey != null) {
        int indent = 0;
        while (!atEnd && start + indent < last && text.charAt(start + indent) == ' ') indent++;
        boolean item = !atEnd && start + indent + 1 < last && text.charAt(start + indent) == '-' && text.charAt(start + indent + 1) == ' '
            && (itemIndent < 0 || indent == itemIndent);
        if (item) {
          int at = start + indent + 2;
          while (at < last && text.charAt(at) == ' ') at++;
          YamlNode value = scalar(text, at, last, file, line + lineOffset, at - start + 1, false);
          if (value == null) return null;
          if (items == null) {
            items = new ArrayList<>();
            itemsPos = new SourcePos(file, line + lineOffset, indent + 1);
            itemIndent = indent;
          }
          items.add(value);
          start = end + 1;
          line++;
          continue;
        }
        // A key without a value and no list after it: YAML's empty value, left to the libraries.
        if (items == null) return null;
        entries.add(new YamlNode.Entry(pendingKey, pendingPos, new YamlNode.Sequence(itemsPos, List.copyOf(items))));
        pendingKey = null;
        items = null;
        itemIndent = -1;
        if (atEnd) break;
      }
      // key: value
      int colon = start;
      char first = text.charAt(start);
      if (!(isAsciiLetter(first) || first == '_')) return null;
      while (colon < last && isKeyChar(text.charAt(colon))) colon++;
      if (colon >= last || text.charAt(colon) != ':') return null;
      String key = text.substring(start, colon);
      if (!keys.add(key)) return null;
      SourcePos keyPos = new SourcePos(file, line + lineOffset, 1);
      int at = colon + 1;
      if (at == last) {
        pendingKey = key;
        pendingPos = keyPos;
      } else {
        if (text.charAt(at) != ' ') return null;
        while (text.charAt(at) == ' ') at++;
        YamlNode value = text.charAt(at) == '['
            ? flowList(text, at, last, file, line + lineOffset, at - start + 1)
            : scalar(text, at, last, file, line + lineOffset, at - start + 1, false);
        if (value == null) return null;
        entries.add(new YamlNode.Entry(key, keyPos, value));
      }
      start = end + 1;
      line++;
    }
    SourcePos pos = entries.isEmpty() ? new SourcePos(file, lineOffset + 1, 1) : entries.get(0).keyPos();
    return new YamlNode.Mapping(pos, List.copyOf(entries));
  }

  /** Whether the line from {@code start} to {@code last} is spaces and then a comment. */
  private static boolean commentLine(String text, int start, int last) {
    int at = start;
    while (at < last && text.charAt(at) == ' ') at++;
    return at < last && text.charAt(at) == '#';
  }

  /** {@code [a, "b c", d]} from {@code at} (the bracket) to {@code last}, which must be its end. */
  private static YamlNode flowList(String text, int at, int last, String file, int line, int column) {
    if (text.charAt(last - 1) != ']') return null;
    int close = last - 1;
    List<YamlNode> items = new ArrayList<>();
    int i = at + 1;
    int lineStart = at - (column - 1);
    while (i < close && text.charAt(i) == ' ') i++;
    if (i == close) return new YamlNode.Sequence(new SourcePos(file, line, column), List.of());
    while (true) {
      int itemEnd = i;
      if (text.charAt(i) == '"' || text.charAt(i) == '\'') {
        int q = text.indexOf(text.charAt(i), i + 1);
        if (q < 0 || q >= close) return null;
        itemEnd = q + 1;
      } else {
        while (itemEnd < close && text.charAt(itemEnd) != ',') itemEnd++;
      }
      int trimmed = itemEnd;
      while (trimmed > i && text.charAt(trimmed - 1) == ' ') trimmed--;
      if (trimmed == i) return null;
      YamlNode item = scalar(text, i, trimmed, file, line, i - lineStart + 1, true);
      if (item == null) return null;
      items.add(item);
      int next = itemEnd;
      while (next < close && text.charAt(next) == ' ') next++;
      if (next == close) break;
      if (text.charAt(next) != ',') return null;
      next++;
      while (next < close && text.charAt(next) == ' ') next++;
      // [a, ] is a list of one in YAML; left to the libraries.
      if (next == close) return null;
      i = next;
    }
    return new YamlNode.Sequence(new SourcePos(file, line, column), List.copyOf(items));
  }

  /** The one-line value from {@code at} to {@code last} (trailing spaces already cut off); null when not one this class reads. */
  private static YamlNode scalar(String text, int at, int last, String file, int line, int column, boolean inFlow) {
    SourcePos pos = new SourcePos(file, line, column);
    char c = text.charAt(at);
    if (c == '"' || c == '\'') {
      if (last - at < 2 || text.charAt(last - 1) != c) return null;
      for (int i = at + 1; i < last - 1; i++) {
        char x = text.charAt(i);
        // A quote inside ('' in single quotes), an escape, or a character YAML reads otherwise.
        if (x == c || x == '\\' || !printable(x)) return null;
      }
      return new YamlNode.Scalar(pos, text.substring(at + 1, last - 1), ScalarKind.STRING);
    }
    for (int i = at; i < last; i++) {
      char x = text.charAt(i);
      if (x == ':' || x == '#' || !printable(x)) return null;
      if (inFlow && (x == '[' || x == ']' || x == '{' || x == '}' || x == ',')) return null;
    }
    String value = text.substring(at, last);
    if (Character.isLetter(c)) {
      return reserved(value) ? null : new YamlNode.Scalar(pos, value, ScalarKind.STRING);
    }
    // A path: ../guide.md, ./x, /en/page/ (YAML's numbers that start with a dot are .5 and .inf).
    if (c == '/' || (c == '.' && last - at > 1 && (text.charAt(at + 1) == '.' || text.charAt(at + 1) == '/'))) {
      return new YamlNode.Scalar(pos, value, ScalarKind.STRING);
    }
    if (c >= '0' && c <= '9') {
      int i = at;
      while (i < last && text.charAt(i) >= '0' && text.charAt(i) <= '9') i++;
      int digits = i - at;
      if (i == last) {
        // 0123 is octal to YAML 1.1, and a long run of digits a number past a long: both left to the libraries.
        return (digits == 1 || c != '0') && digits <= 9 ? new YamlNode.Scalar(pos, value, ScalarKind.INTEGER) : null;
      }
      // 45m, 1h30m, 3rd: no number of YAML's ends in a lower-case letter (0x1f starts with 0).
      if (c != '0' && digitsOrLowerCase(text, i, last) && text.charAt(last - 1) >= 'a') {
        return new YamlNode.Scalar(pos, value, ScalarKind.STRING);
      }
      if (digits == 4 && isDate(text, at, last)) return new YamlNode.Scalar(pos, value, ScalarKind.STRING);
    }
    return null;
  }

  /** YAML 1.1's words for true, false and null, which a plain value may be (and a few more, in doubt). */
  private static boolean reserved(String value) {
    if (value.length() > 5) return false;
    return switch (value.toLowerCase(java.util.Locale.ROOT)) {
      case "y", "n", "yes", "no", "true", "false", "on", "off", "null" -> true;
      default -> false;
    };
  }

  private static boolean digitsOrLowerCase(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char x = text.charAt(i);
      if ((x < 'a' || x > 'z') && (x < '0' || x > '9')) return false;
    }
    return true;
  }

  /** {@code 2024-06-12}: SnakeYAML's timestamp, which Jackson gives as text. */
  private static boolean isDate(String text, int at, int last) {
    // The caller saw four digits first: only the dashes and the digits between and after them are left.
    return last - at == 10 && text.charAt(at + 4) == '-' && text.charAt(at + 7) == '-' && isDigit(text.charAt(at + 5))
        && isDigit(text.charAt(at + 6)) && isDigit(text.charAt(at + 8)) && isDigit(text.charAt(at + 9));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isKeyChar(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-';
  }

  /**
   * A character that is itself on one line of YAML: not a control character, not one of the
   * line breaks YAML 1.1 knows beyond ASCII (U+0085, U+2028, U+2029), not a byte-order mark, not
   * half of a surrogate pair (columns would then count differently).
   */
  private static boolean printable(char c) {
    if (c < 0x80) return c >= 0x20 && c != 0x7F;
    return c >= 0xA0 && c != 0x2028 && c != 0x2029 && c != 0xFEFF && !Character.isSurrogate(c) && c <= 0xFFFD;
  }
}
