/**
 * Stages 4 and 7 put together for one page: Markdown rendering with link rewriting, sanitising
 * reports and HTML post-processing, producing a {@link org.fieldguide.model.RenderedPage}.
 */
package org.fieldguide.render;
