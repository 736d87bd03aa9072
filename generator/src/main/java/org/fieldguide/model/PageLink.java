package org.fieldguide.model;

/** A resolved link from one page to another: the target and the relative URL to it. */
public record PageLink(Page target, String href) {}
