package org.fieldguide.validate;

import java.util.regex.Pattern;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.index.PageFacts;
import org.fieldguide.markdown.PageHeading;

/**
 * Mistakes that pass silently but that readers notice: a skipped heading level (screen readers
 * and the table of contents expect each level in turn) and a file name with spaces or capital
 * letters (it becomes the page's address). Warnings, from a page's facts alone.
 */
public final class WriterWarnings {
  private static final Pattern GOOD_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  public void check(PageFacts facts, Diagnostics diagnostics) {
    // The page title is the h1, so the body's first heading is expected at level 2.
    int previous = 1;
    for (PageHeading h : facts.headings()) {
      if (h.level() > previous + 1) {
        diagnostics.warning(
            h.pos(),
            "the heading level jumps from " + previous + " to " + h.level() + ": screen readers and the table of contents"
                + " expect each level in turn. Use " + "#".repeat(previous + 1) + " here, or add the missing level above.");
      }
      previous = h.level();
    }
    String path = facts.source().contentPath();
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (!GOOD_NAME.matcher(name).matches() && !name.startsWith("_index")) {
      String better = name.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
      diagnostics.warning(
          new SourcePos(facts.source().displayPath(), 1, 1),
          "the file name '" + name + "' has spaces, capital letters or other characters that become part of the page's"
              + " address; rename it to '" + better + "' (lower case, hyphens), and update links to it.");
    }
  }
}
