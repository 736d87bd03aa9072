package org.fieldguide.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fieldguide.diagnostic.SourcePos;
import org.junit.jupiter.api.Test;

class YamlReaderTest {
  private final YamlReader reader = new YamlReader();

  @Test
  void keepsPositionsShiftedByOffset() throws Exception {
    YamlNode.Mapping m = (YamlNode.Mapping) reader.read("a: 1\nb:\n  - x\n", "f.md", 1);
    assertThat(m.entry("b").get().keyPos()).isEqualTo(new SourcePos("f.md", 3, 1));
    YamlNode.Sequence s = (YamlNode.Sequence) m.entry("b").get().value();
    assertThat(s.items().get(0).pos()).isEqualTo(new SourcePos("f.md", 4, 5));
  }

  @Test
  void keepsSourceTextOfNumbers() throws Exception {
    YamlNode.Mapping m = (YamlNode.Mapping) reader.read("v: 1.10\n", "f", 0);
    YamlNode.Scalar s = (YamlNode.Scalar) m.entry("v").get().value();
    assertThat(s.text()).isEqualTo("1.10");
    assertThat(s.kind()).isEqualTo(YamlNode.ScalarKind.DECIMAL);
  }

  @Test
  void readsYaml11BooleansAsBooleansButQuotedAsText() throws Exception {
    YamlNode.Mapping m = (YamlNode.Mapping) reader.read("a: no\nb: \"no\"\n", "f", 0);
    assertThat(((YamlNode.Scalar) m.entry("a").get().value()).kind()).isEqualTo(YamlNode.ScalarKind.BOOLEAN);
    assertThat(((YamlNode.Scalar) m.entry("b").get().value()).kind()).isEqualTo(YamlNode.ScalarKind.STRING);
  }

  @Test
  void rejectsDuplicateKeysInNestedMappings() {
    assertThatThrownBy(() -> reader.read("a:\n  x: 1\n  x: 2\n", "f", 0))
        .isInstanceOf(YamlException.class)
        .hasMessage("f:3:3: error: duplicate key 'x' (first set on line 2). Keep one of the two.");
  }

  @Test
  void emptyTextIsAnEmptyMapping() throws Exception {
    assertThat(reader.read("", "f", 0)).isInstanceOf(YamlNode.Mapping.class);
  }
}
