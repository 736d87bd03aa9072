package org.fieldguide.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The callouts of Just the Docs, the most used Jekyll theme for documentation: a kramdown
 * attribute list naming a callout ({@code {: .warning }}) before a paragraph, or before a quote
 * that holds several ({@code > …}); with {@code -title} ({@code {: .note-title }}) the quote's
 * first paragraph is the title. They become admonitions, of the kind nearest to the callout's
 * name, else to the colour {@code callouts:} in {@code _config.yml} gives it, and with the title
 * it gives it. Left to the attribute lists, the class was dropped and the callout became a plain
 * paragraph, silently.
 */
final class JustTheDocsCallouts {
  private static final Pattern OPENING = Pattern.compile("^ {0,3}\\{:\\s*\\.([A-Za-z][\\w-]*)\\s*}\\s*$");
  private static final Pattern QUOTED = Pattern.compile("^ {0,3}> ?(.*)$");

  /** A callout as {@code callouts:} configures it: its title and colour, each may be empty. */
  record Callout(String title, String color) {}

  private final Map<String, Callout> configured;

  JustTheDocsCallouts(Map<String, Callout> configured) {
    this.configured = configured;
  }

  String convert(String body) {
    List<String> lines = List.of(body.split("\n", -1));
    List<String> out = new ArrayList<>();
    LinkRewriter.Fences fences = new LinkRewriter.Fences();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher m = OPENING.matcher(line);
      boolean code = fences.isCode(line);
      String name = m.matches() ? m.group(1) : "";
      boolean titled = name.endsWith("-title");
      String base = titled ? name.substring(0, name.length() - "-title".length()) : name;
      Optional<String> kind = code || !m.matches() ? Optional.empty() : kind(base);
      if (kind.isEmpty() || i + 1 >= lines.size() || lines.get(i + 1).isBlank()) {
        out.add(line);
        continue;
      }
      List<String> content = new ArrayList<>();
      int next = i + 1;
      if (QUOTED.matcher(lines.get(next)).matches()) {
        for (Matcher q; next < lines.size() && (q = QUOTED.matcher(lines.get(next))).matches(); next++) content.add(q.group(1));
      } else {
        for (; next < lines.size() && !lines.get(next).isBlank(); next++) content.add(lines.get(next));
      }
      String title = configured.containsKey(base) ? configured.get(base).title() : "";
      if (titled) {
        int end = content.indexOf("");
        if (end < 0) end = content.size();
        title = String.join(" ", content.subList(0, end)).strip();
        content = new ArrayList<>(content.subList(Math.min(content.size(), end + 1), content.size()));
      }
      out.add("!!! " + kind.get() + (title.isBlank() ? "" : " \"" + title.replace("\"", "'") + "\""));
      for (String c : content) out.add(c.isBlank() ? "" : "    " + c);
      i = next - 1;
    }
    return String.join("\n", out);
  }

  /** The admonition kind of a callout's name: its own if the table knows it, else its colour's; none for a class that is no callout. */
  private Optional<String> kind(String name) {
    Optional<String> own = CalloutKinds.nearest(name);
    if (!configured.containsKey(name)) return own;
    return own.or(() -> CalloutKinds.nearest(configured.get(name).color())).or(() -> Optional.of("note"));
  }
}
