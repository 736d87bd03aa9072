package org.fieldguide.importer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code ref:} links of Grafana's documentation: {@code [Configure](ref:configure)}, whose
 * destination the page's {@code refs:} front matter gives for each place the page is published
 * ({@code pattern: /docs/alloy/}, {@code destination: /docs/alloy/<ALLOY_VERSION>/configure/}).
 * The destination for the site's own address (the pattern its base path starts with; else the
 * first) becomes the link, its version placeholders {@code latest}, as the site is published; the
 * link rewriting then finds the page it names. A name the page does not define is left, and the
 * link rewriting warns of it as of any target it cannot find.
 */
final class GrafanaRefs {
  private static final Pattern REF = Pattern.compile("(\\]\\(\\s*|^ {0,3}\\[[^\\]]+\\]:\\s*)ref:([\\w.-]+)", Pattern.MULTILINE);
  private static final Pattern VERSION = Pattern.compile("<[A-Z][A-Z0-9_]*_VERSION>");

  private final String basePath;

  /** @param basePath the imported site's base path, {@code /docs/alloy/latest/} */
  GrafanaRefs(String basePath) {
    this.basePath = basePath;
  }

  String convert(String body, SourcePage page) {
    if (!body.contains("ref:") || !(page.frontMatter().get("refs") instanceof Map<?, ?> refs)) return body;
    return Regex.replace(REF, body, m -> destination(refs.get(m.group(2))).map(d -> m.group(1) + d).orElse(m.group()));
  }

  private Optional<String> destination(Object entries) {
    if (!(entries instanceof List<?> list)) return Optional.empty();
    Optional<String> first = Optional.empty();
    for (Object e : list) {
      if (!(e instanceof Map<?, ?> m) || m.get("destination") == null) continue;
      String destination = VERSION.matcher(m.get("destination").toString()).replaceAll("latest");
      if (first.isEmpty()) first = Optional.of(destination);
      if (m.get("pattern") != null && basePath.startsWith(m.get("pattern").toString())) return Optional.of(destination);
    }
    return first;
  }
}
