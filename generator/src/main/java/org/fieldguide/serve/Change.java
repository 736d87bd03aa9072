package org.fieldguide.serve;

import java.util.Objects;
import java.util.Optional;

/**
 * One classified change to the site's sources.
 *
 * @param path the file (or folder) changed, relative to the site folder, with forward slashes,
 *     such as {@code content/runbooks/deploy.md}
 * @param previousPath for {@link ChangeKind#PAGE_RENAMED}, the file's former path
 */
public record Change(ChangeKind kind, String path, Optional<String> previousPath) implements Comparable<Change> {

  public Change {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(path);
    Objects.requireNonNull(previousPath);
  }

  public static Change of(ChangeKind kind, String path) {
    return new Change(kind, path, Optional.empty());
  }

  public static Change renamed(String from, String to) {
    return new Change(ChangeKind.PAGE_RENAMED, to, Optional.of(from));
  }

  @Override
  public int compareTo(Change o) {
    int c = path.compareTo(o.path);
    return c != 0 ? c : kind.compareTo(o.kind);
  }

  /** As the terminal shows it: {@code page body content/a.md}, {@code renamed page content/a.md → content/b.md}. */
  @Override
  public String toString() {
    return kind.label() + " " + previousPath.map(p -> p + " → ").orElse("") + path;
  }
}
