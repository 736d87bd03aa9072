package org.fieldguide.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Syntax of other documentation tools that Markdown reads as plain text or code, written into a
 * page by a writer used to them: Hugo shortcodes, Liquid and Jinja tags, MyST directives,
 * MkDocs content tabs, wiki links. The page is shown, but not as the writer meant, and nothing
 * said so; each is a warning at its place, with fieldguide's own way to write it. (Code is not
 * looked at: a page that shows such syntax shows it in code.)
 */
final class ForeignSyntax {
  // Opening ones: a closing one ({{< /note >}}, {% endif %}) would say the same again.
  private static final Pattern SHORTCODE = Pattern.compile("\\{\\{[<%]\\s*(?!/)([\\w./-]+)");
  private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(?!end)([a-z_]+)\\b");
  private static final Pattern DIRECTIVE = Pattern.compile("\\{([\\w-]+)\\}.*");
  private static final Pattern COLON_DIRECTIVE = Pattern.compile(":{3,}\\{([\\w-]+)\\}.*");
  // Obsidian's, Foam's and wikis' links: [[Page]], [[Page|text]], [[Page#Heading]].
  // Not right after a word (a[[1]] is an index).
  private static final Pattern WIKI_LINK = Pattern.compile("(?<![\\w\\]])\\[\\[([^\\[\\]\\n|#]+)(?:#([^\\[\\]\\n|]*))?(?:\\|([^\\[\\]\\n]*))?\\]\\]");
  private static final Pattern TAB = Pattern.compile("===[!+]? \"([^\"]*)\"\\s*");

  private ForeignSyntax() {}

  /** Where in a run of text another tool's syntax starts, and what to say of it. */
  record Found(int offset, String message) {}

  /** Every place in a run of text where another tool's syntax starts, in order. */
  static List<Found> inText(String literal) {
    List<Found> found = new ArrayList<>();
    for (Matcher m = SHORTCODE.matcher(literal); m.find(); ) {
      found.add(new Found(m.start(), "'" + m.group() + "' is a Hugo shortcode, and fieldguide has none: it is shown as text. Write what it"
          + " showed in Markdown (fieldguide import hugo converts the common ones), or put it in `code` to show it."));
    }
    for (Matcher m = TAG.matcher(literal); m.find(); ) {
      found.add(new Found(m.start(), "'" + m.group() + "' is a Liquid or Jinja tag, and fieldguide pages have no template logic: it is"
          + " shown as text. Write out what it showed, or put it in `code` to show it."));
    }
    for (Matcher m = WIKI_LINK.matcher(literal); m.find(); ) {
      String text = m.group(3) == null || m.group(3).isBlank() ? m.group(1).strip() : m.group(3).strip();
      String file = m.group(1).strip().toLowerCase(Locale.ROOT).replace(' ', '-') + ".md"
          + (m.group(2) == null || m.group(2).isBlank() ? "" : "#" + HeadingIds.slug(m.group(2).strip()));
      found.add(new Found(m.start(), "'" + m.group() + "' is a wiki link (Obsidian, Foam), which Markdown shows as text, and no link is"
          + " checked. Link to the page's file: [" + text + "](" + file + ")."));
    }
    Matcher colons = COLON_DIRECTIVE.matcher(literal);
    if (colons.lookingAt()) found.add(new Found(0, directive(colons.group(1))));
    Matcher tab = TAB.matcher(literal);
    if (tab.matches()) {
      found.add(new Found(0, "'" + literal.strip() + "' is an MkDocs content tab, and fieldguide has no tabs: it is shown as text, and what is"
          + " indented under it as code. Give each variant a heading of its own (### " + tab.group(1) + ") and unindent what it holds."));
    }
    found.sort(java.util.Comparator.comparingInt(Found::offset));
    return found;
  }

  /** What to say of a code block whose info is a MyST directive ({@code ```{note}}), if it is one. */
  static Optional<String> inFenceInfo(String info) {
    Matcher m = DIRECTIVE.matcher(info.strip());
    return m.matches() ? Optional.of(directive(m.group(1))) : Optional.empty();
  }

  private static String directive(String name) {
    String instead = AdmonitionKinds.isKnown(name) || name.equals("admonition")
        ? "write it as an admonition: !!! " + (name.equals("admonition") ? "note \"Title\"" : name) + ", its text indented by four spaces"
        : "write what it showed in Markdown (fieldguide import sphinx converts the common directives)";
    return "'{" + name + "}' is a MyST directive, and fieldguide reads none: it is shown as code. Instead, " + instead + ".";
  }
}
