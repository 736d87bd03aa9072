package org.fieldguide.content;

import java.nio.file.Path;

/**
 * A file found under {@code content/}.
 *
 * @param path absolute path on disk
 * @param displayPath path relative to the site folder with forward slashes, as shown in messages
 * @param contentPath path relative to {@code content/} with forward slashes
 * @param key language-neutral identity: {@code runbooks/deploy} for a page, {@code runbooks} for
 *     a section index, {@code ""} for the home page, the content path for an asset
 * @param language language code; the default language for files without a suffix
 */
public record SourceFile(
    Path path, String displayPath, String contentPath, SourceKind kind, String key, String language) {

  public boolean isMarkdown() {
    return kind != SourceKind.ASSET;
  }

  /** The content folder of this file, {@code ""} at the top. */
  public String folder() {
    int slash = contentPath.lastIndexOf('/');
    return slash < 0 ? "" : contentPath.substring(0, slash);
  }
}
