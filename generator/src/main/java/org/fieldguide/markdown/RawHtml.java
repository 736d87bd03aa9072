package org.fieldguide.markdown;

import org.fieldguide.diagnostic.SourcePos;

/** A piece of raw HTML written in Markdown, kept for sanitising reports. */
public record RawHtml(String html, SourcePos pos) {}
