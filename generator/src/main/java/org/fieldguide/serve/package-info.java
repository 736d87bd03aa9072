/**
 * {@code fieldguide serve}: a development server for writers. It builds the site into a temporary
 * folder outside the site, serves it on the loopback interface under the site's published base
 * path, watches the sources, classifies each batch of changes ({@link org.fieldguide.serve.ChangeKind}),
 * hands it to a {@link org.fieldguide.serve.Rebuilder}, and tells every open page to reload (or
 * to swap its stylesheets, or to show the build's errors) over Server-Sent Events.
 *
 * <p>The rebuild itself sits behind the narrow {@link org.fieldguide.serve.Rebuilder} interface:
 * {@link org.fieldguide.serve.FullRebuilder} (a whole build per change) is the only class here that
 * knows the build; an incremental build session can replace it without touching the rest.
 */
package org.fieldguide.serve;
