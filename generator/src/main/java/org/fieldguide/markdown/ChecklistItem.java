package org.fieldguide.markdown;

import org.fieldguide.diagnostic.SourcePos;

/**
 * A task-list item ({@code - [ ] step}) of a page body.
 *
 * @param text the item's first paragraph as plain text, whitespace collapsed
 * @param done written ticked ({@code - [x]})
 */
public record ChecklistItem(String text, boolean done, SourcePos pos) {}
