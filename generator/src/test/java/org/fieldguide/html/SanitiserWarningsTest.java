package org.fieldguide.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sanitiser warnings added with the XSS corpus, through a whole build, with their exact text. */
class SanitiserWarningsTest {
  @TempDir Path dir;

  @Test
  void rawHtmlInAnImagesAltTextIsLeftOutAndReported() {
    TestSite.Built b = TestSite.in(dir)
        .with("content/a.md", "---\ntitle: A\n---\n![Rack <img src=x onerror=alert(1)> front](images/rack.svg)\n")
        .with("content/images/rack.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"3\"/>")
        .build()
        .assertDiagnostics(
            "content/a.md:4:8: warning: removed <img src=x onerror=alert(1)> from an image's alt text, which is plain text."
                + " Describe the image in words.");
    assertThat(b.file("en/a/index.html")).contains("<img src=\"../images/rack.svg\" alt=\"Rack  front\"").doesNotContain("onerror");
  }
}
