package org.fieldguide.content;

import java.nio.file.Path;

/**
 * A file found under {@code content/}.
 *
 * @param contentRoot the {@code content/} folder the file was found in, one object for every file
 * @param contentPath path relative to {@code content/} with forward slashes
 * @param key language-neutral identity: {@code runbooks/deploy} for a page, {@code runbooks} for
 *     a section index, {@code ""} for the home page, the content path for an asset
 * @param language language code; the default language for files without a suffix
 */
public record SourceFile(Path contentRoot, String contentPath, SourceKind kind, String key, String language) {
  /**
   * As a record's own, written out: that one goes through method handles, which the client
   * compiler does not fold away, and a build compares every file's facts with those of the cache
   * ({@code PageFacts#equals}). The record's hash code agrees with it.
   */
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof SourceFile s && kind == s.kind && java.util.Objects.equals(contentPath, s.contentPath)
        && java.util.Objects.equals(key, s.key) && java.util.Objects.equals(language, s.language) && java.util.Objects.equals(contentRoot, s.contentRoot);
  }

  /**
   * The path relative to the site folder with forward slashes, as shown in messages. Made when
   * asked: a build keeps every file's record, and this text was some 100 bytes of each.
   */
  public String displayPath() {
    return ContentScanner.CONTENT + "/" + contentPath;
  }

  /**
   * The file on disk. Made when asked, like {@link #displayPath()}: a path kept per file held its
   * bytes, and its text once anything printed it, some 340 bytes of every file for the whole build
   * (a heap dump of a 50,000-page x 3 build: 40 MB of 410 MB live in its offline stage).
   */
  public Path path() {
    return contentRoot.resolve(contentPath);
  }

  public boolean isMarkdown() {
    return kind != SourceKind.ASSET;
  }

  /** The content folder of this file, {@code ""} at the top. */
  public String folder() {
    int slash = contentPath.lastIndexOf('/');
    return slash < 0 ? "" : contentPath.substring(0, slash);
  }
}
