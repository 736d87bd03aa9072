package org.fieldguide.htmlcheck;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fieldguide.diagnostic.Diagnostic;

/**
 * What checking needs from one HTML file: its path under the root, ids, links, and the problems
 * found while reading it (such as an image without {@code src}).
 *
 * @param base the document's first {@code <base href>}, against which its relative links resolve
 */
record HtmlFile(
    String path, Set<String> ids, List<HtmlLink> links, List<String> duplicateIds, Optional<HtmlLink> base, List<Diagnostic> problems) {}
