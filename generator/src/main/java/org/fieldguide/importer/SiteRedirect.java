package org.fieldguide.importer;

import java.util.List;
import org.fieldguide.diagnostic.SourcePos;

/**
 * A redirect the old site's configuration made for a page that moved (MkDocs' redirects plugin,
 * Sphinx's rediraffe and reredirects extensions): the addresses the page was published at
 * before, and where they lead now. An import keeps it as an {@code aliases} entry of the page it
 * leads to, so links from elsewhere to the old address keep working.
 *
 * @param from the URL paths the old page was published at, from the site's root as {@link
 *     SourcePage#urls} gives them
 * @param to where they lead: a source file from the content root ({@code guide/install.md}, or
 *     the name without its suffix) when {@code bySource}, else a URL path from the site's root
 * @param bySource whether {@code to} names a source file
 * @param where the line of the configuration that made it, for warnings
 */
record SiteRedirect(List<String> from, String to, boolean bySource, SourcePos where) {}
