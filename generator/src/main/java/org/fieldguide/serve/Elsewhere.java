package org.fieldguide.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Files outside the folders serve watches (see {@link SiteSources}) that the last build read, as
 * the {@link Rebuilder} names them: the alert rule files that site.yaml's globs match, and the
 * repository files that pages link to. Their changes rebuild the site like any source's.
 *
 * @param folders where such files are, watched without their subfolders
 * @param trees where they are, subfolders included (a glob such as {@code rules/**}{@code /*.yml})
 * @param files those known now, so a later save is compared with what the build read
 * @param covers whether a changed file (made, saved or deleted) is one of them
 */
public record Elsewhere(List<Path> folders, List<Path> trees, Set<Path> files, Predicate<Path> covers) {
  public static final Elsewhere NONE = new Elsewhere(List.of(), List.of(), Set.of(), p -> false);

  public Elsewhere {
    folders = List.copyOf(folders);
    trees = List.copyOf(trees);
    files = Set.copyOf(files);
  }
}
