package org.fieldguide.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * A file of the source site that pages may link to (an image, a PDF); copied only when a page
 * does.
 *
 * @param urls URL paths the generator published it at, from the site's root
 * @param sourceKeys paths relative to the generator's content root
 * @param outPath where it is written under content/
 */
record SourceAsset(Path file, String shown, List<String> urls, List<String> sourceKeys, String outPath) {}
