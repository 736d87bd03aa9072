package org.fieldguide.markdown;

import java.util.List;
import java.util.Map;
import org.fieldguide.model.LinkRef;

/**
 * A page body rendered to HTML, before sanitising and post-processing.
 *
 * @param links every link destination, in source order
 * @param hrefs the URL emitted for each of {@code links}, same order
 * @param rawHtml raw HTML written in the Markdown, in source order
 * @param rawLinkRewrites URLs in raw HTML to replace in the output, as written → as published
 * @param unsafeUrls true when a link used a scheme such as {@code javascript:} that was removed
 */
public record RenderedMarkdown(
    String html, List<LinkRef> links, List<String> hrefs, List<RawHtml> rawHtml,
    Map<String, String> rawLinkRewrites, int checklistItems, boolean unsafeUrls) {}
