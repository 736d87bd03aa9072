package org.fieldguide.markdown;

import java.util.List;

/**
 * A page body rendered to HTML, before sanitising and post-processing.
 *
 * @param rawHtml raw HTML written in the Markdown, in source order
 * @param unsafeUrls true when a link used a scheme such as {@code javascript:} that was removed
 */
public record RenderedMarkdown(
    String html, List<LinkRef> links, List<RawHtml> rawHtml, int checklistItems, boolean unsafeUrls) {}
