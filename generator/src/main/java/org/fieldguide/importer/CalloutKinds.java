package org.fieldguide.importer;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The admonition kind fieldguide has nearest to another generator's callout kind or colour: Hugo
 * themes' ({@code alert color="orange"}, {@code hint warning}, {@code notice}), Zola shortcodes'
 * Docusaurus's ({@code :::caution}, {@code <Admonition type>}) and
 * Sphinx's ({@code {attention}}, {@code {hint}}). One table for every importer,
 * so a kind reads the same whichever generator it comes from. {@code important} and {@code
 * caution} keep their names: fieldguide titles them so (styled as a note and a warning).
 */
final class CalloutKinds {
  private static final Map<String, String> NEAREST = Map.ofEntries(
      Map.entry("note", "note"), Map.entry("info", "note"), Map.entry("secondary", "note"), Map.entry("important", "important"),
      Map.entry("tip", "tip"), Map.entry("hint", "tip"), Map.entry("success", "tip"), Map.entry("green", "tip"),
      Map.entry("warning", "warning"), Map.entry("attention", "warning"), Map.entry("warn", "warning"), Map.entry("orange", "warning"),
      Map.entry("yellow", "warning"), Map.entry("caution", "caution"),
      Map.entry("danger", "danger"), Map.entry("error", "danger"), Map.entry("red", "danger"), Map.entry("bug", "danger"),
      Map.entry("failure", "danger"));

  private CalloutKinds() {}

  /** The fieldguide kind for {@code written} (any letter case); empty for a kind no table names. */
  static Optional<String> nearest(String written) {
    return Optional.ofNullable(NEAREST.get(written.toLowerCase(Locale.ROOT)));
  }
}
