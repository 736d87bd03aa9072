package org.fieldguide.frontmatter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldguide.yaml.MappingReader;
import org.fieldguide.yaml.YamlNode;

/**
 * Reads the address fields other generators' writers use: {@code permalink} (Jekyll) or {@code
 * url} (Hugo) for the page's own URL path, and {@code aliases} for its old ones. Checks only their
 * shape: a path on this site, without host, query, fragment, dot segments or placeholders.
 */
final class UrlFields {
  private static final Pattern PLACEHOLDER = Pattern.compile("(?:^|/):([A-Za-z_]+)");

  private UrlFields() {}

  static Optional<UrlField> own(MappingReader r) {
    Optional<UrlField> permalink = r.text("permalink").flatMap(t -> field(r, "permalink", t, r.node("permalink").orElseThrow()));
    Optional<UrlField> url = r.text("url").flatMap(t -> field(r, "url", t, r.node("url").orElseThrow()));
    if (permalink.isPresent() && url.isPresent()) {
      r.reportAt(url.get().pos(), "a page has one address: 'permalink' (line " + permalink.get().pos().line()
          + ") and 'url' both set it. Keep one of the two.");
      return Optional.empty();
    }
    return permalink.or(() -> url);
  }

  static List<UrlField> aliases(MappingReader r) {
    List<UrlField> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (YamlNode n : r.nodeList("aliases")) {
      if (!(n instanceof YamlNode.Scalar s) || s.kind() != YamlNode.ScalarKind.STRING) {
        r.reportAt(n, "each of 'aliases' must be an old path of the page, such as /tests/ndt.html, found " + n.describe() + ".");
        continue;
      }
      field(r, "aliases", s.text(), n).ifPresent(f -> {
        if (seen.add(f.path())) out.add(f);
        else r.reportAt(n, "'" + f.written() + "' is listed twice in aliases. Remove one.");
      });
    }
    return List.copyOf(out);
  }

  private static Optional<UrlField> field(MappingReader r, String key, String text, YamlNode at) {
    String t = text.strip();
    String problem = null;
    Matcher placeholder = PLACEHOLDER.matcher(t);
    if (t.isEmpty()) {
      problem = "'" + key + "' is empty. Write a path such as /tests/ndt/, or remove the line.";
    } else if (t.startsWith("//") || t.matches("[A-Za-z][A-Za-z0-9+.-]*:.*") && !t.startsWith(":")) {
      problem = "'" + key + "' must be a path on this site, such as /tests/ndt/, not an address with a scheme or host; found '" + t + "'.";
    } else if (t.contains("?") || t.contains("#")) {
      problem = "'" + key + "' must be a path without ?query or #fragment, such as /tests/ndt/; found '" + t + "'.";
    } else if (t.chars().anyMatch(Character::isWhitespace)) {
      problem = "'" + key + "' must not contain spaces; write them as - or %20. Found '" + t + "'.";
    } else if (placeholder.find()) {
      problem = "'" + key + "' contains the placeholder ':" + placeholder.group(1)
          + "', which fieldguide does not fill in. Write the page's path itself, such as /2019/05/01/my-post/.";
    } else if (("/" + decoded(t) + "/").matches(".*/\\.{1,2}/.*")) {
      // Decoded first: %2E%2E is '..' to a web server too.
      problem = "'" + key + "' must not contain '.' or '..' segments. Write the path from the site's root, such as /tests/ndt/.";
    } else if (decoded(t).chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      problem = "'" + key + "' must not contain control characters (%00 to %1F, %7F), which no file name holds; found '" + t + "'.";
    }
    if (problem != null) {
      r.reportAt(at, problem);
      return Optional.empty();
    }
    return Optional.of(new UrlField(key, t, ("/" + decoded(t)).replaceAll("/{2,}", "/"), at.pos()));
  }

  /**
   * Percent escapes decoded, as a page's address is kept (a file named {@code x y.md} is at {@code
   * x y/}, and links to it are written {@code x%20y/}): written {@code /a%20b/}, the page was
   * published in a folder named {@code a%20b}, which a web server asked for /a%20b/ never finds,
   * and linked as {@code a%2520b/}. A {@code +} stays a plus, as in a path. (As link.UrlPaths
   * decodes, which this package cannot use: link reads these fields.)
   */
  private static String decoded(String path) {
    if (path.indexOf('%') < 0) return path;
    try {
      return java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return path;
    }
  }
}
