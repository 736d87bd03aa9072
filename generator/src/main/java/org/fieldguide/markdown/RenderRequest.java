package org.fieldguide.markdown;

import java.util.Map;

/**
 * What the renderer needs to know about one page.
 *
 * @param file the source file as shown in messages
 * @param bodyLine file line of the first body line
 * @param checklistScope prefix of checklist item ids (the page key and language), so ticks of
 *     one page never collide with another's
 * @param admonitionTitles default titles per admonition kind in the page's language
 */
public record RenderRequest(
    String body,
    String file,
    int bodyLine,
    String checklistScope,
    Map<String, String> admonitionTitles,
    LinkRewriter links) {}
