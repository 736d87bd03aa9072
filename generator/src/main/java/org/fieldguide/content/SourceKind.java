package org.fieldguide.content;

/** What a file under {@code content/} is. */
public enum SourceKind {
  /** A Markdown page. */
  PAGE,
  /** {@code _index.md}: the page of the section (folder) it is in, or the home page at the top. */
  SECTION_INDEX,
  /** Any other file: copied to the output beside its page. */
  ASSET
}
