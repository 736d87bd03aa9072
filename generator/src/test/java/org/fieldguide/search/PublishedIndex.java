package org.fieldguide.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last build's index files of one language ({@code search/<lang>/...} by path), as the
 * published folder and the build's history hold them: a chunk group or a term shard is taken
 * over when its files are there (and recorded in {@link #taken}), a published shard is read from
 * there, and {@code index.js} gives the published version. Never the whole language at once.
 */
final class PublishedIndex implements SearchIndexWriter.Previous {
  private final String dir;
  private final Map<String, byte[]> files;
  /** The paths taken over, in the order they were. */
  final List<String> taken = new ArrayList<>();

  PublishedIndex(String language, Map<String, byte[]> files) {
    this.dir = "search/" + language + "/";
    this.files = files;
  }

  @Override
  public Optional<SearchIndexSize> takeOver(String lang, String version) {
    return Optional.empty();
  }

  @Override
  public Optional<int[]> takeOverGroup(String lang, String version, int chunks) {
    int[] sizes = new int[chunks];
    for (int i = 0; i < chunks; i++) {
      byte[] file = files.get(dir + "d" + version + "-" + i + ".js");
      if (file == null) return Optional.empty();
      sizes[i] = file.length;
    }
    for (int i = 0; i < chunks; i++) taken.add(dir + "d" + version + "-" + i + ".js");
    return Optional.of(sizes);
  }

  @Override
  public Optional<Integer> takeOverShard(String lang, String version) {
    byte[] file = files.get(dir + "t" + version + ".js");
    if (file == null) return Optional.empty();
    taken.add(dir + "t" + version + ".js");
    return Optional.of(file.length);
  }

  @Override
  public Optional<String> publishedVersion(String lang) {
    return Optional.ofNullable(files.get(dir + "index.js")).flatMap(SearchIndexWriter::versionOf);
  }

  @Override
  public Optional<byte[]> readShard(String lang, String version) {
    return Optional.ofNullable(files.get(dir + "t" + version + ".js"));
  }
}
