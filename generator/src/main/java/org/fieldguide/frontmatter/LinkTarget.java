package org.fieldguide.frontmatter;

import org.fieldguide.diagnostic.SourcePos;

/** A page path written in front matter (such as a prerequisite), with where it was written. */
public record LinkTarget(String target, SourcePos pos) {}
