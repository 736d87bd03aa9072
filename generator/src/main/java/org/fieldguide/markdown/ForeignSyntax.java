package org.fieldguide.markdown;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Syntax of other documentation tools that Markdown reads as plain text or code, written into a
 * page by a writer used to them: Hugo shortcodes, Liquid and Jinja tags, MyST directives,
 * MkDocs content tabs. The page is shown, but not as the writer meant, and nothing said so; each
 * is a warning at its place, with fieldguide's own way to write it. (Code is not looked at: a page
 * that shows such syntax shows it in code.)
 */
final class ForeignSyntax {
  // Opening ones: a closing one ({{< /note >}}, {% endif %}) would say the same again.
  private static final Pattern SHORTCODE = Pattern.compile("\\{\\{[<%]\\s*(?!/)([\\w./-]+)");
  private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(?!end)([a-z_]+)\\b");
  private static final Pattern DIRECTIVE = Pattern.compile("\\{([\\w-]+)\\}.*");
  private static final Pattern COLON_DIRECTIVE = Pattern.compile(":{3,}\\{([\\w-]+)\\}.*");
  private static final Pattern TAB = Pattern.compile("===[!+]? \"([^\"]*)\"\\s*");

  private ForeignSyntax() {}

  /** Where in a run of text another tool's syntax starts, and what to say of it. */
  record Found(int offset, String message) {}

  static Optional<Found> inText(String literal) {
    Matcher m = SHORTCODE.matcher(literal);
    if (m.find()) {
      return Optional.of(new Found(m.start(), "'" + m.group() + "' is a Hugo shortcode, and fieldguide has none: it is shown as text. Write what it"
          + " showed in Markdown (fieldguide import hugo converts the common ones), or put it in `code` to show it."));
    }
    m = TAG.matcher(literal);
    if (m.find()) {
      return Optional.of(new Found(m.start(), "'" + m.group() + "' is a Liquid or Jinja tag, and fieldguide pages have no template logic: it is"
          + " shown as text. Write out what it showed, or put it in `code` to show it."));
    }
    m = COLON_DIRECTIVE.matcher(literal);
    if (m.lookingAt()) return Optional.of(new Found(0, directive(m.group(1))));
    m = TAB.matcher(literal);
    if (m.matches()) {
      return Optional.of(new Found(0, "'" + literal.strip() + "' is an MkDocs content tab, and fieldguide has no tabs: it is shown as text, and what is"
          + " indented under it as code. Give each variant a heading of its own (### " + m.group(1) + ") and unindent what it holds."));
    }
    return Optional.empty();
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
