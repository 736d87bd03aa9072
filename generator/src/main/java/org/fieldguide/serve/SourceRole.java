package org.fieldguide.serve;

/** What a file is to the build, judged by where it lies in the site folder. */
enum SourceRole {
  PAGE,
  ASSET,
  TEMPLATE,
  STRINGS,
  STATIC,
  CONFIG,
  THEME,
  /** Read by the build from outside the source folders ({@link Elsewhere}). */
  ELSEWHERE;

  /** The change kind of any change to a file of this role; pages are refined by {@link ChangeClassifier}. */
  ChangeKind kind() {
    return switch (this) {
      case PAGE -> ChangeKind.PAGE_BODY;
      case ASSET -> ChangeKind.ASSET;
      case TEMPLATE -> ChangeKind.TEMPLATE;
      case STRINGS -> ChangeKind.TRANSLATION_STRINGS;
      case STATIC -> ChangeKind.STATIC_FILE;
      case CONFIG -> ChangeKind.SITE_CONFIG;
      case THEME -> ChangeKind.THEME;
      case ELSEWHERE -> ChangeKind.ELSEWHERE;
    };
  }
}
