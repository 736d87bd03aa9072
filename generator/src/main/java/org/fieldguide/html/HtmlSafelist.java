package org.fieldguide.html;

import org.jsoup.safety.Safelist;

/**
 * What survives sanitising: the HTML Markdown produces plus the common harmless tags writers use
 * ({@code <details>}, {@code <kbd>}, …). No scripts, no event handlers, no {@code javascript:}.
 */
final class HtmlSafelist {
  private HtmlSafelist() {}

  static Safelist create() {
    return Safelist.relaxed()
        .preserveRelativeLinks(true)
        .addTags("aside", "details", "summary", "figure", "figcaption", "mark", "kbd", "samp", "var",
            "del", "ins", "s", "hr", "input", "label", "abbr", "section", "dfn", "time")
        .addAttributes(":all", "id", "class", "lang", "dir", "title", "role")
        .addAttributes("input", "type", "checked", "data-check-id")
        .addAttributes("details", "open")
        .addAttributes("th", "align")
        .addAttributes("td", "align")
        .addAttributes("a", "rel")
        .addAttributes("img", "loading", "width", "height")
        .addProtocols("a", "href", "ftp", "http", "https", "mailto", "tel")
        .addProtocols("img", "src", "http", "https");
  }
}
