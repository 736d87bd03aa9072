package org.fieldguide.model;

/** How the text of a page relates to the default-language original. */
public enum TranslationState {
  /** The page is in the default language, or has no text (a section without {@code _index.md}). */
  ORIGINAL,
  /** A translation whose recorded {@code source_hash} matches the original as it is now. */
  CURRENT,
  /** A translation of an original that changed after it was translated. */
  OUTDATED,
  /** A translation without {@code source_hash}: whether it is current cannot be told. */
  UNSTAMPED,
  /** No translation: the default-language text is shown. */
  FALLBACK;

  public boolean isTranslated() {
    return this == CURRENT || this == OUTDATED || this == UNSTAMPED;
  }
}
