package org.fieldguide.markdown;

import org.fieldguide.diagnostic.SourcePos;

/** A heading of a page body: level, id (generated or explicit), plain text and where it is. */
public record PageHeading(int level, String id, String text, SourcePos pos) {}
