package org.fieldguide.model;

import java.util.List;
import java.util.Set;


/**
 * A page after stages 4 and 7: its body as finished HTML and what later stages need to know
 * about it.
 *
 * @param ids element ids in the body, the targets of {@code #fragment} links
 * @param prerequisites front matter prerequisites, resolved and validated
 * @param links the link destinations of the body as written, in source order
 * @param hrefs the URL emitted for each of {@code links}
 */
public record RenderedPage(
    Page page,
    String bodyHtml,
    Set<String> ids,
    List<TocEntry> toc,
    List<PageLink> prerequisites,
    int checklistItems,
    List<LinkRef> links,
    List<String> hrefs) {}
