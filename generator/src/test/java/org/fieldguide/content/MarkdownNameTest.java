package org.fieldguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownNameTest {
  /** The grammar MarkdownName reads by hand, as the regular expression that states it. */
  private static final Pattern GRAMMAR = Pattern.compile("(.+?)(?:\\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*))?\\.md");

  /**
   * Names are split as the grammar's expression splits them: the same base and language tag, or
   * no match, for names built from the parts that matter (dots, hyphens, letters of both cases,
   * digits, line ends, a non-ASCII letter, "md").
   */
  @Test
  void namesAreSplitAsTheGrammarSplitsThem() {
    String[] parts = {"a", "es", "pt", "BR", "en", "gb", "x1", "abcd", "é", "0", ".", ".", "-", "-", "md", ".md", "\n", "\u2028", "_"};
    Random random = new Random(7);
    List<String> names = new ArrayList<>(List.of("", ".md", "a.md", "es.md", ".es.md", "a.es.md", "a.es.fr.md", "a.pt-BR.md",
        "a.pt-.md", "a.en-gb-x1.md", "a.abcd.md", "a.ES.md", "a.é.md", "a.md.md", "_index.md", "_index.es.md", "a\n.md", "a.es.MD"));
    for (int n = 0; n < 200_000; n++) {
      StringBuilder name = new StringBuilder();
      for (int k = random.nextInt(7); k >= 0; k--) name.append(parts[random.nextInt(parts.length)]);
      if (random.nextBoolean()) name.append(".md");
      names.add(name.toString());
    }
    for (String name : names) {
      Matcher m = GRAMMAR.matcher(name);
      MarkdownName split = MarkdownName.of(name);
      if (!m.matches()) {
        assertThat(split).as(name).isNull();
      } else {
        assertThat(split).as(name).isEqualTo(new MarkdownName(m.group(1), m.group(2)));
      }
      // Where the tag starts, as link resolution asks it: the dot after the base, exactly when there is a tag.
      int dot = MarkdownName.languageDot(name);
      assertThat(dot).as(name).isEqualTo(m.matches() && m.group(2) != null ? m.end(1) : -1);
    }
  }

  @Test
  void aLanguageTagIsTwoOrThreeLowerCaseLettersThenSubtagsOfTwoToEightLettersOrDigits() {
    for (String tag : List.of("es", "fil", "pt-BR", "zh-Hant-TW", "en-gb-x1", "de-12345678")) {
      assertThat(MarkdownName.isLanguageTag(tag, 0, tag.length())).as(tag).isTrue();
    }
    for (String tag : List.of("", "e", "ES", "abcd", "pt-", "pt-B", "de-123456789", "es_MX", "é")) {
      assertThat(MarkdownName.isLanguageTag(tag, 0, tag.length())).as(tag).isFalse();
    }
  }
}
