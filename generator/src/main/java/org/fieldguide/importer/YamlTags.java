package org.fieldguide.importer;

import java.util.regex.Pattern;

/**
 * Removes the Python-specific YAML tags MkDocs configurations use ({@code !!python/name:…},
 * {@code !ENV}), whose values only matter to MkDocs's plugins, so the rest can be read.
 */
final class YamlTags {
  private static final Pattern PYTHON = Pattern.compile("!!python/[\\w/.:-]+");
  private static final Pattern ENV = Pattern.compile("!ENV\\s+\\[?\\s*\\w+\\s*,\\s*([^\\]\\n]+?)\\s*\\]");
  private static final Pattern ENV_SIMPLE = Pattern.compile("!ENV\\s+");

  private YamlTags() {}

  static String strip(String yaml) {
    // Without its tag, !!python/name:x is an empty value and !!python/object/apply:x {…} its mapping.
    String s = PYTHON.matcher(yaml).replaceAll("");
    s = ENV.matcher(s).replaceAll("$1");
    return ENV_SIMPLE.matcher(s).replaceAll("");
  }
}
