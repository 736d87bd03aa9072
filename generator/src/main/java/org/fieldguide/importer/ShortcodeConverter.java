package org.fieldguide.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo shortcodes in a page body: those that show another file's text are put in first ({@link
 * HugoIncludes}); {@code ref} and {@code relref} become links to source files;
 * {@code param} the value it showed ({@link HugoParams}); Kubernetes' {@code code_sample} the
 * example file it showed, its {@code skew} and {@code feature-state} the versions they showed;
 * {@code figure} an image; {@code highlight} a fenced block; {@code mermaid} (Relearn, hugo-book,
 * Docsy) a {@code ```mermaid} diagram; tabs (hugo-book's and Relearn's {@code tabs}, Docsy's
 * {@code tabpane}, Kubernetes' {@code tabs}, each with its {@code tab}s) one section per tab, as
 * the other importers make them ({@link TabSections}); the callouts of common themes (Docsy's
 * {@code alert} and {@code pageinfo}, hugo-book's {@code hint} and {@code details}, Relearn's
 * {@code notice}, Hextra's {@code callout}, the {@code admonition} of Grafana's docs and the
 * LoveIt theme) and those named by their kind (Kubernetes' {@code note},
 * {@code caution} and {@code warning}; {@code tip}, {@code info}, {@code important}, {@code
 * danger}) admonitions. Others are left as written, with a note. Commented-out
 * shortcodes ({@code {{</* x *}/>}}) become the literal text Hugo shows.
 */
final class ShortcodeConverter {
  private static final int S = Pattern.DOTALL;
  private static final Pattern COMMENTED = Pattern.compile("\\{\\{([<%])/\\*(.*?)\\*/([>%])}}", S);
  private static final Pattern CALLOUT = Pattern.compile(
      "\\{\\{[<%]\\s*(alert|hint|notice|details|collapse|pageinfo|callout|admonition|note|tip|info|warning|caution|important|danger)\\b(.*?)[>%]}}((?:(?!\\{\\{[<%]\\s*\\1\\b).)*?)\\{\\{[<%]\\s*/\\s*\\1\\s*[>%]}}", S);
  private static final Pattern HIGHLIGHT =
      Pattern.compile("\\{\\{[<%]\\s*highlight\\s+\"?([\\w+#.-]+)\"?[^>%]*[>%]}}\\n?(.*?)\\n?\\{\\{[<%]\\s*/\\s*highlight\\s*[>%]}}", S);
  private static final Pattern MERMAID =
      Pattern.compile("\\{\\{[<%]\\s*mermaid\\b[^>%]*[>%]}}(.*?)\\{\\{[<%]\\s*/\\s*mermaid\\s*[>%]}}", S);
  private static final Pattern TABS = Pattern.compile(
      "\\{\\{[<%]\\s*(tabs|tabpane)\\b(.*?)[>%]}}((?:(?!\\{\\{[<%]\\s*(?:tabs|tabpane)\\b).)*?)\\{\\{[<%]\\s*/\\s*\\1\\s*[>%]}}", S);
  private static final Pattern TAB = Pattern.compile("\\{\\{[<%]\\s*tab\\b(.*?)[>%]}}(.*?)\\{\\{[<%]\\s*/\\s*tab\\s*[>%]}}", S);
  // Docsy's label-only tab ({{< tab header="Choose:" disabled=true />}}) shows no content.
  private static final Pattern EMPTY_TAB = Pattern.compile("\\{\\{[<%]\\s*tab\\b[^>%]*/\\s*[>%]}}");
  // Grafana's docs: code blocks shown as tabs by their language; fieldguide names each block's language above it.
  private static final Pattern CODE_TABS = Pattern.compile("\\{\\{[<%]\\s*code\\s*[>%]}}(.*?)\\{\\{[<%]\\s*/\\s*code\\s*[>%]}}", S);
  private static final Pattern REF = Pattern.compile("\\{\\{[<%]\\s*(?:rel)?ref\\s+(.*?)\\s*[>%]}}");
  private static final Pattern FIGURE = Pattern.compile("\\{\\{[<%]\\s*figure\\s+(.*?)\\s*/?[>%]}}", S);
  // Hugo's built-in embeds: the page shows the video or post; a link to it keeps what it was.
  private static final Pattern EMBED = Pattern.compile("\\{\\{[<%]\\s*(youtube|vimeo|gist|x|tweet|instagram)\\s+(.*?)\\s*/?[>%]}}");
  private static final Pattern PARAM = Pattern.compile("\\{\\{[<%]\\s*param\\s+(?:\"([^\"]+)\"|([\\w.-]+))\\s*[>%]}}");
  private static final Pattern ANY = Pattern.compile("\\{\\{([<%])\\s*(/?)\\s*([\\w./-]+)(.*?)[>%]}}", S);
  private static final Pattern ARG = Pattern.compile("(?:(\\w+)\\s*=\\s*)?(?:\"((?:[^\"\\\\]|\\\\.)*)\"|`([^`]*)`|([^\\s\"`]+))");

  // Kubernetes' version words: {{< skew currentVersion >}}, {{< feature-state for_k8s_version="v1.30" state="stable" >}}.
  private static final Pattern SKEW = Pattern.compile("\\{\\{[<%]\\s*skew\\s+(.*?)\\s*/?[>%]}}");
  private static final Pattern FEATURE_STATE = Pattern.compile("\\{\\{[<%]\\s*feature-state\\s+(.*?)\\s*/?[>%]}}");
  // Kubernetes' example files: {{% code_sample file="pods/pod.yaml" %}}, and its older codenew.
  private static final Pattern CODE_SAMPLE = Pattern.compile("\\{\\{[<%]\\s*(?:code_sample|codenew)\\s+(.*?)\\s*/?[>%]}}");

  private final HugoParams params;
  private final HugoIncludes includes;
  private final Path repository;

  /** @param repository the imported repository: example files and included files are read only inside it */
  ShortcodeConverter(HugoParams params, Path repository) {
    this.params = params;
    this.includes = new HugoIncludes(repository);
    this.repository = repository.toAbsolutePath().normalize();
  }

  String convert(String body, SourcePage page, Notes notes, Protected held) {
    String s = Regex.replace(COMMENTED, body, m -> held.hold("{{" + m.group(1) + m.group(2) + m.group(3) + "}}"));
    s = includes.convert(s, page);
    s = Regex.replace(PARAM, s, m -> {
      String key = m.group(1) != null ? m.group(1) : m.group(2);
      return params.value(page, key).orElseGet(() -> notes.mark("Hugo's param '" + key + "' is set neither in this page's front matter, a cascade of its"
          + " sections nor the configuration's params, so it was left as text. Write the value it showed.") + held.hold(m.group()));
    });
    s = Regex.replace(HIGHLIGHT, s, m -> "```" + m.group(1) + "\n" + m.group(2) + "\n```");
    s = Regex.replace(SKEW, s, m -> skew(page, args(m.group(1))).orElse(m.group()));
    s = Regex.replace(FEATURE_STATE, s, m -> featureState(page, args(m.group(1))).orElse(m.group()));
    s = Regex.replace(CODE_TABS, s, m -> Regex.block(dedent(m.group(1))));
    s = Regex.replace(MERMAID, s, m -> diagram(m.group(1), held));
    s = Regex.replace(REF, s, m -> {
      Map<String, String> args = args(m.group(1));
      String path = args.getOrDefault("path", args.getOrDefault("0", ""));
      return Targets.SOURCE_SCHEME + path;
    });
    s = Regex.replace(FIGURE, s, m -> figure(args(m.group(1)), notes));
    s = Regex.replace(EMBED, s, m -> embed(m.group(1), args(m.group(2))).orElse(m.group()));
    String withSamples = s;
    s = Regex.replace(CODE_SAMPLE, s, m -> codeSample(page, args(m.group(1)), indentAt(withSamples, m.start())).orElse(m.group()));
    // Tab sets may nest: the innermost first, until none is left.
    for (int round = 0; round < 8; round++) {
      String before = s;
      String text = s;
      s = Regex.replace(TABS, s, m -> tabs(m.group(), m.group(1), args(m.group(2)), m.group(3), text, m.start()));
      if (s.equals(before)) break;
    }
    // Callouts may nest: convert the innermost first, until none is left.
    for (int round = 0; round < 8; round++) {
      String before = s;
      s = Regex.replace(CALLOUT, s, m -> callout(m.group(1), args(m.group(2)), m.group(3)));
      if (s.equals(before)) break;
    }
    return Regex.replace(ANY, s, m -> m.group(2).equals("/")
        ? m.group()
        : notes.mark("Hugo shortcode '" + m.group(3) + "' left as text: fieldguide has no shortcodes. Rewrite what it shows in Markdown, or remove it.") + m.group());
  }

  /**
   * A diagram written in a shortcode or tag as the {@code ```mermaid} block fieldguide draws
   * (README: Markdown); held, as later passes would take Mermaid's {@code {{hexagon}}} nodes for
   * template output.
   */
  static String diagram(String source, Protected held) {
    return Regex.block(held.hold("```mermaid\n" + dedent(source) + "\n```"));
  }

  /**
   * A set of tabs as one section per tab: a heading one level below the last heading before it
   * in {@code page}, or a bold label where the set is indented (in a list or a callout, where a
   * heading cannot stand). A Docsy tab with a code language ({@code lang}, its own or its
   * {@code tabpane}'s) holds code, unless {@code text=true}. A set without a tab it knows is left
   * as written ({@code whole}), for the note every unknown shortcode gets.
   */
  private static String tabs(String whole, String name, Map<String, String> pane, String body, String page, int at) {
    int lineStart = page.lastIndexOf('\n', at - 1) + 1;
    String indent = indentAt(page, at);
    // The last heading above, outside code blocks (a shell comment is not a heading).
    int level = 1;
    LinkRewriter.Fences fences = new LinkRewriter.Fences();
    for (String line : page.substring(0, lineStart).split("\n")) {
      if (!fences.isCode(line)) level = TabSections.headingLevel(line).orElse(level);
    }
    StringBuilder out = new StringBuilder();
    Matcher tab = TAB.matcher(EMPTY_TAB.matcher(body).replaceAll(""));
    int n = 0;
    while (tab.find()) {
      n++;
      Map<String, String> a = args(tab.group(1));
      String label = a.getOrDefault("header", a.getOrDefault("title", a.getOrDefault("name", a.getOrDefault("0", "Tab " + n))));
      // Docsy's tabpane holds code in its lang unless text=true; Kubernetes' tab in its codelang.
      String lang = name.equals("tabpane") ? a.getOrDefault("lang", pane.getOrDefault("lang", "")) : a.getOrDefault("codelang", "");
      boolean text = "true".equals(a.getOrDefault("text", pane.getOrDefault("text", "false")));
      String content = dedent(tab.group(2));
      if (!lang.isEmpty() && !text) content = "```" + lang + "\n" + content + "\n```";
      out.append('\n').append(TabSections.label(indent, level, label)).append("\n\n");
      for (String l : content.split("\n", -1)) out.append(l.isBlank() ? "" : indent + l).append('\n');
    }
    return n == 0 ? whole : out.toString();
  }

  /**
   * A link to a video a shortcode embedded (Hugo's and Zola's {@code youtube}, {@code vimeo},
   * Zola's {@code streamable}), its title (the player's accessible name) as the link's text where
   * it has one; empty without an id.
   */
  static Optional<String> video(String site, String id, String title) {
    if (id.isEmpty()) return Optional.empty();
    String text = title.isBlank() ? null : title.replace("]", "\\]");
    return Optional.ofNullable(switch (site) {
      case "youtube" -> "[" + (text == null ? "YouTube video" : text) + "](https://www.youtube.com/watch?v=" + id + ")";
      case "vimeo" -> "[" + (text == null ? "Vimeo video" : text) + "](https://vimeo.com/" + id + ")";
      case "streamable" -> "[" + (text == null ? "Streamable video" : text) + "](https://streamable.com/" + id + ")";
      default -> null;
    });
  }

  /** A link to what one of Hugo's built-in embeds shows; empty without the arguments it needs. */
  private static Optional<String> embed(String name, Map<String, String> a) {
    String id = a.getOrDefault("id", a.getOrDefault("0", ""));
    String link = switch (name) {
      case "youtube", "vimeo" -> video(name, id, a.getOrDefault("title", "")).orElse(null);
      case "instagram" -> id.isEmpty() ? null : "[Instagram post](https://www.instagram.com/p/" + id + "/)";
      // {{< gist user id [file] >}}, as Hugo's own once was: positional only.
      case "gist" -> a.containsKey("1") ? "[Gist](https://gist.github.com/" + a.get("0") + "/" + a.get("1") + ")" : null;
      // x and tweet take user= and id=.
      default -> a.containsKey("user") && a.containsKey("id") ? "[Post on X](https://x.com/" + a.get("user") + "/status/" + a.get("id") + ")" : null;
    };
    return Optional.ofNullable(link);
  }

  /**
   * The file a Kubernetes {@code code_sample} shows, as a fenced block named by its file: it is read
   * from the {@code examples} folder nearest the page (Kubernetes keeps {@code content/<lang>/examples/}),
   * in the language its {@code language} or extension says. Empty (left, with the note every
   * shortcode gets) when there is no such file in the repository.
   */
  private Optional<String> codeSample(SourcePage page, Map<String, String> a, String indent) {
    String name = a.getOrDefault("file", a.getOrDefault("0", ""));
    if (name.isBlank()) return Optional.empty();
    String language = a.getOrDefault("language", name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "");
    try {
      for (Path dir = page.file().toAbsolutePath().normalize().getParent(); dir != null && dir.startsWith(repository); dir = dir.getParent()) {
        Path file = dir.resolve("examples").resolve(name).normalize();
        if (!file.startsWith(dir.resolve("examples")) || !SourceFiles.insideRepository(file, repository)) continue;
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").stripTrailing();
        String fence = text.contains("```") ? "~~~~" : "```";
        // Indented as the shortcode was (a step of a numbered list), after its first line, which stands where the shortcode did.
        String block = "`" + name + "`\n\n" + fence + language + "\n" + text + "\n" + fence;
        return Optional.of(block.replace("\n", "\n" + indent).replaceAll("\n" + indent + "(?=\n)", "\n"));
      }
    } catch (IOException | java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The blanks before {@code at} on its line, if only blanks are there. */
  static String indentAt(String text, int at) {
    String before = text.substring(text.lastIndexOf('\n', at - 1) + 1, at);
    return before.isBlank() ? before : "";
  }

  /**
   * Kubernetes' skew: a version worked out from the site's {@code version} (the release the docs
   * describe) or {@code latest} parameter: {@code currentVersion}, {@code currentVersionAddMinor N},
   * {@code latestVersion}, {@code nextMinorVersion}, {@code prevMinorVersion}, {@code
   * oldestMinorVersion} ({@code v} left out, as Kubernetes shows them). Empty when the parameter is
   * not set or is no version.
   */
  private Optional<String> skew(SourcePage page, Map<String, String> a) {
    String what = a.getOrDefault("0", "");
    boolean current = what.startsWith("currentVersion");
    Optional<String> base = params.value(page, current ? "version" : "latest").map(v -> v.replaceFirst("^v", ""));
    Matcher v = base.map(b -> Pattern.compile("^(\\d+)\\.(\\d+)").matcher(b)).filter(Matcher::find).orElse(null);
    if (v == null) return Optional.empty();
    int minor = Integer.parseInt(v.group(2));
    int add = switch (what) {
      case "currentVersion", "latestVersion" -> 0;
      case "nextMinorVersion" -> 1;
      case "prevMinorVersion" -> -1;
      case "oldestMinorVersion" -> -2;
      case "currentVersionAddMinor" -> a.containsKey("1") && a.get("1").matches("-?\\d+") ? Integer.parseInt(a.get("1")) : Integer.MIN_VALUE;
      default -> Integer.MIN_VALUE;
    };
    if (add == Integer.MIN_VALUE) return Optional.empty();
    return Optional.of(v.group(1) + "." + (minor + add));
  }

  /** Kubernetes' feature-state: the line it showed, "Feature state: Kubernetes v1.30 [stable]". */
  private Optional<String> featureState(SourcePage page, Map<String, String> a) {
    Optional<String> version = Optional.ofNullable(a.get("for_k8s_version")).or(() -> params.value(page, "version"));
    if (version.isEmpty() || !a.containsKey("state")) return Optional.empty();
    return Optional.of("**Feature state:** `Kubernetes " + version.get() + " [" + a.get("state") + "]`");
  }

  /** A figure as a Markdown image: {@code src}, {@code alt} (or {@code caption}, {@code title}), {@code link}. */
  static String figure(Map<String, String> a, Notes notes) {
    String src = a.getOrDefault("src", a.getOrDefault("0", ""));
    String alt = a.getOrDefault("alt", a.getOrDefault("caption", a.getOrDefault("title", "")));
    String image = "![" + alt.replace("]", "\\]") + "](" + src + (a.containsKey("title") ? " \"" + a.get("title").replace("\"", "'") + "\"" : "") + ")";
    if (a.containsKey("link")) image = "[" + image + "](" + a.get("link") + ")";
    String caption = a.containsKey("caption") && !a.get("caption").equals(alt) ? "\n\n*" + a.get("caption") + "*" : "";
    String note = alt.isBlank() ? notes.mark("this image (from a figure shortcode) has no alt text; describe the image in it.") : "";
    return Regex.block(note + image + caption);
  }

  private static String callout(String name, Map<String, String> a, String body) {
    String kind = switch (name) {
      case "alert" -> a.getOrDefault("color", "note");
      case "hint" -> a.getOrDefault("0", "note");
      case "notice" -> a.getOrDefault("0", "note");
      // Hextra's: default, info, warning, error, important.
      case "callout" -> a.getOrDefault("type", "note");
      // Grafana's docs name only the type; LoveIt's may be positional: type, title, open.
      case "admonition" -> a.getOrDefault("type", a.getOrDefault("0", "note"));
      case "details", "collapse", "pageinfo" -> "note";
      default -> name;
    };
    String title = switch (name) {
      // hugo-book's: a title; Hugo's own (0.140): summary=.
      case "details" -> a.getOrDefault("summary", a.getOrDefault("title", a.getOrDefault("0", "Details")));
      case "notice", "admonition" -> a.getOrDefault("title", a.getOrDefault("1", ""));
      // Grafana's docs: a title to click.
      case "collapse" -> a.getOrDefault("title", "Details");
      default -> a.getOrDefault("title", "");
    };
    boolean collapsed = name.equals("details") && !"true".equals(a.get("open")) || name.equals("collapse")
        || name.equals("admonition") && "false".equals(a.getOrDefault("open", a.getOrDefault("2", "true")));
    return admonition(collapsed ? "???" : "!!!", kind, title, body);
  }

  /**
   * An admonition ({@code !!!}, or {@code ???} collapsed) of the kind fieldguide has nearest to
   * a theme's callout kind or colour, with the body indented under it.
   */
  static String admonition(String marker, String kind, String title, String body) {
    String admonition = CalloutKinds.nearest(kind).orElse("note");
    String head = marker + " " + admonition + (title.isBlank() ? "" : " \"" + title.replace("\"", "'") + "\"");
    return Regex.block(head + "\n" + Regex.indent(dedent(body), 4));
  }

  /** Removes the indentation every non-blank line shares. */
  static String dedent(String text) {
    int min = Integer.MAX_VALUE;
    for (String l : text.split("\n")) {
      if (!l.isBlank()) min = Math.min(min, l.length() - l.stripLeading().length());
    }
    if (min == Integer.MAX_VALUE || min == 0) return text.strip();
    StringBuilder out = new StringBuilder();
    for (String l : text.split("\n", -1)) out.append(l.isBlank() ? "" : l.substring(min)).append('\n');
    return out.toString().strip();
  }

  /** Shortcode arguments: positional ones under "0", "1", …, named ones under their name. */
  static Map<String, String> args(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = ARG.matcher(text);
    int position = 0;
    while (m.find()) {
      String value = m.group(2) != null ? m.group(2).replace("\\\"", "\"") : m.group(3) != null ? m.group(3) : m.group(4);
      if (value == null) continue;
      out.put(m.group(1) != null ? m.group(1) : Integer.toString(position++), value);
    }
    return out;
  }
}
