package org.fieldguide.markdown;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The admonition kinds the theme styles, and the common names writers use for them. */
public final class AdmonitionKinds {
  public static final List<String> KINDS = List.of("note", "tip", "warning", "danger");
  private static final Map<String, String> ALIASES =
      Map.of("info", "note", "important", "note", "hint", "tip", "caution", "warning", "attention", "warning", "error", "danger");

  private AdmonitionKinds() {}

  static boolean isKnown(String kind) {
    String k = kind.toLowerCase(Locale.ROOT);
    return KINDS.contains(k) || ALIASES.containsKey(k);
  }

  /** The styled kind for a name; unknown names are shown as notes. */
  static String canonical(String kind) {
    String k = kind.toLowerCase(Locale.ROOT);
    if (KINDS.contains(k)) return k;
    return ALIASES.getOrDefault(k, "note");
  }
}
