package org.fieldguide.validate;

import java.util.regex.Pattern;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.index.PageDetails;
import org.fieldguide.index.PageFacts;
import org.fieldguide.markdown.PageHeading;

/**
 * Mistakes that pass silently but that readers notice: a skipped heading level (screen readers
 * and the table of contents expect each level in turn) and a file name with spaces or capital
 * letters (it becomes the page's address). Warnings, from a page's facts alone.
 */
public final class WriterWarnings {
  /** Spaces and capital letters: a space becomes %20 in the address, and letter case matters there. */
  private static final Pattern BAD_NAME = Pattern.compile(".*[\\s\\p{Lu}].*");

  /** @param details the page's details (its headings), as the store keeps them */
  public void check(PageFacts facts, PageDetails details, Diagnostics diagnostics) {
    // The page title is the h1, so the body's first heading is expected at level 2.
    int previous = 1;
    for (PageHeading h : details.headings()) {
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
    if (BAD_NAME.matcher(name).matches()) {
      String better = name.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "-");
      diagnostics.warning(
          new SourcePos(facts.source().displayPath(), 1, 1),
          "the file name '" + name + "' has spaces or capital letters, which become part of the page's address (where"
              + " letter case matters and a space is %20); rename it to '" + better + "' and update links to it.");
    }
  }
}
