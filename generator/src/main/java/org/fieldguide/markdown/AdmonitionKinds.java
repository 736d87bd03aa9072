package org.fieldguide.markdown;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The admonition kinds the theme styles, and the common names writers use for them. */
public final class AdmonitionKinds {
  public static final List<String> KINDS = List.of("note", "tip", "warning", "danger");
  /**
   * Kinds with a title of their own among the interface strings ({@code admonition_<kind>}): the
   * styled ones, and GitHub's alert types styled as another kind, whose word a reader should see.
   */
  public static final List<String> TITLED = java.util.stream.Stream.concat(KINDS.stream(), java.util.stream.Stream.of("important", "caution")).toList();
  /**
   * Other names, with the kind each is styled as: the usual ones, and the types MkDocs Material
   * styles (and their aliases), so that pages written for it show each admonition without a
   * warning apiece.
   */
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("info", "note"), Map.entry("important", "note"), Map.entry("hint", "tip"), Map.entry("caution", "warning"),
      Map.entry("attention", "warning"), Map.entry("error", "danger"),
      Map.entry("abstract", "note"), Map.entry("summary", "note"), Map.entry("tldr", "note"), Map.entry("todo", "note"),
      Map.entry("question", "note"), Map.entry("help", "note"), Map.entry("faq", "note"), Map.entry("example", "note"),
      Map.entry("quote", "note"), Map.entry("cite", "note"), Map.entry("success", "tip"), Map.entry("check", "tip"),
      Map.entry("done", "tip"), Map.entry("failure", "danger"), Map.entry("fail", "danger"), Map.entry("missing", "danger"),
      Map.entry("bug", "danger"));

  private AdmonitionKinds() {}

  /**
   * What to write instead of an unknown kind: every kind with its own title, in the form it was
   * written in ({@code [!NOTE]} for GitHub's quotes, whose own five come first).
   */
  static String suggestion(boolean quote) {
    if (!quote) return "Use one of " + String.join(", ", TITLED) + ".";
    List<String> github = List.of("NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION");
    List<String> more = TITLED.stream().map(k -> k.toUpperCase(Locale.ROOT)).filter(k -> !github.contains(k)).toList();
    return "Use one of GitHub's [!" + String.join("], [!", github) + "]"
        + (more.isEmpty() ? "" : ", or [!" + String.join("], [!", more) + "]") + ".";
  }

  static boolean isKnown(String kind) {
    String k = kind.toLowerCase(Locale.ROOT);
    return KINDS.contains(k) || ALIASES.containsKey(k);
  }

  /** The title of a kind as written, from {@code titles} by {@link #TITLED} kind: its own, else its styled kind's. */
  static String title(String kind, Map<String, String> titles) {
    String own = titles.get(kind.toLowerCase(Locale.ROOT));
    if (own != null) return own;
    String styled = canonical(kind);
    return titles.getOrDefault(styled, styled);
  }

  /** The styled kind for a name; unknown names are shown as notes. */
  static String canonical(String kind) {
    String k = kind.toLowerCase(Locale.ROOT);
    if (KINDS.contains(k)) return k;
    return ALIASES.getOrDefault(k, "note");
  }
}
