package org.fieldguide.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a fragment of raw HTML into tokens the way a browser's tokenizer does (HTML Living
 * Standard, §13.2.5): tags with their attributes, comments (including the abrupt {@code <!-->}
 * and {@code <!--->}), bogus comments, DOCTYPEs, raw-text element content, and text. A sanitiser
 * is only as good as its agreement with the browser on where markup is: {@code <!--><img
 * onerror=…>-->} is an empty comment followed by an image to a browser, and so it is here.
 *
 * <p>Character references are left as written in text and decoded in attribute values by the
 * caller. Every token records its span in the input, so problems can be reported at their place.
 */
final class HtmlTokenizer {
  private HtmlTokenizer() {}

  /** One token and the span {@code [start, end)} of the input it came from. */
  sealed interface Token {
    int start();

    int end();
  }

  /** Text between tags; {@code rawText} when it is the content of a script, style, textarea… */
  record Text(int start, int end, boolean rawText) implements Token {}

  record StartTag(String name, List<Attribute> attributes, boolean selfClosing, int start, int end) implements Token {}

  record EndTag(String name, int start, int end) implements Token {}

  /** A comment, bogus comment, DOCTYPE or CDATA section: never rendered as markup. */
  record Comment(int start, int end) implements Token {}

  /** A tag cut off by the end of the fragment; browsers drop it. */
  record Unfinished(String name, int start, int end) implements Token {}

  /**
   * An attribute as written. {@code value} is undecoded; {@code valueStart}/{@code valueEnd} span
   * the value without quotes ({@code -1} when there is no value).
   */
  record Attribute(String name, String value, int nameStart, int valueStart, int valueEnd, int end) {}

  static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    int textStart = 0;
    while (i < n) {
      int lt = s.indexOf('<', i);
      if (lt < 0 || lt + 1 >= n) break;
      char c = s.charAt(lt + 1);
      Token t = null;
      if (isAlpha(c)) {
        t = tag(s, lt, lt + 1, false);
      } else if (c == '/') {
        if (lt + 2 < n && isAlpha(s.charAt(lt + 2))) t = tag(s, lt, lt + 2, true);
        else if (lt + 2 < n && s.charAt(lt + 2) == '>') t = new Comment(lt, lt + 3);
        else if (lt + 2 < n) t = new Comment(lt, endOfBogus(s, lt + 2));
      } else if (c == '!') {
        t = new Comment(lt, endOfDeclaration(s, lt + 2));
      } else if (c == '?') {
        t = new Comment(lt, endOfBogus(s, lt + 1));
      }
      if (t == null) {
        i = lt + 1;
        continue;
      }
      if (lt > textStart) out.add(new Text(textStart, lt, false));
      out.add(t);
      i = t.end();
      textStart = i;
      if (t instanceof StartTag st && HtmlPolicy.isRawText(st.name()) && !st.selfClosing()) {
        int close = st.name().equals("plaintext") ? -1 : rawTextEnd(s, i, st.name());
        int contentEnd = close < 0 ? n : close;
        if (contentEnd > i) out.add(new Text(i, contentEnd, true));
        i = contentEnd;
        textStart = i;
      }
    }
    if (n > textStart) out.add(new Text(textStart, n, false));
    return out;
  }

  private static boolean isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  /** A start or end tag from {@code nameStart}; an {@link Unfinished} token when the input ends first. */
  private static Token tag(String s, int start, int nameStart, boolean end) {
    int n = s.length();
    int i = nameStart;
    while (i < n && !isSpace(s.charAt(i)) && s.charAt(i) != '/' && s.charAt(i) != '>') i++;
    String name = s.substring(nameStart, i).toLowerCase(Locale.ROOT);
    List<Attribute> attributes = new ArrayList<>();
    boolean selfClosing = false;
    while (i < n) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        i++;
      } else if (c == '>') {
        return end ? new EndTag(name, start, i + 1) : new StartTag(name, List.copyOf(attributes), selfClosing, start, i + 1);
      } else if (c == '/') {
        // "/" is self-closing only right before ">"; elsewhere it separates attributes.
        selfClosing = i + 1 < n && s.charAt(i + 1) == '>';
        i++;
      } else {
        selfClosing = false;
        int nameFrom = i;
        // An "=" at the start of a name belongs to the name (unexpected-equals-sign-before-attribute-name).
        i++;
        while (i < n && !isSpace(s.charAt(i)) && s.charAt(i) != '/' && s.charAt(i) != '>' && s.charAt(i) != '=') i++;
        String attrName = s.substring(nameFrom, i).toLowerCase(Locale.ROOT);
        int j = i;
        while (j < n && isSpace(s.charAt(j))) j++;
        if (j < n && s.charAt(j) == '=') {
          j++;
          while (j < n && isSpace(s.charAt(j))) j++;
          if (j >= n) break;
          char q = s.charAt(j);
          if (q == '"' || q == '\'') {
            int close = s.indexOf(q, j + 1);
            if (close < 0) break;
            attributes.add(new Attribute(attrName, s.substring(j + 1, close), nameFrom, j + 1, close, close + 1));
            i = close + 1;
          } else if (q == '>') {
            attributes.add(new Attribute(attrName, "", nameFrom, j, j, j));
            i = j;
          } else {
            int v = j;
            while (v < n && !isSpace(s.charAt(v)) && s.charAt(v) != '>') v++;
            attributes.add(new Attribute(attrName, s.substring(j, v), nameFrom, j, v, v));
            i = v;
          }
        } else {
          attributes.add(new Attribute(attrName, "", nameFrom, -1, -1, i));
        }
      }
    }
    return new Unfinished(name, start, n);
  }

  /** After {@code <!}: a comment, DOCTYPE, CDATA or bogus comment; returns where it ends. */
  private static int endOfDeclaration(String s, int p) {
    int n = s.length();
    if (s.startsWith("--", p)) {
      int q = p + 2;
      if (q < n && s.charAt(q) == '>') return q + 1;
      if (q + 1 < n && s.charAt(q) == '-' && s.charAt(q + 1) == '>') return q + 2;
      int a = s.indexOf("-->", q);
      int b = s.indexOf("--!>", q);
      if (a < 0 && b < 0) return n;
      if (b < 0 || (a >= 0 && a < b)) return a + 3;
      return b + 4;
    }
    // DOCTYPE, CDATA (outside foreign content) and anything else: up to the next ">".
    return endOfBogus(s, p);
  }

  private static int endOfBogus(String s, int p) {
    int gt = s.indexOf('>', p);
    return gt < 0 ? s.length() : gt + 1;
  }

  /** Where the end tag of a raw-text element starts, or -1 when the fragment has none. */
  private static int rawTextEnd(String s, int from, String name) {
    int n = s.length();
    for (int i = s.indexOf("</", from); i >= 0; i = s.indexOf("</", i + 2)) {
      int e = i + 2 + name.length();
      if (e > n || !s.regionMatches(true, i + 2, name, 0, name.length())) continue;
      if (e == n || isSpace(s.charAt(e)) || s.charAt(e) == '/' || s.charAt(e) == '>') return i;
    }
    return -1;
  }
}
