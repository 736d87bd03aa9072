package org.fieldguide.markdown;

import com.vladsch.flexmark.util.data.DataKey;
import java.util.Map;

/**
 * Per-document values handed from {@link MarkdownRenderer} to our flexmark renderers. They are
 * set on each {@code Document}, never on the shared parser or renderer, so threads don't mix.
 */
final class DocumentKeys {
  private DocumentKeys() {}

  /** Link URL as written → URL to emit. */
  static final DataKey<Map<String, String>> REWRITTEN_URLS = new DataKey<>("FG_REWRITTEN_URLS", Map.of());

  static final DataKey<String> CHECKLIST_SCOPE = new DataKey<>("FG_CHECKLIST_SCOPE", "");

  static final DataKey<Map<String, String>> ADMONITION_TITLES = new DataKey<>("FG_ADMONITION_TITLES", Map.of());
}
