package org.fieldguide.index;

/**
 * Where a rendered body and its plain text are kept in a {@link BodyStore}.
 *
 * @param pack which pack file of the store
 * @param offset byte offset in it
 * @param htmlBytes length of the UTF-8 body
 * @param textBytes length of the UTF-8 plain text that follows it
 */
public record BodyRef(int pack, long offset, int htmlBytes, int textBytes) {}
