package org.fieldguide.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that later passes must not touch (Liquid's {@code raw} blocks, Hugo's commented-out
 * shortcodes), swapped for private-use placeholders and put back at the end.
 */
final class Protected {
  private static final char OPEN = '\uE002';
  private static final char CLOSE = '\uE003';
  private static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "(\\d+)" + CLOSE);
  private final List<String> texts = new ArrayList<>();

  String hold(String text) {
    texts.add(text);
    return OPEN + Integer.toString(texts.size() - 1) + CLOSE;
  }

  String restore(String text) {
    String s = text;
    // Held text may itself hold placeholders (a raw block inside a held one): repeat until none.
    for (int round = 0; round < 4 && s.indexOf(OPEN) >= 0; round++) {
      Matcher m = PLACEHOLDER.matcher(s);
      StringBuilder out = new StringBuilder();
      while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(texts.get(Integer.parseInt(m.group(1)))));
      m.appendTail(out);
      s = out.toString();
    }
    return s;
  }
}
