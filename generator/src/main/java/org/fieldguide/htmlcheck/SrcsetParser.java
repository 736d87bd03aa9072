package org.fieldguide.htmlcheck;

import java.util.ArrayList;
import java.util.List;

/**
 * The URLs of a {@code srcset} attribute, after the HTML standard's parsing of image candidate
 * strings: a URL, then optional descriptors ({@code 2x}, {@code 480w}), candidates separated by
 * commas. A comma inside a URL is part of it unless the URL ends with it.
 */
final class SrcsetParser {
  private SrcsetParser() {}

  static List<String> urls(String srcset) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = srcset.length();
    while (i < n) {
      while (i < n && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) i++;
      if (i >= n) break;
      int start = i;
      while (i < n && !Character.isWhitespace(srcset.charAt(i))) i++;
      String url = srcset.substring(start, i);
      boolean ended = false;
      while (url.endsWith(",")) {
        url = url.substring(0, url.length() - 1);
        ended = true;
      }
      if (!url.isEmpty()) out.add(url);
      if (ended) continue;
      // Skip the descriptors, up to the comma that ends the candidate (not one inside parentheses).
      int depth = 0;
      while (i < n) {
        char c = srcset.charAt(i);
        if (c == '(') depth++;
        else if (c == ')') depth = Math.max(0, depth - 1);
        else if (c == ',' && depth == 0) break;
        i++;
      }
    }
    return out;
  }
}
