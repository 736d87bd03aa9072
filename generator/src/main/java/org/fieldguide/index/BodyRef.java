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
 * @param headingChars length (in chars) of the page's headings' text joined by line ends: what
 *     search weighs the headings field by, known without reading the details (at 10,000 pages x
 *     3, reading them for every page took a sixth of a one-page rebuild's search stage)
 */
public record BodyRef(int pack, long offset, int htmlBytes, int textBytes, int detailBytes, int headingChars) {
  long length() {
    return (long) htmlBytes + textBytes + detailBytes;
  }
}
