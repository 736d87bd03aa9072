package org.fieldguide.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileLinksTest {
  private final FileLinks links = new FileLinks();

  @Test
  void relativeFolderLinksPointAtIndexHtml() {
    assertThat(FileLinks.link("../")).isEqualTo("../index.html");
    assertThat(FileLinks.link("../../")).isEqualTo("../../index.html");
    assertThat(FileLinks.link("./")).isEqualTo("./index.html");
    assertThat(FileLinks.link("runbooks/replace-disk/")).isEqualTo("runbooks/replace-disk/index.html");
    assertThat(FileLinks.link("../es/runbooks/")).isEqualTo("../es/runbooks/index.html");
    assertThat(FileLinks.link(".")).isEqualTo("./index.html");
    assertThat(FileLinks.link("..")).isEqualTo("../index.html");
  }

  @Test
  void fragmentsAndQueriesStayAfterIndexHtml() {
    assertThat(FileLinks.link("../a/#step-2")).isEqualTo("../a/index.html#step-2");
    assertThat(FileLinks.link("./#top")).isEqualTo("./index.html#top");
    assertThat(FileLinks.link("a/?q=disk")).isEqualTo("a/index.html?q=disk");
    assertThat(FileLinks.link("a/?q=x#y")).isEqualTo("a/index.html?q=x#y");
    // A slash after the "?" or "#" is not the path's.
    assertThat(FileLinks.link("a.html?next=b/")).isEqualTo("a.html?next=b/");
    assertThat(FileLinks.link("a.html#b/")).isEqualTo("a.html#b/");
  }

  @Test
  void filesAbsoluteAndExternalAddressesAreLeftAlone() {
    assertThat(FileLinks.link("../static/css/site.css")).isEqualTo("../static/css/site.css");
    assertThat(FileLinks.link("images/rack.svg")).isEqualTo("images/rack.svg");
    assertThat(FileLinks.link("/es/runbooks/")).isEqualTo("/es/runbooks/");
    assertThat(FileLinks.link("//cdn.example.org/x/")).isEqualTo("//cdn.example.org/x/");
    assertThat(FileLinks.link("https://guides.example.org/es/")).isEqualTo("https://guides.example.org/es/");
    assertThat(FileLinks.link("mailto:ops@example.org")).isEqualTo("mailto:ops@example.org");
    assertThat(FileLinks.link("#content")).isEqualTo("#content");
    assertThat(FileLinks.link("")).isEqualTo("");
  }

  @Test
  void onlyHrefAndSrcAttributesAreRewritten() {
    String html = "<nav><a href=\"../\">Home</a> <a class=\"x\" href=\"a/#s\">A</a></nav>\n"
        + "<p data-href=\"b/\">text href=&quot;c/&quot;</p><img src=\"img/\" alt=\"\"><link rel=\"canonical\" href=\"https://e.org/es/\">";
    assertThat(links.rewrite(html)).isEqualTo(
        "<nav><a href=\"../index.html\">Home</a> <a class=\"x\" href=\"a/index.html#s\">A</a></nav>\n"
            + "<p data-href=\"b/\">text href=&quot;c/&quot;</p><img src=\"img/index.html\" alt=\"\"><link rel=\"canonical\" href=\"https://e.org/es/\">");
  }

  @Test
  void aPageWithoutFolderLinksIsReturnedAsItIs() {
    String html = "<a href=\"a.html\">a</a>";
    assertThat(links.rewrite(html)).isSameAs(html);
  }
}
