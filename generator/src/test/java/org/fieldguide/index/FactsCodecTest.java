package org.fieldguide.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
}
