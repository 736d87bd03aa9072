package org.fieldguide.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Jekyll's Liquid in a page body: what has a Markdown equivalent is converted (includes, by
 * {@link JekyllIncludes}; {@code site.baseurl} prefixes, {@code relative_url}, {@code link} and
 * {@code post_url} tags, {@code highlight} blocks, jekyll-mermaid's {@code mermaid} blocks, {@code
 * raw}, comments, the page and site titles); the rest (logic, other output) is left as written,
 * with a note.
 */
final class LiquidConverter {
  private static final int S = Pattern.DOTALL;
  private static final Pattern RAW = Pattern.compile("\\{%-?\\s*raw\\s*-?%}(.*?)\\{%-?\\s*endraw\\s*-?%}", S);
  private static final Pattern COMMENT = Pattern.compile("\\{%-?\\s*comment\\s*-?%}.*?\\{%-?\\s*endcomment\\s*-?%}", S);
  // Indented (in a list step), the closing fence is indented as the opening tag was.
  private static final Pattern HIGHLIGHT = Pattern.compile(
      "(^[ \\t]*)?\\{%-?\\s*highlight\\s+([\\w+#.-]+)[^%]*%}\\n?(.*?)\\n?[ \\t]*\\{%-?\\s*endhighlight\\s*-?%}", S | Pattern.MULTILINE);
  private static final Pattern MERMAID = Pattern.compile("\\{%-?\\s*mermaid\\s*-?%}(.*?)\\{%-?\\s*endmermaid\\s*-?%}", S);
  private static final Pattern BASEURL = Pattern.compile("\\{\\{-?\\s*site\\.(?:baseurl|url|github\\.url)\\s*-?}}");
  private static final Pattern URL_FILTER = Pattern.compile(
      "\\{\\{-?\\s*(['\"])(.*?)\\1\\s*\\|\\s*(?:relative_url|absolute_url|prepend:\\s*site\\.baseurl)\\s*-?}}");
  private static final Pattern LINK = Pattern.compile("\\{%-?\\s*link\\s+(\\S+?)\\s*-?%}");
  private static final Pattern POST_URL = Pattern.compile("\\{%-?\\s*post_url\\s+(\\S+?)\\s*-?%}");
  private static final Pattern VARIABLE = Pattern.compile("\\{\\{-?\\s*(page|site)\\.(title|description)\\s*-?}}");
  private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(\\w+)[^%]*%}");
  private static final Pattern OUTPUT = Pattern.compile("\\{\\{[^}]*}}");

  private final JekyllIncludes includes;
  private final Map<String, String> posts;
  private final String siteTitle;
  private final String siteDescription;

  /**
   * @param posts source keys of posts by their name without extension ({@code
   *     2019-05-01-launch}), as {@code post_url} names them
   */
  LiquidConverter(JekyllIncludes includes, Map<String, String> posts, String siteTitle, String siteDescription) {
    this.includes = includes;
    this.posts = posts;
    this.siteTitle = siteTitle;
    this.siteDescription = siteDescription;
  }

  /** @param page the page's file, which {@code include_relative} starts from */
  String convert(String body, Path page, String pageTitle, String pageDescription, Notes notes, Protected held) {
    // An included file's raw blocks and comments are read as the page's: Liquid reads it as part of the page.
    UnaryOperator<String> verbatim = t -> COMMENT.matcher(Regex.replace(RAW, t, m -> held.hold(m.group(1)))).replaceAll("");
    String s = includes.expand(verbatim.apply(body), page, notes, held, verbatim);
    s = Regex.replace(HIGHLIGHT, s, m -> {
      String indent = m.group(1) == null ? "" : m.group(1);
      return indent + "```" + m.group(2) + "\n" + m.group(3) + "\n" + indent + "```";
    });
    s = Regex.replace(MERMAID, s, m -> ShortcodeConverter.diagram(m.group(1), held));
    s = BASEURL.matcher(s).replaceAll("");
    s = Regex.replace(URL_FILTER, s, m -> m.group(2));
    s = Regex.replace(LINK, s, m -> Targets.SOURCE_SCHEME + "/" + stripSlash(m.group(1)));
    s = Regex.replace(POST_URL, s, m -> {
      String key = posts.get(m.group(1).contains("/") ? m.group(1).substring(m.group(1).lastIndexOf('/') + 1) : m.group(1));
      return key == null
          ? notes.mark("post_url names the post '" + m.group(1) + "', which the site does not have; point the link at the right .md file.") + m.group()
          : Targets.SOURCE_SCHEME + "/" + key;
    });
    s = Regex.replace(VARIABLE, s, m -> switch (m.group(1) + "." + m.group(2)) {
      case "page.title" -> pageTitle;
      case "page.description" -> pageDescription;
      case "site.title" -> siteTitle;
      default -> siteDescription;
    });
    s = Regex.replace(TAG, s, m -> m.group(1).startsWith("end") || List.of("else", "elsif", "when").contains(m.group(1))
        ? m.group()
        : notes.mark("Liquid tag '{% " + m.group(1) + " %}' left as text: fieldguide pages have no template logic. Write out what it shows, or remove it.") + m.group());
    s = Regex.replace(OUTPUT, s, m -> notes.mark("Liquid output '" + m.group().replaceAll("\\s+", " ")
        + "' left as text: write out its value, or remove it.") + m.group());
    return s;
  }

  private static String stripSlash(String p) {
    return p.startsWith("/") ? p.substring(1) : p;
  }
}
