package org.fieldguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptDataTest {
  @Test
  void wrapsDataInACallToTheRegistrationFunction() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("b", List.of(1, true));
    data.put("a", null);
    byte[] json = ScriptData.json(data).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(new String(ScriptData.script("es/t0", "v1", json), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("fieldguideSearchData(\"es/t0\",\"v1\",{\"b\":[1,true],\"a\":null});\n");
    // What is not ASCII is UTF-8, in the key and version too.
    assertThat(new String(ScriptData.script("ar/d", "é", "\"قرص\"".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("fieldguideSearchData(\"ar/d\",\"é\",\"قرص\");\n");
  }

  @Test
  void escapesWhatWouldEndAStringOrALine() {
    assertThat(ScriptData.json("say \"hi\"\\\n\t\u0001\u2028")).isEqualTo("\"say \\\"hi\\\"\\\\\\n\\t\\u0001\\u2028\"");
  }
}
