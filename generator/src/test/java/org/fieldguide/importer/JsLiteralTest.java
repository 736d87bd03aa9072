package org.fieldguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading literal values out of a JavaScript or TypeScript configuration without running it. */
class JsLiteralTest {
  private static JsLiteral.Obj config(String source) {
    return JsLiteral.configObject(source, List.of("title", "url")).orElseThrow();
  }

  @Test
  void readsTextsNumbersYesNoArraysAndObjects() {
    JsLiteral.Obj o = config("module.exports = {title: 'A \\'B\\'', url: \"u\", n: 1.5, ok: true, list: ['x', `y`], nested: {k: 'v'}};");
    assertThat(o.get("title")).get().isEqualTo(new JsLiteral.Text("A 'B'", 1, 26));
    assertThat(o.get("n").map(v -> ((JsLiteral.Num) v).value())).contains(1.5);
    assertThat(o.get("ok").map(v -> ((JsLiteral.Bool) v).value())).contains(true);
    assertThat(((JsLiteral.Array) o.get("list").orElseThrow()).items()).extracting(v -> ((JsLiteral.Text) v).value()).containsExactly("x", "y");
    assertThat(((JsLiteral.Obj) o.get("nested").orElseThrow()).get("k")).get().extracting(v -> ((JsLiteral.Text) v).value()).isEqualTo("v");
  }

  @Test
  void keepsCodeAsOtherWithItsTextAndPlace() {
    JsLiteral.Obj o = config("export default {\n  title: `${name} docs`,\n  url: process.env.URL || 'https://x',\n  tagline,\n};\n");
    assertThat(o.get("title")).get().isEqualTo(new JsLiteral.Other("`${name} docs`", 2, 10));
    assertThat(o.get("url")).get().isEqualTo(new JsLiteral.Other("process.env.URL || 'https://x'", 3, 8));
    assertThat(o.get("tagline")).get().isEqualTo(new JsLiteral.Other("tagline", 4, 3));
  }

  @Test
  void skipsTypeScriptTypesCommentsAndParentheses() {
    JsLiteral.Obj o = config("""
        const config: Config = {
          // the title
          title: 'T' as const, /* url: 'wrong', */ url: 'u',
          presets: [['classic', /** @type {X} */ ({docs: {path: 'd'}}) satisfies Preset.Options]],
        } satisfies Config;
        export default config;
        """);
    assertThat(o.get("title")).get().extracting(v -> ((JsLiteral.Text) v).value()).isEqualTo("T");
    assertThat(o.get("url")).get().extracting(v -> ((JsLiteral.Text) v).value()).isEqualTo("u");
    JsLiteral.Array pair = (JsLiteral.Array) ((JsLiteral.Array) o.get("presets").orElseThrow()).items().get(0);
    assertThat(pair.items().get(1)).isInstanceOf(JsLiteral.Obj.class);
  }

  @Test
  void picksTheObjectWithMostOfTheKeys() {
    JsLiteral.Obj o = config("const other = {title: 'x'};\nasync function create() { return {title: 'Site', url: 'u'}; }\nmodule.exports = create;\n");
    assertThat(o.get("url")).isPresent();
  }

  @Test
  void readsAJsonFileWhoseObjectIsTheWholeFile() {
    JsLiteral.Obj o = JsLiteral.topObject("{\"main\": [\"a\"]}", x -> x.fields().size()).orElseThrow();
    assertThat(o.fields().keySet()).containsExactly("main");
  }

  @Test
  void findsNothingInAFileWithoutAnObject() {
    assertThat(JsLiteral.configObject("module.exports = require('./config');", List.of("title"))).isEmpty();
  }
}
