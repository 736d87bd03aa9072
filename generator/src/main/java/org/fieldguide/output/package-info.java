/**
 * Stage 9, output: the site written into a staging folder and published by a swap that a failed
 * or killed build undoes ({@link org.fieldguide.output.StagedOutput}; the renames are {@link
 * org.fieldguide.output.Swap}'s, written down first in a {@link org.fieldguide.output.SwapJournal}),
 * an update in place guided by the last build's {@link org.fieldguide.output.PublishedListing},
 * and the locks and leftovers of builds sharing one output folder ({@link
 * org.fieldguide.output.FileLockHolder}, {@link org.fieldguide.output.BuildOwner}, {@link
 * org.fieldguide.output.OutputFolders}). The site-wide files (sitemap, robots.txt) are the emit
 * stage's.
 */
package org.fieldguide.output;
