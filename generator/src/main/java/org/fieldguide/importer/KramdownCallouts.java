package org.fieldguide.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Call-outs that Jekyll themes style through a kramdown block attribute list: Just the Docs',
 * the most used theme for documentation, name one before a paragraph ({@code {: .warning }}), or
 * before a quote that holds several ({@code > …}), with {@code -title} ({@code {: .note-title }})
 * for a quote whose first paragraph is the title; Minimal Mistakes' notices follow their paragraph
 * ({@code {: .notice--warning}}), as Bootstrap themes' alerts do ({@code {: .alert .alert-info}}).
 * kramdown gives a list on the line right after a block to that block, else to the block after it.
 * They become admonitions, of the kind nearest to the call-out's name, else to the colour {@code
 * callouts:} in {@code _config.yml} gives it, and with the title it gives it. Left to the attribute
 * lists, the class was dropped and the call-out became a plain paragraph, silently.
 */
final class KramdownCallouts {
  private static final Pattern OPENING = Pattern.compile("^ {0,3}\\{:\\s*((?:\\.[A-Za-z][\\w-]*\\s*)+)}\\s*$");
  private static final Pattern CLASS = Pattern.compile("\\.([A-Za-z][\\w-]*)");
  private static final Pattern QUOTED = Pattern.compile("^ {0,3}> ?(.*)$");
  /** A block that is no paragraph or quote: a heading, list, fence, table, HTML or a box already made. */
  private static final Pattern OTHER_BLOCK = Pattern.compile("^ {0,3}(?:#|[*+-]\\s|\\d+[.)]\\s|```|~~~|\\||<|!!!|\\{:)");

  /** A callout as {@code callouts:} configures it: its title and colour, each may be empty. */
  record Callout(String title, String color) {}

  private final Map<String, Callout> configured;

  KramdownCallouts(Map<String, Callout> configured) {
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
      Optional<String> name = code || !m.matches() ? Optional.empty() : calloutClass(m.group(1));
      if (name.isEmpty()) {
        out.add(line);
        continue;
      }
      boolean titled = name.get().endsWith("-title");
      String base = titled ? name.get().substring(0, name.get().length() - "-title".length()) : name.get();
      String kind = kind(base).orElseThrow();
      String title = configured.containsKey(base) ? configured.get(base).title() : "";
      if (!out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
        // After its block: the paragraph or quote that ends on the line above.
        int start = out.size();
        while (start > 0 && !out.get(start - 1).isBlank()) start--;
        List<String> block = out.subList(start, out.size());
        if (OTHER_BLOCK.matcher(block.get(0)).find()) {
          out.add(line);
          continue;
        }
        List<String> content = unquoted(block);
        block.clear();
        out.addAll(admonition(kind, title, titled, content));
        continue;
      }
      if (i + 1 >= lines.size() || lines.get(i + 1).isBlank()) {
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
      out.addAll(admonition(kind, title, titled, content));
      i = next - 1;
    }
    return String.join("\n", out);
  }

  /** The lines of a quote without their markers; other lines as they are. */
  private static List<String> unquoted(List<String> block) {
    if (!block.stream().allMatch(l -> QUOTED.matcher(l).matches())) return new ArrayList<>(block);
    List<String> content = new ArrayList<>();
    for (String l : block) {
      Matcher q = QUOTED.matcher(l);
      content.add(q.matches() ? q.group(1) : l);
    }
    return content;
  }

  private static List<String> admonition(String kind, String configuredTitle, boolean titled, List<String> lines) {
    List<String> content = lines;
    String title = configuredTitle;
    if (titled) {
      int end = content.indexOf("");
      if (end < 0) end = content.size();
      title = String.join(" ", content.subList(0, end)).strip();
      content = content.subList(Math.min(content.size(), end + 1), content.size());
    }
    List<String> out = new ArrayList<>();
    out.add("!!! " + kind + (title.isBlank() ? "" : " \"" + title.replace("\"", "'") + "\""));
    for (String c : content) out.add(c.isBlank() ? "" : "    " + c);
    return out;
  }

  /** The first of a list's classes that names a call-out; empty when none does (then it is styling, dropped later). */
  private Optional<String> calloutClass(String classes) {
    Matcher c = CLASS.matcher(classes);
    while (c.find()) {
      String name = c.group(1);
      String base = name.endsWith("-title") ? name.substring(0, name.length() - "-title".length()) : name;
      if (kind(base).isPresent()) return Optional.of(name);
    }
    return Optional.empty();
  }

  /**
   * The admonition kind of a call-out's name: its own if the table knows it, Minimal Mistakes'
   * {@code notice--…} and Bootstrap's {@code alert-…} by what follows; else the configured colour's;
   * none for a class that is no call-out.
   */
  private Optional<String> kind(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (lower.equals("notice")) return Optional.of("note");
    if (lower.startsWith("notice--")) return Optional.of(CalloutKinds.nearest(lower.substring("notice--".length())).orElse("note"));
    if (lower.startsWith("alert-")) return CalloutKinds.nearest(lower.substring("alert-".length()));
    Optional<String> own = CalloutKinds.nearest(name);
    if (!configured.containsKey(name)) return own;
    return own.or(() -> CalloutKinds.nearest(configured.get(name).color())).or(() -> Optional.of("note"));
  }
}
