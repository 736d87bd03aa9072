package org.fieldguide.model;

/** A heading listed in a page's table of contents. */
public record TocEntry(int level, String id, String text) {}
