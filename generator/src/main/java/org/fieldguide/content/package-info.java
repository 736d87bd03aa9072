/** Stage 1, discovery: the files under {@code content/} as pages, section indexes and assets. */
package org.fieldguide.content;
