package org.fieldguide.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lists, sets and maps read back equal to what was written, nulls included, and unmodifiable. */
class FactsCodecTest {
  record Holder(List<String> items, Set<String> tags, Map<String, String> extra) {}

  private static Holder roundTrip(Holder h) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    new FactsCodec.Writer(out).write(h, Holder.class);
    out.flush();
    return (Holder) new FactsCodec.Reader(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))).read(Holder.class);
  }

  @Test
  void collectionsReadBackEqualAndUnmodifiable() throws IOException {
    Holder h = new Holder(List.of("a", "b", "a"), Set.of(), Map.of());
    Holder back = roundTrip(h);
    assertThat(back).isEqualTo(h);
    assertThat(back.items()).containsExactly("a", "b", "a");
    assertThatThrownBy(() -> back.items().add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(back.tags()).isEmpty();
    assertThat(back.extra()).isEmpty();
  }

  /** The compact list the reader makes refuses nulls: a list that holds one is read back another way. */
  @Test
  void aListHoldingNullReadsBackWithIt() throws IOException {
    List<String> withNull = new ArrayList<>(Arrays.asList("a", null, "c"));
    Holder back = roundTrip(new Holder(withNull, Set.of("x"), Map.of("k", "v")));
    assertThat(back.items()).containsExactly("a", null, "c");
    assertThatThrownBy(() -> back.items().set(0, "z")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(back.tags()).containsExactly("x");
    assertThat(back.extra()).containsEntry("k", "v");
  }

  enum Colour { RED, GREEN }

  sealed interface Shape permits Circle, Square {}

  record Circle(int radius) implements Shape {}

  record Square(long side, Optional<Shape> inner) implements Shape {}

  record Everything(String text, int i, Integer boxed, long l, boolean b, Colour colour, LocalDate date, Duration duration,
      Path path, Optional<String> present, Optional<String> absent, BigDecimal decimal, Object dynamic, Shape shape,
      List<Shape> shapes, Map<String, List<Integer>> nested, String nothing, List<Holder> holders) {}

  /**
   * Every kind of value the reader knows, each type met several times (the reader plans how to
   * read a type once, on meeting it first), read back equal: nested records, sealed kinds inside
   * optionals, maps of lists, values of no declared type, nulls.
   */
  @Test
  void everyKindOfValueReadsBackEqualEachTimeItsTypeComesAgain() throws IOException {
    Holder holder = new Holder(List.of("a"), Set.of("t"), Map.of("k", "v"));
    Everything e = new Everything("text", 7, 8, 9L, true, Colour.GREEN, LocalDate.of(2024, 6, 12), Duration.ofMinutes(90),
        Path.of("content/a.md"), Optional.of("here"), Optional.empty(), new BigDecimal("1.50"),
        Map.of("n", 1L, "list", List.of("x", true, LocalDate.of(2020, 1, 2))), new Square(4, Optional.of(new Circle(2))),
        List.of(new Circle(1), new Square(2, Optional.empty()), new Circle(3)), Map.of("a", List.of(1, 2), "b", List.of()), null,
        List.of(holder, holder));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    FactsCodec.Writer writer = new FactsCodec.Writer(out);
    writer.write(e, Everything.class);
    writer.write(e, Everything.class);
    out.flush();
    FactsCodec.Reader reader = new FactsCodec.Reader(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(reader.read(Everything.class)).isEqualTo(e);
    assertThat(reader.read(Everything.class)).isEqualTo(e);
  }
}
