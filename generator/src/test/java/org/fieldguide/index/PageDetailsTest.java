package org.fieldguide.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.List;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.markdown.ChecklistItem;
import org.fieldguide.markdown.LinkRef;
import org.fieldguide.markdown.PageHeading;
import org.junit.jupiter.api.Test;

/** A page's details go into the body store beside its body and come back equal, also when copied. */
class PageDetailsTest {
  private static final String FILE = "content/runbooks/deploy.md";

  private static PageDetails sample() {
    String long_ = "https://example.org/" + "a".repeat(70_000);
    return new PageDetails(
        List.of(new PageHeading(2, "steps", "Steps", new SourcePos(FILE, 4, 1)), new PageHeading(3, "d\u00e9p\u00f4t", "D\u00e9p\u00f4t \ud83d\ude80", new SourcePos(FILE, 9, 1))),
        List.of(
            new LinkRef(LinkRef.Kind.LINK, "../disk.md#top", new SourcePos(FILE, 5, 7)),
            new LinkRef(LinkRef.Kind.HTML_IMAGE, long_, new SourcePos(FILE, 6, 2)),
            // A position in another file (a snippet) and a lone surrogate: both kept as they are.
            new LinkRef(LinkRef.Kind.AUTOLINK, "x\ud800y", new SourcePos("content/_snippets/a.md", 1, 1))),
        List.of(new ChecklistItem("Power off", false, new SourcePos(FILE, 5, 3)), new ChecklistItem("", true, new SourcePos(FILE, 7, 3))));
  }

  @Test
  void detailsComeBackFromTheStoreAsTheyWentIn() {
    try (BodyStore store = BodyStore.temporary()) {
      BodyRef none = store.put("<p>a</p>", "a", PageDetails.NONE);
      BodyRef some = store.put("<h2 id=\"steps\">Steps</h2>", "Steps", sample());
      assertThat(none.detailBytes()).isZero();
      assertThat(store.details(none)).isEqualTo(PageDetails.NONE);
      assertThat(store.details(some)).isEqualTo(sample());
      assertThat(store.htmlUtf8(some)).asString(java.nio.charset.StandardCharsets.UTF_8).isEqualTo("<h2 id=\"steps\">Steps</h2>");
      assertThat(store.text(some)).isEqualTo("Steps");
      // The length search weighs the headings by, recorded without them: chars as String.length
      // counts them (the rocket is two), not bytes, of "Steps\nDépôt 🚀".
      assertThat(none.headingChars()).isZero();
      assertThat(some.headingChars())
          .isEqualTo(String.join("\n", store.headings(some).stream().map(PageHeading::text).toList()).length())
          .isEqualTo(14);

      BodyRef copied = store.copy(some);
      assertThat(copied.offset()).isGreaterThan(some.offset());
      assertThat(store.details(copied)).isEqualTo(sample());
      assertThat(store.htmlUtf8(copied)).isEqualTo(store.htmlUtf8(some));
      assertThat(store.text(copied)).isEqualTo("Steps");
      assertThat(copied.headingChars()).isEqualTo(14);
    }
  }

  @Test
  void positionsOfOneFileShareItsName() {
    PageDetails back = PageDetails.decode(ByteBuffer.wrap(sample().encode()));
    assertThat(back.links().get(0).pos().file()).isSameAs(back.headings().get(0).pos().file());
  }

  @Test
  void headingsAreReadBackOnTheirOwnAsEncoded() {
    try (BodyStore store = BodyStore.temporary()) {
      BodyRef none = store.put("<p>a</p>", "a", PageDetails.NONE);
      BodyRef some = store.put("<h2 id=\"steps\">Steps</h2>", "Steps", sample());
      assertThat(store.headings(none)).isEmpty();
      assertThat(store.headings(some)).isEqualTo(sample().headings());
    }
  }

  @Test
  void aStringOfOneByteCharsTakesOneByteEach() {
    String ascii = "a".repeat(1_000);
    String wide = "\u0101".repeat(1_000); // the first char past Latin-1
    int plain = new PageDetails(List.of(), List.of(new LinkRef(LinkRef.Kind.LINK, ascii, new SourcePos(FILE, 1, 1))), List.of()).encode().length;
    PageDetails other = new PageDetails(List.of(), List.of(new LinkRef(LinkRef.Kind.LINK, wide, new SourcePos(FILE, 1, 1))), List.of());
    assertThat(other.encode().length - plain).isEqualTo(1_000);
    assertThat(PageDetails.decode(ByteBuffer.wrap(other.encode()))).isEqualTo(other);
  }

  @Test
  void aDamagedLengthFailsWithAMessageNotAHugeArray() {
    byte[] bytes = sample().encode();
    // The first heading's id: its length follows the heading count (4 bytes) and its level (1).
    ByteBuffer.wrap(bytes).putInt(5, -Integer.MAX_VALUE);
    assertThatThrownBy(() -> PageDetails.decode(ByteBuffer.wrap(bytes)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("details in the body store");
    ByteBuffer.wrap(bytes).putInt(5, Integer.MAX_VALUE);
    assertThatThrownBy(() -> PageDetails.headings(ByteBuffer.wrap(bytes)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("details in the body store");
  }

  @Test
  void bytesThatAreNotDetailsFailWithAMessage() {
    byte[] cut = sample().encode();
    assertThatThrownBy(() -> PageDetails.decode(ByteBuffer.wrap(cut, 0, cut.length / 2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("details in the body store");
  }
}
