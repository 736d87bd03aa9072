/**
 * The guide offline: the web app manifest per language, the service worker ({@code sw.js} at the
 * site root), the list of every file of a language that "save for offline use" fetches ({@code
 * offline/<lang>.json}) and the downloadable bundle per language ({@code
 * downloads/fieldguide-<lang>.zip}) whose pages work opened from disk.
 *
 * <p>It works on the published files themselves (the staged output, after every other stage has
 * written), so the lists and bundles hold exactly what a reader would fetch. Like search, this
 * package depends on no other stage: the build hands it an {@link org.fieldguide.offline.OfflineSite}
 * record and the folder to read.
 */
package org.fieldguide.offline;
