package org.fieldguide.serve;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The classified changes of one debounced batch of file events, sorted by path, for one rebuild.
 * Never empty: a batch that changed nothing the build reads is dropped before it gets here.
 */
public record ChangeSet(List<Change> changes) {

  public ChangeSet {
    if (changes.isEmpty()) throw new IllegalArgumentException("a change set holds at least one change");
    changes = changes.stream().sorted().distinct().toList();
  }

  public static ChangeSet of(Change... changes) {
    return new ChangeSet(List.of(changes));
  }

  public Set<ChangeKind> kinds() {
    return changes.stream().map(Change::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(ChangeKind.class)));
  }

  /** The paths of the changes of {@code kind}. */
  public List<String> paths(ChangeKind kind) {
    return changes.stream().filter(c -> c.kind() == kind).map(Change::path).toList();
  }

  /**
   * True when only stylesheets under a {@code static/} folder changed, so open pages can swap
   * their stylesheets instead of reloading.
   */
  public boolean onlyStylesheets() {
    return changes.stream().allMatch(c -> c.kind() == ChangeKind.STATIC_FILE && c.path().endsWith(".css"));
  }

  /** One line for the terminal: the first three changes, then how many more. */
  public String summary() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < Math.min(3, changes.size()); i++) {
      if (i > 0) s.append(", ");
      s.append(changes.get(i));
    }
    if (changes.size() > 3) s.append(" and ").append(changes.size() - 3).append(" more");
    return s.toString();
  }
}
