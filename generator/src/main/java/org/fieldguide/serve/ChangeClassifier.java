package org.fieldguide.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a batch of changed paths into a {@link ChangeSet}, by comparing each file with the
 * {@link SourceSnapshot} of what the last build saw. Reading the files here, after the
 * debounce, rather than trusting the events is what makes editors' save dances come out right:
 * vim renames the file away and writes a new one, JetBrains writes a temporary file and renames
 * it over the page; either way the page exists before and after, so it is a body or front matter
 * change, or nothing at all when the bytes are the same.
 *
 * <p>Not thread-safe: used by the one thread that runs rebuilds.
 */
final class ChangeClassifier {
  private final SiteSources sources;
  private final SourceSnapshot snapshot;

  ChangeClassifier(SiteSources sources, SourceSnapshot snapshot) {
    this.sources = sources;
    this.snapshot = snapshot;
  }

  /** The changes the paths hold, or empty when the build would see nothing new. Updates the snapshot. */
  Optional<ChangeSet> classify(Collection<Path> paths) {
    List<Change> changes = new ArrayList<>();
    Map<String, Fingerprint> added = new LinkedHashMap<>();
    Map<String, Fingerprint> deleted = new LinkedHashMap<>();
    for (Path path : paths) {
      if (sources.isElsewhere(path)) {
        String key = sources.key(path);
        Optional<Fingerprint> before = snapshot.known(key);
        Optional<Fingerprint> now = snapshot.current(path, SourceRole.ELSEWHERE);
        // Gone, though never known (a rule file the snapshot had not read yet): still a change,
        // since the last build read it.
        if (before.isEmpty() && now.isEmpty()) changes.add(Change.of(ChangeKind.ELSEWHERE, key));
        else classifyOne(key, SourceRole.ELSEWHERE, before, now, changes, added, deleted);
        continue;
      }
      Optional<String> rel = sources.relative(path);
      if (rel.isEmpty()) continue;
      Optional<SourceRole> role = sources.role(rel.get());
      if (role.isEmpty()) continue;
      Optional<Fingerprint> before = snapshot.known(rel.get());
      Optional<Fingerprint> now = snapshot.current(path, role.get());
      if (before.isEmpty() && now.isEmpty()) {
        // Not a file before or now: a folder that went away with its files (moved out, for
        // example), or a temporary file that came and went within the batch.
        for (String gone : snapshot.knownBelow(rel.get())) {
          classifyOne(gone, sources.role(gone).orElseThrow(), snapshot.known(gone), Optional.empty(), changes, added, deleted);
        }
        continue;
      }
      classifyOne(rel.get(), role.get(), before, now, changes, added, deleted);
    }
    pairRenames(added, deleted, changes);
    added.keySet().forEach(p -> changes.add(Change.of(ChangeKind.PAGE_ADDED, p)));
    deleted.keySet().forEach(p -> changes.add(Change.of(ChangeKind.PAGE_DELETED, p)));
    return changes.isEmpty() ? Optional.empty() : Optional.of(new ChangeSet(changes));
  }

  private void classifyOne(
      String rel, SourceRole role, Optional<Fingerprint> before, Optional<Fingerprint> now,
      List<Change> changes, Map<String, Fingerprint> added, Map<String, Fingerprint> deleted) {
    if (before.equals(now)) return; // saved without a change
    snapshot.update(rel, now);
    if (role != SourceRole.PAGE) {
      changes.add(Change.of(role.kind(), rel));
    } else if (before.isEmpty()) {
      added.put(rel, now.get());
    } else if (now.isEmpty()) {
      deleted.put(rel, before.get());
    } else {
      changes.add(Change.of(before.get().sameFrontMatter(now.get()) ? ChangeKind.PAGE_BODY : ChangeKind.FRONT_MATTER, rel));
    }
  }

  /** A page deleted under one name and added with the same bytes under another was renamed or moved. */
  private static void pairRenames(Map<String, Fingerprint> added, Map<String, Fingerprint> deleted, List<Change> changes) {
    for (Iterator<Map.Entry<String, Fingerprint>> d = deleted.entrySet().iterator(); d.hasNext(); ) {
      Map.Entry<String, Fingerprint> gone = d.next();
      for (Iterator<Map.Entry<String, Fingerprint>> a = added.entrySet().iterator(); a.hasNext(); ) {
        Map.Entry<String, Fingerprint> arrived = a.next();
        if (arrived.getValue().content() == gone.getValue().content()) {
          changes.add(Change.renamed(gone.getKey(), arrived.getKey()));
          a.remove();
          d.remove();
          break;
        }
      }
    }
  }
}
