package org.fieldguide.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Zola's shortcodes in a page body, Tera calls written {@code {{ name(arg="v") }}} or, with a
 * body, {@code {% name(arg=1) %}…{% end %}}: Zola's built-in video and gist embeds become links;
 * figures and images an image; one that links to a page ({@code button(url="@/a.md", text="…")})
 * a link; the callouts of common themes ({@code note}, {@code tip}, {@code
 * warning}, {@code alert}, {@code admonition}, …) admonitions; {@code quote} a block quote;
 * {@code details} a collapsed admonition; {@code mermaid} a {@code ```mermaid} diagram. Others are left as written, with a note at their line.
 * Escaped shortcodes ({@code {{/* x *}/}}) become the literal text Zola shows.
 */
final class TeraShortcodeConverter {
  private static final int S = Pattern.DOTALL;
  private static final Pattern ESCAPED = Pattern.compile("\\{([{%])/\\*(.*?)\\*/([}%])}", S);
  // A body shortcode with no other body shortcode inside: nested ones are converted innermost first.
  private static final Pattern WITH_BODY = Pattern.compile(
      "\\{%-?\\s*(\\w+)\\s*\\(((?:(?!%}).)*?)\\)\\s*-?%}((?:(?!\\{%-?\\s*\\w+\\s*\\().)*?)\\{%-?\\s*end\\s*-?%}", S);
  private static final Pattern INLINE = Pattern.compile("\\{\\{-?\\s*(\\w+)\\s*\\(((?:(?!}}).)*?)\\)\\s*-?}}", S);
  private static final Pattern UNCLOSED = Pattern.compile("\\{%-?\\s*(\\w+)\\s*\\(((?:(?!%}).)*?)\\)\\s*-?%}", S);
  private static final Pattern ARG = Pattern.compile(
      "(\\w+)\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)'|`([^`]*)`|(\\[[^\\]]*])|([^,\\s)]+))");
  private static final Set<String> CALLOUTS =
      Set.of("note", "info", "tip", "hint", "warning", "caution", "danger", "important", "alert", "admonition", "callout", "notice");
  private static final Set<String> FIGURES = Set.of("figure", "image", "img", "fig", "resize_image");

  String convert(String body, Notes notes, Protected held) {
    String s = Regex.replace(ESCAPED, body, m -> held.hold("{" + m.group(1) + m.group(2) + m.group(3) + "}"));
    // Converting the innermost body shortcode lets the one around it match next; one left as
    // text is held, so it does not stop the one around it either.
    for (int round = 0; round < 8; round++) {
      String before = s;
      s = Regex.replace(WITH_BODY, s, m -> withBody(m, notes, held));
      if (s.equals(before)) break;
    }
    s = Regex.replace(INLINE, s, m -> inline(m, notes, held));
    return Regex.replace(UNCLOSED, s, m -> notes.mark("Zola shortcode '" + m.group(1)
        + "' has no {% end %}, so Zola would not build this page; it was left as text. Rewrite what it shows in Markdown, or remove it.")
        + held.hold(m.group()));
  }

  private static String withBody(Matcher m, Notes notes, Protected held) {
    String name = m.group(1);
    Map<String, String> a = args(m.group(2));
    String body = m.group(3);
    if (CALLOUTS.contains(name)) return callout(name, a, body, "!!!");
    if (name.equals("details") || name.equals("spoiler")) return callout("note", Map.of("title", a.getOrDefault("summary", a.getOrDefault("title", "Details"))), body, "???");
    if (name.equals("quote") || name.equals("blockquote")) return quote(a, body);
    if (name.equals("mermaid")) return ShortcodeConverter.diagram(body, held);
    String end = m.group().substring(m.start(3) - m.start() + body.length());
    String open = m.group().substring(0, m.start(3) - m.start());
    return left(name, notes) + held.hold(open) + body + held.hold(end);
  }

  private static String inline(Matcher m, Notes notes, Protected held) {
    String name = m.group(1);
    Map<String, String> a = args(m.group(2));
    String id = a.getOrDefault("id", "");
    switch (name) {
      case "youtube", "vimeo", "streamable":
        Optional<String> video = ShortcodeConverter.video(name, id, "");
        if (video.isPresent()) return video.get();
        break;
      case "gist":
        if (a.containsKey("url")) return "[Gist](" + a.get("url") + ")";
        break;
      default:
        if (FIGURES.contains(name) && (a.containsKey("src") || a.containsKey("path"))) {
          Map<String, String> figure = new LinkedHashMap<>(a);
          figure.putIfAbsent("src", a.get("path"));
          return ShortcodeConverter.figure(figure, notes);
        }
        Optional<String> link = internalLink(a);
        if (link.isPresent()) return link.get();
    }
    return left(name, notes) + held.hold(m.group());
  }

  /**
   * A shortcode that shows a link to a page of the site (a button, a card): one argument names
   * the page by Zola's {@code @/} path, another gives the text. It becomes a Markdown link, which
   * the link rewriting then points at the page's file.
   */
  private static Optional<String> internalLink(Map<String, String> a) {
    List<String> targets = a.values().stream().filter(v -> v.startsWith(Targets.ZOLA_INTERNAL)).toList();
    Optional<String> text = Stream.of("text", "title", "label", "name", "caption").map(a::get).filter(t -> t != null && !t.isBlank()).findFirst();
    if (targets.size() != 1 || text.isEmpty()) return Optional.empty();
    return Optional.of("[" + text.get().replace("]", "\\]") + "](" + targets.get(0) + ")");
  }

  private static String left(String name, Notes notes) {
    return notes.mark("Zola shortcode '" + name + "' left as text: fieldguide has no shortcodes. Rewrite what it shows in Markdown, or remove it.");
  }

  /** A callout named for its kind ({@code warning(…)}) or given it ({@code alert(type="warning")}, {@code alert(warning=true)}). */
  private static String callout(String name, Map<String, String> a, String body, String marker) {
    String kind = name;
    for (String key : new String[] {"type", "kind", "level", "class", "color"}) {
      if (a.containsKey(key)) {
        kind = a.get(key);
        break;
      }
    }
    for (String flag : new String[] {"danger", "warning", "caution", "tip", "important", "info", "note"}) {
      if ("true".equals(a.get(flag))) kind = flag;
    }
    return ShortcodeConverter.admonition(marker, kind, a.getOrDefault("title", a.getOrDefault("header", "")), body);
  }

  private static String quote(Map<String, String> a, String body) {
    String author = a.getOrDefault("author", a.getOrDefault("cite", a.getOrDefault("source", "")));
    StringBuilder out = new StringBuilder();
    for (String line : ShortcodeConverter.dedent(body).split("\n", -1)) out.append(line.isBlank() ? ">" : "> " + line).append('\n');
    if (!author.isBlank()) out.append(">\n> — ").append(author).append('\n');
    return Regex.block(out.toString());
  }

  /** Tera's named arguments: texts in any quotes, numbers, true/false and arrays (kept as written). */
  static Map<String, String> args(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = ARG.matcher(text);
    while (m.find()) {
      String value = m.group(2) != null ? m.group(2).replace("\\\"", "\"")
          : m.group(3) != null ? m.group(3).replace("\\'", "'")
          : m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5) : m.group(6);
      out.put(m.group(1), value);
    }
    return out;
  }
}
