package org.fieldguide.link;

import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.model.PageId;

/**
 * A {@code #fragment} that must exist in a target page. Checked after every page is rendered,
 * because ids exist only then.
 *
 * @param written the link as the writer wrote it, for messages
 */
public record FragmentCheck(SourcePos pos, PageId target, String targetFile, String fragment, String written) {}
