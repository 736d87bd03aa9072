package org.fieldguide.model;

/** Where a page sits in the site: the home page, a section page, or a leaf page. */
public enum PageKind {
  HOME,
  SECTION,
  PAGE
}
