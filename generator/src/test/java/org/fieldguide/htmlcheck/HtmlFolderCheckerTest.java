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

  @Test
  void relativeLinksResolveAgainstBaseHref() throws Exception {
    write("en/a/index.html",
        "<head><base href=\"/docs/en/\"></head><a href=\"b/\">b</a>\n<a href=\"a/#s\">s</a>\n<a href=\"x/\">x</a>\n<a href=\"#intro\">i</a>");
    write("en/index.html", "<h2 id=intro>Intro</h2>");
    write("en/b/index.html", "b");
    write("other/index.html", "<base href=\"https://guides.example.org/docs/en/b/\"><a href=\"../a/\">a</a><a href=\"#nope\">n</a>");
    write("rel/index.html", "<base href=\"../en/\"><a href=\"b/\">b</a><a href=\"c/\">c</a>");
    assertThat(check("/docs/")).isEqualTo(
        "en/a/index.html:2:1: error: anchor '#s' not found in en/a/index.html.\n"
            + "en/a/index.html:3:1: error: link 'x/' points to nothing: en/x does not exist.\n"
            + "other/index.html:1:73: error: anchor '#nope' not found in en/b/index.html.\n"
            + "rel/index.html:1:39: error: link 'c/' points to nothing: en/c does not exist.");
  }

  @Test
  void reportsBaseHrefOutsideTheSite() throws Exception {
    write("index.html", "<base href=\"/elsewhere/\"><a href=\"a.html\">a</a>");
    write("a.html", "a");
    assertThat(check("/docs/")).isEqualTo(
        "index.html:1:1: error: <base href> '/elsewhere/' is outside the site's base path /docs/; relative links were checked against the file's own place.");
  }

  @Test
  void checksEverySrcsetCandidate() throws Exception {
    write("index.html", "<img src=\"a.png\" srcset=\"a.png 1x, a@2x.png 2x,b 1.5x, c.png 480w, e,f.png 3x\" alt=\"\">\n"
        + "<picture><source srcset=\"d.webp\"><img src=\"a.png\" alt=\"\"></picture>");
    write("a.png", "png");
    write("b", "png");
    assertThat(check("/")).isEqualTo(
        "index.html:1:1: error: image (srcset) 'a@2x.png' points to nothing: a@2x.png does not exist.\n"
            + "index.html:1:1: error: image (srcset) 'c.png' points to nothing: c.png does not exist; did you mean a.png?\n"
            + "index.html:1:1: error: image (srcset) 'e,f.png' points to nothing: e,f.png does not exist.\n"
            + "index.html:2:10: error: source (srcset) 'd.webp' points to nothing: d.webp does not exist.");
  }

  @Test
  void flagsImagesWithoutSrcOrWithAnEmptyOne() throws Exception {
    write("index.html", "<img alt=\"a\">\n<img src=\"\" alt=\"b\">\n<img src=\" \" alt=\"c\">");
    assertThat(check("/")).isEqualTo(
        "index.html:1:1: error: image without src: browsers show nothing, or a broken image. Add the image's address, or remove the element.\n"
            + "index.html:2:1: error: image with an empty src: browsers show a broken image (and may load the page itself again). Add the image's address, or remove the element.\n"
            + "index.html:3:1: error: image with an empty src: browsers show a broken image (and may load the page itself again). Add the image's address, or remove the element.");
  }

  @Test
  void triesTheFragmentAsWrittenAndDecoded() throws Exception {
    write("index.html", "<h2 id=\"caf%C3%A9\">raw</h2><h2 id=\"señal\">decoded</h2>"
        + "<a href=\"#caf%C3%A9\">1</a><a href=\"#se%C3%B1al\">2</a><a href=\"#se%C3%B1a\">3</a>");
    assertThat(check("/")).isEqualTo("index.html:1:108: error: anchor '#seña' not found in index.html; did you mean 'señal'?");
  }

  @Test
  void acceptsTopAndTheEmptyFragmentWithoutSuchAnId() throws Exception {
    write("index.html", "<a href=\"#top\">t</a><a href=\"#\">e</a><a href=\"a.html#TOP\">a</a><a href=\"a.html#\">b</a>");
    write("a.html", "a");
    assertThat(check("/")).isEmpty();
  }
}
