package org.fieldguide.html;

import java.util.List;
import org.fieldguide.model.TocEntry;
import java.util.Set;

/**
 * A page body after post-processing.
 *
 * @param ids every element id in the body, the targets {@code #fragment} links may name
 * @param duplicateIds ids used by more than one element
 * @param toc level 2 and 3 headings, in order
 */
public record ProcessedHtml(String html, Set<String> ids, Set<String> duplicateIds, List<TocEntry> toc) {}
