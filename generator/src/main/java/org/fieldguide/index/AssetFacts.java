package org.fieldguide.index;

import org.fieldguide.content.SourceFile;

/**
 * A file under {@code content/} that is not Markdown, published beside its pages.
 *
 * @param width width in CSS pixels when it is an image whose size could be read, else 0
 * @param height height likewise
 */
public record AssetFacts(SourceFile source, int width, int height) {
  public boolean hasSize() {
    return width > 0 && height > 0;
  }
}
