package org.fieldguide.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.fieldguide.html.FragmentSanitizer.Mode;
import org.fieldguide.html.FragmentSanitizer.Removal;
import org.junit.jupiter.api.Test;

class FragmentSanitizerTest {
  private final FragmentSanitizer sanitizer = new FragmentSanitizer();

  private FragmentSanitizer.Result clean(String html) {
    return sanitizer.sanitize(html, Mode.SANITISE, (tag, url, offset) -> url);
  }

  @Test
  void removesScriptsHandlersAndScriptUrlsInAnyCase() {
    FragmentSanitizer.Result r = clean("<p onclick=\"x()\">Hi<script>alert(1)</script><a href=\"JaVaScRiPt:alert(1)\">x</a><a href=\"../b/#s\">b</a></p>");
    assertThat(r.html()).isEqualTo("<p>Hi<a>x</a><a href=\"../b/#s\">b</a></p>");
    assertThat(r.removals()).extracting(Removal::what)
        .containsExactly("onclick attribute on <p>", "<script> element", "href=\"JaVaScRiPt:alert(1)\" on <a>");
  }

  @Test
  void decodesCharacterReferencesBeforeJudgingAUrl() {
    assertThat(clean("<a href=\"&#106;avascript:alert(1)\">x</a>").html()).isEqualTo("<a>x</a>");
    assertThat(clean("<a href=\"java&#x09;script:alert(1)\">x</a>").html()).isEqualTo("<a>x</a>");
  }

  @Test
  void namesWhatIsRemovedAndWhere() {
    FragmentSanitizer.Result r = clean("<div onclick=\"x\"><script>1</script><a href=\"javascript:x\">y</a><iframe></iframe></div>");
    assertThat(r.removals()).extracting(Removal::offset, Removal::what).containsExactly(
        tuple(5, "onclick attribute on <div>"),
        tuple(17, "<script> element"),
        tuple(38, "href=\"javascript:x\" on <a>"),
        tuple(63, "<iframe> element"));
  }

  @Test
  void tokenisesCommentsAsBrowsersDo() {
    assertThat(clean("<!--><img src=x onerror=alert(1)>-->").html()).isEqualTo("<img src=\"x\">-->");
    assertThat(clean("<!---><b onmouseover=x>y</b>").html()).isEqualTo("<b>y</b>");
    assertThat(clean("<!-- <img src=x onerror=alert(1)> -->ok").html()).isEqualTo("ok");
    assertThat(clean("<![CDATA[<img src=x onerror=alert(1)>]]>").html()).isEqualTo("]]>");
  }

  @Test
  void unfinishedTagIsDroppedAndReported() {
    FragmentSanitizer.Result r = clean("<div id=\"foo\"\n*hi*");
    assertThat(r.html()).isEmpty();
    assertThat(r.removals()).extracting(Removal::what).containsExactly("an unfinished <div> tag (no closing '>')");
  }

  @Test
  void textLessThanSignsCannotOpenTags() {
    assertThat(clean("a < b <3 </ x>").html()).isEqualTo("a &lt; b &lt;3 ");
  }

  @Test
  void keepsIdsAndAnchorNamesAsLinkTargets() {
    FragmentSanitizer.Result r = clean("<a name=\"legacy\"></a><h3 id=\"x\" style=\"color:red\">X</h3>");
    assertThat(r.html()).isEqualTo("<a name=\"legacy\"></a><h3 id=\"x\">X</h3>");
    assertThat(r.ids()).containsExactly("legacy", "x");
  }

  @Test
  void urlsGoThroughTheCallerAndAreEscaped() {
    FragmentSanitizer.Result r =
        sanitizer.sanitize("<img src=\"a.png\" srcset=\"a.png 1x, b.png 2x\"><a href='x.md?a=1&amp;b=2'>x</a>", Mode.SANITISE, (tag, url, offset) -> "[" + url + "]");
    assertThat(r.html()).isEqualTo("<img src=\"[a.png]\" srcset=\"[a.png] 1x, [b.png] 2x\"><a href=\"[x.md?a=1&amp;b=2]\">x</a>");
  }

  @Test
  void trustedFragmentKeepsMarkupButFiltersDangerousTags() {
    FragmentSanitizer.Result r = sanitizer.sanitize("<style>p{}</style><b onclick=x>b</b><TEXTAREA>", Mode.TRUSTED, (tag, url, offset) -> url);
    assertThat(r.html()).isEqualTo("&lt;style>p{}&lt;/style><b onclick=x>b</b>&lt;TEXTAREA>");
    assertThat(r.removals()).isEmpty();
  }
}
