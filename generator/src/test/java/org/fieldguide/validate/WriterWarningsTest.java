package org.fieldguide.validate;

import java.nio.file.Path;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writer warnings through a real check: the headings come from each page's details in the body
 * store, read once per page, and a draft that no page shows is warned about too.
 */
class WriterWarningsTest {
  @TempDir Path dir;

  @Test
  void headingJumpsAreWarnedInPublishedPagesAndInDraftsNoPageShows() {
    TestSite.in(dir)
        .page("content/runbooks/deploy.md", "Deploy", "## Steps\n\n#### Too deep\n")
        .with("content/runbooks/Draft Notes.md", "---\ntitle: Notes\ndraft: true\n---\n### Skipped\n")
        .check().assertDiagnostics(
            "content/runbooks/Draft Notes.md:1:1: warning: the file name 'Draft Notes.md' has spaces or capital letters, which become"
                + " part of the page's address (where letter case matters and a space is %20); rename it to 'draft-notes.md' and update"
                + " links to it.",
            "content/runbooks/Draft Notes.md:5:1: warning: the heading level jumps from 1 to 3: screen readers and the table of"
                + " contents expect each level in turn. Use ## here, or add the missing level above.",
            "content/runbooks/deploy.md:6:1: warning: the heading level jumps from 2 to 4: screen readers and the table of"
                + " contents expect each level in turn. Use ### here, or add the missing level above.");
  }
}
