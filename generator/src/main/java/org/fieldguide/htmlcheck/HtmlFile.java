package org.fieldguide.htmlcheck;

import java.util.List;
import java.util.Set;

/** What checking needs from one HTML file: its path under the root, ids, and links. */
record HtmlFile(String path, Set<String> ids, List<HtmlLink> links, List<String> duplicateIds) {}
