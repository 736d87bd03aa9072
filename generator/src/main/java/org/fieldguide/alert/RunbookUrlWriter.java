package org.fieldguide.alert;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.alert.RuleFileLayout.Entry;
import org.fieldguide.alert.RuleFileLayout.Mapping;
import org.fieldguide.alert.RuleFileLayout.Rule;
import org.fieldguide.alert.RuleFileLayout.Scalar;

/**
 * Sets the {@code runbook_url} annotation of alerting rules in the text of a rule file, and
 * changes nothing else: the new value is written over the old one at its position (keeping its
 * quoting style), or inserted as a new line indented like its neighbours. Comments, key order,
 * quoting and blank lines elsewhere stay byte for byte.
 */
public final class RunbookUrlWriter {
  // A URL that needs no quotes in block YAML: no spaces, quotes, flow indicators or comment start.
  private static final Pattern PLAIN_SAFE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^\\s'\"{}\\[\\],`]*");

  /** What was done to one rule. */
  public enum Kind {
    UPDATED,
    ADDED
  }

  /** One rule whose runbook_url was changed or added. */
  public record Change(String alert, Kind kind, String url) {}

  /** The new text and what changed; the text is the input itself when nothing did. */
  public record Result(String text, List<Change> changes) {}

  private record Edit(int at, int end, String replacement) {}

  private final RuleFileReader reader;

  public RunbookUrlWriter(RuleFileReader reader) {
    this.reader = reader;
  }

  /**
   * @param urlByAlert the URL each alert's rules should link to; rules of other alerts are left
   *     as they are
   * @throws IOException when the text is not YAML the parser can read (read the file with {@link
   *     RuleFileReader} first, which reports why)
   */
  public Result rewrite(String text, Map<String, String> urlByAlert) throws IOException {
    List<Edit> edits = new ArrayList<>();
    List<Change> changes = new ArrayList<>();
    String newline = text.contains("\r\n") ? "\r\n" : "\n";
    for (Rule rule : RuleFileLayout.read(text)) {
      String url = urlByAlert.get(rule.alert());
      if (url == null) continue;
      Optional<Entry> annotations = rule.mapping().entry("annotations");
      if (annotations.isPresent() && annotations.get().value() instanceof Mapping a) {
        Optional<Entry> current = a.entry(AlertRule.RUNBOOK_URL);
        if (current.isPresent() && current.get().value() instanceof Scalar s) {
          if (s.value().strip().equals(url)) continue;
          edits.add(replaceValue(text, current.get(), s, url, a.flow()));
          changes.add(new Change(rule.alert(), Kind.UPDATED, url));
        } else if (current.isEmpty()) {
          edits.add(a.flow() ? addToFlow(a, url) : addToBlock(text, a, newline, url));
          changes.add(new Change(rule.alert(), Kind.ADDED, url));
        }
      } else if (annotations.isPresent() && annotations.get().value() instanceof Scalar empty) {
        // "annotations:" with no value: drop the null (if written) and add the mapping below.
        if (empty.end() > empty.start()) edits.add(new Edit(empty.start(), empty.end(), ""));
        String indent = indentOf(text, rule.mapping().entries().get(0).keyStart());
        edits.add(new Edit(lineEnd(text, annotations.get().keyEnd()), lineEnd(text, annotations.get().keyEnd()),
            newline + indent + unit(text, rule.mapping()) + AlertRule.RUNBOOK_URL + ": " + format(url, "", false)));
        changes.add(new Change(rule.alert(), Kind.ADDED, url));
      } else if (annotations.isEmpty()) {
        edits.add(addAnnotations(text, rule.mapping(), newline, url));
        changes.add(new Change(rule.alert(), Kind.ADDED, url));
      }
    }
    if (edits.isEmpty()) return new Result(text, List.of());
    StringBuilder out = new StringBuilder(text);
    // From the end backwards, so earlier offsets stay valid.
    edits.stream().sorted(Comparator.comparingInt(Edit::at).thenComparingInt(Edit::end).reversed())
        .forEach(e -> out.replace(e.at(), e.end(), e.replacement()));
    verify(out.toString(), urlByAlert);
    return new Result(out.toString(), List.copyOf(changes));
  }

  private static Edit replaceValue(String text, Entry entry, Scalar s, String url, boolean flow) {
    if (s.end() <= s.start()) {
      // "runbook_url:" with nothing after the colon.
      int colon = text.indexOf(':', entry.keyEnd());
      return new Edit(colon + 1, colon + 1, " " + format(url, "", flow));
    }
    char first = text.charAt(s.start());
    int end = s.end();
    if (first == '|' || first == '>') {
      // A block scalar ends at the next line; keep its line break and any blank lines after it.
      end = lastNonSpace(text, s.start(), s.end());
    }
    return new Edit(s.start(), end, format(url, String.valueOf(first), flow));
  }

  private static Edit addToFlow(Mapping a, String url) {
    String entry = AlertRule.RUNBOOK_URL + ": " + format(url, "\"", true);
    if (a.entries().isEmpty()) return new Edit(a.start() + 1, a.start() + 1, entry);
    int after = a.entries().get(a.entries().size() - 1).value().end();
    return new Edit(after, after, ", " + entry);
  }

  private static Edit addToBlock(String text, Mapping a, String newline, String url) {
    String indent = indentOf(text, a.entries().get(0).keyStart());
    int at = lineEnd(text, lastNonSpace(text, a.start(), a.end()) - 1);
    return new Edit(at, at, newline + indent + AlertRule.RUNBOOK_URL + ": " + format(url, "", false));
  }

  private static Edit addAnnotations(String text, Mapping rule, String newline, String url) {
    if (rule.flow()) {
      int after = rule.entries().get(rule.entries().size() - 1).value().end();
      return new Edit(after, after, ", annotations: {" + AlertRule.RUNBOOK_URL + ": " + format(url, "\"", true) + "}");
    }
    String indent = indentOf(text, rule.entries().get(0).keyStart());
    int at = lineEnd(text, lastNonSpace(text, rule.start(), rule.end()) - 1);
    return new Edit(at, at, newline + indent + "annotations:" + newline + indent + unit(text, rule)
        + AlertRule.RUNBOOK_URL + ": " + format(url, "", false));
  }

  /**
   * The value as YAML text in the style of the old one ({@code "}, {@code '} or plain); plain only
   * where the URL needs no quotes, and never inside a flow mapping, where commas and braces end a
   * plain value.
   */
  static String format(String url, String oldStyle, boolean flow) {
    if (oldStyle.equals("'")) return "'" + url.replace("'", "''") + "'";
    if (!oldStyle.equals("\"") && !flow && PLAIN_SAFE.matcher(url).matches()) return url;
    return "\"" + url.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** One level of indentation as this rule's nested mappings use it; two spaces if none does. */
  private static String unit(String text, Mapping rule) {
    int ruleColumn = column(text, rule.entries().get(0).keyStart());
    for (Entry e : rule.entries()) {
      if (e.value() instanceof Mapping m && !m.flow() && !m.entries().isEmpty()) {
        int nested = column(text, m.entries().get(0).keyStart());
        if (nested > ruleColumn) return " ".repeat(nested - ruleColumn);
      }
    }
    return "  ";
  }

  /** The whitespace a key's line would need to put the key at the same column. */
  private static String indentOf(String text, int keyStart) {
    return " ".repeat(column(text, keyStart));
  }

  private static int column(String text, int offset) {
    int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return offset - lineStart;
  }

  /** The offset of the line break ending the line of {@code offset} (before a {@code \r}). */
  private static int lineEnd(String text, int offset) {
    int nl = text.indexOf('\n', Math.max(offset, 0));
    if (nl < 0) return text.length();
    return nl > 0 && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
  }

  /** Just after the last non-whitespace character in {@code [from, to)}. */
  private static int lastNonSpace(String text, int from, int to) {
    int i = Math.min(to, text.length());
    while (i > from && Character.isWhitespace(text.charAt(i - 1))) i--;
    return i;
  }

  /** Makes sure the rewritten text says what was meant; a failure here is a bug, not a writer's mistake. */
  private void verify(String text, Map<String, String> urlByAlert) {
    Diagnostics problems = new Diagnostics();
    Optional<RuleFile> reread = reader.read(text, "the rewritten rule file", problems);
    if (reread.isEmpty() || problems.hasErrors()) {
      throw new IllegalStateException("rewriting runbook_url made the rule file unreadable: " + problems.sorted());
    }
    for (AlertRule r : reread.get().alerts()) {
      String wanted = urlByAlert.get(r.name());
      if (wanted != null && !r.runbookUrl().map(AlertRule.Located::text).orElse("").equals(wanted)) {
        throw new IllegalStateException("rewriting left alert " + r.name() + " with runbook_url "
            + r.runbookUrl().map(AlertRule.Located::text).orElse("(none)") + " instead of " + wanted);
      }
    }
  }
}
