package org.fieldguide.markdown;

import java.util.List;
import org.fieldguide.diagnostic.Diagnostic;

/**
 * A page body rendered once from its source, and the facts found while rendering it.
 *
 * @param html the body with {@link Placeholders} for link URLs, checklist ids and image sizes
 * @param ids every id a {@code #fragment} may name: headings, explicit ids, raw HTML ids and
 *     {@code <a name>}s, footnotes
 * @param links every link and image destination in source order; placeholder numbers index it
 * @param diagnostics problems that concern this body alone (alt text, sanitised HTML, …)
 * @param text the body as plain text, for search
 * @param codeTerms words from code (commands, identifiers, alert names) worth finding
 * @param diagrams how many Mermaid diagrams ({@code ```mermaid} blocks) the body has: only a page
 *     with one loads the script that draws them
 */
public record RenderedBody(
    String html,
    List<PageHeading> headings,
    List<String> ids,
    List<LinkRef> links,
    List<ChecklistItem> checklist,
    List<Diagnostic> diagnostics,
    String text,
    List<String> codeTerms,
    int diagrams) {}
