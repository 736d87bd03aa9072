/**
 * The index: every source file read once into small immutable facts ({@link
 * org.fieldguide.index.PageFacts}), with rendered bodies kept on disk in a {@link
 * org.fieldguide.index.BodyStore} and facts cached between builds by the file's digest.
 */
package org.fieldguide.index;
