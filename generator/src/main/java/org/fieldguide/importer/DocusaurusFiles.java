package org.fieldguide.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fieldguide.link.UrlPaths;

/**
 * The files of a Docusaurus repository that links may name (pages, partials, images, static
 * files), by their path from the repository root, and the rules by which Docusaurus resolves a
 * Markdown link to a file: {@code ./x.md} and {@code ../x.md} from the page's folder,
 * {@code /x.md} from the content root (docs/ or blog/) and then the site's folder, {@code x.md}
 * from the page's folder, then the content root, then the site's folder; {@code @site/x} from the
 * site's folder. Translated pages resolve as their originals do, so a link finds the page in the
 * reader's language.
 */
final class DocusaurusFiles {
  private final Set<String> keys = new HashSet<>();
  private final List<String> contentRoots = new ArrayList<>();

  void add(String key) {
    keys.add(key);
  }

  boolean has(String key) {
    return keys.contains(key);
  }

  void contentRoot(String folder) {
    contentRoots.add(folder);
  }

  /** The path from the repository root of the file {@code path} names on {@code page}, if there is one. */
  Optional<String> resolve(SourcePage page, String path) {
    String p = UrlPaths.decode(path);
    if (p.startsWith("@site/")) return found(p.substring("@site/".length()));
    String folder = page.sourceFolder();
    String root = page.sourceKeys().isEmpty() ? "" : contentRoots.stream().filter(r -> page.sourceKeys().get(0).startsWith(r + "/")).findFirst().orElse("");
    List<String> tries = new ArrayList<>();
    if (p.startsWith("./") || p.startsWith("../")) {
      tries.add(folder);
    } else if (p.startsWith("/")) {
      tries.add(root);
      tries.add("");
    } else {
      tries.add(folder);
      tries.add(root);
      tries.add("");
    }
    for (String start : tries) {
      Optional<String> key = UrlPaths.resolve(start, p).filter(keys::contains);
      if (key.isPresent()) return key;
    }
    return Optional.empty();
  }

  private Optional<String> found(String key) {
    return UrlPaths.resolve("", key).filter(keys::contains);
  }
}
