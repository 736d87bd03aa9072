package org.fieldguide.highlight;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language as an ordered list of token rules, joined into one pattern: at each point the
 * leftmost match wins, and among rules matching there, the first listed. Text between matches is
 * plain. One forward scan per block, so the cost grows with the code's length, not its square.
 */
final class Lexer {
  private final Pattern pattern;
  private final List<TokenRule> rules;

  Lexer(List<TokenRule> rules, int flags) {
    this.rules = List.copyOf(rules);
    StringBuilder joined = new StringBuilder();
    for (TokenRule r : rules) joined.append(joined.length() == 0 ? "" : "|").append('(').append(r.regex()).append(')');
    this.pattern = Pattern.compile(joined.toString(), flags);
  }

  /** The code as HTML: every character escaped, tokens wrapped in spans. */
  String html(String code) {
    StringBuilder out = new StringBuilder(code.length() + code.length() / 4);
    Matcher m = pattern.matcher(code);
    int at = 0;
    while (at < code.length() && m.find(at)) {
      if (m.end() == m.start()) {
        // An empty match (a lookaround alone) would never advance: treat one character as plain.
        Html.escape(code, at, m.start() + 1, out);
        at = m.start() + 1;
        continue;
      }
      Html.escape(code, at, m.start(), out);
      Token token = token(m);
      if (token == null) {
        Html.escape(code, m.start(), m.end(), out);
      } else {
        out.append("<span class=\"").append(token.cssClass()).append("\">");
        Html.escape(code, m.start(), m.end(), out);
        out.append("</span>");
      }
      at = m.end();
    }
    Html.escape(code, at, code.length(), out);
    return out.toString();
  }

  private Token token(Matcher m) {
    for (int g = 1; g <= rules.size(); g++) {
      if (m.start(g) >= 0) return rules.get(g - 1).token();
    }
    return null;
  }
}
