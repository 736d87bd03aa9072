package org.fieldguide.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterSplitterTest {
  private final FrontMatterSplitter splitter = new FrontMatterSplitter();

  @Test
  void splitsAndCountsBodyLine() {
    Split s = splitter.split("---\ntitle: A\nweight: 1\n---\nBody\n", "f").split().orElseThrow();
    assertThat(s.yaml()).isEqualTo("title: A\nweight: 1\n");
    assertThat(s.body()).isEqualTo("Body\n");
    assertThat(s.bodyLine()).isEqualTo(5);
  }

  @Test
  void normalisesWindowsLineEndingsAndBom() {
    String text = FrontMatterSplitter.normalise("\uFEFF---\r\ntitle: A\r\n---\r\nBody");
    assertThat(splitter.split(text, "f").split().orElseThrow().body()).isEqualTo("Body");
  }

  @Test
  void acceptsEmptyBody() {
    assertThat(splitter.split("---\ntitle: A\n---", "f").split().orElseThrow().body()).isEmpty();
  }
}
