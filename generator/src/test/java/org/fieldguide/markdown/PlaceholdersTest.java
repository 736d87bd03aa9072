package org.fieldguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
  private static final char OPEN = Placeholders.OPEN;

  private static final Placeholders.Values VALUES =
      new Placeholders.Values() {
        @Override
        public String href(int index) {
          return List.of("../a/", "/dépôt/?q=1&r=\"2\"", "#top").get(index % 3) + index;
        }

        @Override
        public String checklistId(int index) {
          return "c" + index;
        }

        @Override
        public String imageSize(int index) {
          return index == 0 ? "" : " width=\"" + index + "\" height=\"7\"";
        }
      };

  private static String fill(String body) {
    return Placeholders.fill(body.getBytes(StandardCharsets.UTF_8), VALUES);
  }

  @Test
  void marksAreFilledAndEscapedWhereverTheyStandAmongTextOfAnyScript() {
    String body = "<p>é" + "<a href=\"" + Placeholders.href(1) + "\">🚀 dépôt</a>"
        + "<input data-check-id=\"" + Placeholders.checklistId(12) + "\"><img src=\"" + Placeholders.href(0) + "\""
        + Placeholders.imageSize(3) + Placeholders.imageSize(0) + ">中文</p>";

    assertThat(fill(body))
        .isEqualTo("<p>é<a href=\"/dépôt/?q=1&amp;r=&quot;2&quot;1\">🚀 dépôt</a><input data-check-id=\"c12\">"
            + "<img src=\"../a/0\" width=\"3\" height=\"7\">中文</p>");
  }

  @Test
  void otherControlAndPrivateUseCharactersAreText() {
    String body = "\u0001\u0002\u0004\uE000" + Placeholders.href(2) + "\uE001x\u0002L0\u0003\u0004";
    assertThat(fill(body)).isEqualTo("\u0001\u0002\u0004\uE000#top2\uE001x\u0002L0\u0003\u0004");
    assertThat(fill("no marks, ü")).isEqualTo("no marks, ü");
    assertThat(fill("")).isEmpty();
  }

  /**
   * Marks that are no placeholder this class made (none are expected: no page can put a U+0000 into
   * its HTML; with U+0002 marks, a character reference did, PagePipelineFuzzTest's finding) are
   * shown as U+FFFD, never taken for a placeholder or failing the build: alone, without an end,
   * of an unknown kind, not a number, or an index the page has no value for. Placeholders after
   * them are still filled.
   */
  @Test
  void marksThatAreNoPlaceholderAreReplacementCharacters() {
    String link = Placeholders.href(2);
    assertThat(fill("a" + OPEN + "b" + link)).isEqualTo("a\uFFFDb#top2");
    assertThat(fill("a" + OPEN)).isEqualTo("a\uFFFD");
    assertThat(fill(OPEN + "X1\u0003" + link)).isEqualTo("\uFFFDX1\u0003#top2");
    assertThat(fill(OPEN + "L1x\u0003")).isEqualTo("\uFFFDL1x\u0003");
    assertThat(fill(OPEN + "L\u0003")).isEqualTo("\uFFFDL\u0003");
    Placeholders.Values none = new Placeholders.Values() {
      @Override
      public String href(int index) {
        return List.<String>of().get(index);
      }

      @Override
      public String checklistId(int index) {
        return List.<String>of().get(index);
      }

      @Override
      public String imageSize(int index) {
        return List.<String>of().get(index);
      }
    };
    assertThat(Placeholders.fill(("x" + Placeholders.href(0) + "y").getBytes(StandardCharsets.UTF_8), none))
        .isEqualTo("x\uFFFDL0\u0003y");
  }

  @Test
  void aLongBodyWithManyMarksIsFilledAsStringReplacementWould() {
    Random random = new Random(7);
    StringBuilder body = new StringBuilder();
    StringBuilder expected = new StringBuilder();
    String[] texts = {"a", "é", "🚀", "中", "&lt;", "\uE000", "\u0001", " "};
    for (int i = 0; i < 2_000; i++) {
      String text = texts[random.nextInt(texts.length)].repeat(random.nextInt(40));
      body.append(text);
      expected.append(text);
      int n = random.nextInt(500);
      body.append(Placeholders.checklistId(n));
      expected.append("c").append(n);
    }
    assertThat(fill(body.toString())).isEqualTo(expected.toString());
  }
}
