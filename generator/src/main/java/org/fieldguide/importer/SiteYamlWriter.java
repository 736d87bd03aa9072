package org.fieldguide.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldguide.config.FieldType;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;

/** Writes the imported site's site.yaml, with the extra fields found and the keys to ignore. */
final class SiteYamlWriter {
  static final String PLACEHOLDER_URL = "https://example.org/";

  void write(
      SourceSite site, Map<String, FieldType> declared, Set<String> ignored, Map<String, Integer> dropped, Path out,
      Diagnostics diagnostics) throws IOException {
    Map<String, Object> yaml = new LinkedHashMap<>();
    yaml.put("title", site.title());
    yaml.put("base_url", site.baseUrl().orElse(PLACEHOLDER_URL));
    yaml.put("default_language", site.defaultLanguage());
    Map<String, Object> languages = new LinkedHashMap<>();
    site.languages().forEach((code, l) -> {
      Map<String, Object> language = new LinkedHashMap<>();
      if (!l.name().isBlank()) language.put("name", l.name());
      l.title().filter(t -> !t.isBlank() && !t.equals(site.title())).ifPresent(t -> language.put("title", t));
      l.direction().ifPresent(d -> language.put("direction", d));
      languages.put(code, language);
    });
    yaml.put("languages", languages);
    if (!site.description().isBlank()) yaml.put("description", site.description().strip());
    site.repository().ifPresent(r -> yaml.put("repository", r));
    if (!declared.isEmpty() || !ignored.isEmpty()) {
      Map<String, Object> frontMatter = new LinkedHashMap<>();
      if (!declared.isEmpty()) {
        Map<String, Object> fields = new LinkedHashMap<>();
        declared.forEach((k, t) -> fields.put(k, t.id()));
        frontMatter.put("fields", fields);
      }
      if (!ignored.isEmpty()) frontMatter.put("ignore", new ArrayList<>(ignored));
      yaml.put("front_matter", frontMatter);
    }
    String text = "# Written by fieldguide import from a " + site.tool().id() + " site. See README.md: site.yaml.\n" + YamlEmitter.mapping(yaml);
    Files.writeString(out.resolve("site.yaml"), text, StandardCharsets.UTF_8);
    if (site.baseUrl().isEmpty()) {
      diagnostics.warning(new SourcePos("site.yaml", line(text, "base_url:"), 11), "the " + site.tool().id()
          + " configuration does not say where the site is published; replace " + PLACEHOLDER_URL + " with its address.");
    }
    if (!dropped.isEmpty()) {
      List<String> parts = new ArrayList<>();
      dropped.forEach((k, n) -> parts.add(k + " (" + n + " page" + (n == 1 ? "" : "s") + ")"));
      diagnostics.warning(SourcePos.file("site.yaml"), "front-matter keys that mean something else in fieldguide were left out: "
          + String.join(", ", parts) + ". type names a layout in " + site.tool().id() + "; fieldguide's type is the content type (page, runbook, …).");
    }
  }

  private static int line(String text, String prefix) {
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) if (lines[i].startsWith(prefix)) return i + 1;
    return 1;
  }
}
