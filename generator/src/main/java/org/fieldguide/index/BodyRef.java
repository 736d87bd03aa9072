package org.fieldguide.index;

/**
 * Where a rendered body, its plain text and its page's {@link PageDetails} are kept in a {@link
 * BodyStore}: one after the other, in that order.
 *
 * @param pack which pack file of the store
 * @param offset byte offset in it
 * @param htmlBytes length of the UTF-8 body
 * @param textBytes length of the UTF-8 plain text that follows it
 * @param detailBytes length of the encoded details that follow the text
 */
public record BodyRef(int pack, long offset, int htmlBytes, int textBytes, int detailBytes) {
  long length() {
    return (long) htmlBytes + textBytes + detailBytes;
  }
}
