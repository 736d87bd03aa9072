package org.fieldguide.importer;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How every importer writes another generator's tabs (Docusaurus's {@code <Tabs>}, MkDocs's
 * {@code === "Tab"}, Hugo themes' {@code tabs}): one section per tab, since a reader following a
 * runbook wants every variant on the page, findable and linkable, rather than all but one hidden.
 * A tab's label heads its section one level below the heading above; where the tabs are indented
 * (in a list or an admonition, where a heading cannot stand) it is a bold label.
 */
final class TabSections {
  private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s");

  private TabSections() {}

  /** The level of the ATX heading {@code line} is, if it is one (the caller knows it is not code). */
  static OptionalInt headingLevel(String line) {
    Matcher h = HEADING.matcher(line);
    return h.find() ? OptionalInt.of(h.group(1).length()) : OptionalInt.empty();
  }

  /** The line that heads a tab's section: {@code label} below a heading of {@code level}, or bold at {@code indent}. */
  static String label(String indent, int level, String label) {
    return indent.isEmpty() ? "#".repeat(Math.min(level + 1, 6)) + " " + label : indent + "**" + label + "**";
  }
}
