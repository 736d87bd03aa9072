package org.fieldguide.index;

import java.util.Optional;
import org.fieldguide.content.FileStats;
import org.fieldguide.content.SourceFile;

/**
 * A file under {@code content/} that is not Markdown, published beside its pages.
 *
 * @param width width in CSS pixels when it is an image whose size could be read, else 0
 * @param height height likewise
 * @param read the size and modification time the build's discovery read of the file; empty when
 *     it was not asked
 */
public record AssetFacts(SourceFile source, int width, int height, Optional<FileStats.Stat> read) {
  /** An asset whose size and time were not read. */
  public AssetFacts(SourceFile source, int width, int height) {
    this(source, width, height, Optional.empty());
  }

  public boolean hasSize() {
    return width > 0 && height > 0;
  }

  /** The same facts, with what discovery read of the file ({@code read} null: nothing). */
  public AssetFacts withRead(FileStats.Stat read) {
    return new AssetFacts(source, width, height, Optional.ofNullable(read));
  }

  /**
   * What stands for the file's bytes in the output history: its path, size and modification
   * time, the same test the index cache makes of a page's source. A copy published under the
   * same stamp is that file; empty when nothing was read.
   */
  public Optional<String> stamp() {
    return read.map(r -> "file " + r.size() + " " + r.modifiedNanos() + " " + source.contentPath());
  }
}
