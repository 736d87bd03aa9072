package org.fieldguide.htmlcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldguide.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlFolderCheckerTest {
  @TempDir Path dir;

  private void write(String path, String html) throws Exception {
    Path p = dir.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, html);
  }

  private String check(String base) {
    Diagnostics d = new Diagnostics();
    new HtmlFolderChecker().check(dir, base, d);
    return String.join("\n", d.sorted().stream().map(Object::toString).toList());
  }

  @Test
  void acceptsWorkingLinksOfEveryForm() throws Exception {
    write("index.html", "<a href=\"en/\">en</a><a href=\"en/a/#s\">a</a><a href=\"/docs/en/a/\">abs</a><a href=\"https://x.example/\">x</a><a href=\"#top\">t</a><p id=top>");
    write("en/index.html", "<img src=\"../img/r.png\"><link rel=stylesheet href=\"../s.css\"><a href=\"a/index.html\">a</a>");
    write("en/a/index.html", "<h2 id=\"s\">S</h2><a href=\"mailto:a@b\">m</a>");
    write("img/r.png", "png");
    write("s.css", "body{}");
    assertThat(check("/docs/")).isEmpty();
  }

  @Test
  void reportsMissingFilesAnchorsAndImagesAtTheirHtmlPosition() throws Exception {
    write("index.html", "<html><body>\n<p>\n  <a href=\"en/b/\">b</a> <img src=\"x.png\">\n<a href=\"en/#nope\">n</a></p>");
    write("en/index.html", "<h2 id=\"intro\">Intro</h2>");
    assertThat(check("/")).isEqualTo(
        "index.html:3:3: error: link 'en/b/' points to nothing: en/b does not exist.\n"
            + "index.html:3:25: error: image 'x.png' points to nothing: x.png does not exist.\n"
            + "index.html:4:1: error: anchor '#nope' not found in en/index.html.");
  }

  @Test
  void reportsDuplicateIdsAndLinksOutsideTheBasePath() throws Exception {
    write("index.html", "<h2 id=a>A</h2><p id=a></p><a href=\"/elsewhere/\">e</a>");
    assertThat(check("/docs/")).isEqualTo(
        "index.html: error: the id 'a' is used by more than one element; links to it are ambiguous. Make the ids unique.\n"
            + "index.html:1:28: error: link '/elsewhere/' is outside the site's base path /docs/. Use a relative link or the base path.");
  }
}
