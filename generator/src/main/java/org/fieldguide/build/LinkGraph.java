package org.fieldguide.build;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which source files' links lead to which pages, kept both ways so that checking one file's
 * links again replaces what it linked to without walking every link of the site. Made by a full
 * build; an update of the same session changes it in place (an update that fails makes the next
 * build a full one, which makes a new graph). Not thread-safe: updates run one at a time.
 */
final class LinkGraph {
  /** Page key → content paths of the files whose links lead to it. */
  private final Map<String, Set<String>> linkedFrom = new HashMap<>();
  /** Content path → the page keys its links lead to. */
  private final Map<String, Set<String>> targets = new HashMap<>();

  /** @param linkedFrom for each page key, the content paths of the files linking to it */
  LinkGraph(Map<String, ? extends Set<String>> linkedFrom) {
    linkedFrom.forEach((key, files) -> {
      this.linkedFrom.put(key, new HashSet<>(files));
      for (String f : files) targets.computeIfAbsent(f, k -> new HashSet<>()).add(key);
    });
  }

  /** The content paths of the files whose links lead to the page {@code key}. */
  Set<String> linkingTo(String key) {
    return Set.copyOf(linkedFrom.getOrDefault(key, Set.of()));
  }

  /** Records that {@code file} now links to exactly {@code keys}. */
  void relink(String file, Set<String> keys) {
    for (String old : targets.getOrDefault(file, Set.of())) {
      Set<String> from = linkedFrom.get(old);
      if (from != null) from.remove(file);
    }
    if (keys.isEmpty()) {
      targets.remove(file);
      return;
    }
    targets.put(file, new HashSet<>(keys));
    for (String key : keys) linkedFrom.computeIfAbsent(key, k -> new HashSet<>()).add(file);
  }
}
