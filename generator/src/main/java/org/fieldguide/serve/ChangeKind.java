package org.fieldguide.serve;

/**
 * What kind of source a change touched; it decides how much a {@link Rebuilder} must redo.
 * Ordered from the narrowest to the widest scope.
 */
public enum ChangeKind {
  /** A page's Markdown body changed; its front matter did not. */
  PAGE_BODY("page body"),
  /** A page's front matter changed (title, weight, type, …): its facts shown on other pages may change. */
  FRONT_MATTER("front matter"),
  /** A new page, or a new language file of an existing page ({@code x.es.md}). */
  PAGE_ADDED("new page"),
  /** A page file was deleted (or its folder was). */
  PAGE_DELETED("deleted page"),
  /** A page file was renamed or moved: deleted under one name and added, unchanged, under another. */
  PAGE_RENAMED("renamed page"),
  /** A file under {@code content/} that is not Markdown (an image beside its pages). */
  ASSET("asset"),
  /** A file under a {@code templates/} folder (the site's own or a theme's). */
  TEMPLATE("template"),
  /** Interface strings: {@code translations/<lang>.yaml} or a theme's {@code i18n/<lang>.yaml}. */
  TRANSLATION_STRINGS("translation strings"),
  /** A file under a {@code static/} folder (the site's own or a theme's), copied as it is. */
  STATIC_FILE("static file"),
  /** {@code site.yaml}: everything may change. */
  SITE_CONFIG("site.yaml"),
  /** Any other file of a theme (a whole theme folder added or removed, for example). */
  THEME("theme"),
  /** A file outside the site's source folders that the build reads: an alert rule file, a repository file pages link to. */
  ELSEWHERE("file outside content/");

  private final String label;

  ChangeKind(String label) {
    this.label = label;
  }

  /** How the terminal names this kind, such as {@code page body}. */
  public String label() {
    return label;
  }

  /** True for the kinds that add, remove or move a page, so the set of pages changes. */
  public boolean changesPageSet() {
    return this == PAGE_ADDED || this == PAGE_DELETED || this == PAGE_RENAMED;
  }
}
