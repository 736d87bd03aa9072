package org.fieldguide.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SimpleYaml} gives, for the text it takes, what Jackson and SnakeYAML give ({@link
 * YamlReader#withLibraries}): the same nodes, kinds, texts and positions; and it leaves to them
 * every text it cannot be sure of, among them every one they refuse.
 */
class SimpleYamlTest {
  private final YamlReader reader = new YamlReader();

  /** What the libraries make of {@code text}, or null when they refuse it. */
  private YamlNode libraries(String text) {
    try {
      return reader.withLibraries(text, "f.md", 1);
    } catch (YamlException e) {
      return null;
    }
  }

  private void sameAsLibraries(String text) {
    YamlNode simple = SimpleYaml.read(text, "f.md", 1);
    if (simple != null) assertThat(simple).as("read of:\n%s", text).isEqualTo(libraries(text));
  }

  @Test
  void takesTheUsualFrontMatterAndReadsItAsTheLibrariesDo() {
    String text = """
        title: "Basics of out of band access part 2 (2)"
        type: training-module
        summary: 'Record the time: at which you connect it'

        weight: 390
        tags: [soft-skills, networking, "two words", 'q']
        empty: []
        estimated_time: 45m
        last_reviewed: 2024-06-12
        status: Don't panic — it's fine, (really) 100 %
        title_es: Guía práctica de los servidores
        prerequisites: [../training/containers.md, recover.md, /en/page/, ./x.md]
        duration: 1h30m
        steps:
          - first
          -   "second: quoted"
        more:
        - 0
        - 12345
        """;
    YamlNode simple = SimpleYaml.read(text, "f.md", 1);
    assertThat(simple).isNotNull().isEqualTo(libraries(text));
    assertThat(((YamlNode.Mapping) simple).entries()).hasSize(14);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "a: b", "a: b\n\n\n", "\n\na: b", "a: [b]", "a:\n  - b", "a:\n  - b\n\n  - c\nd: 1", "a: \"\"", "a: ''", "a: \"x: #y\"",
      "a: b   ", "a:   b", "a: [ ]", "a:\n- 'x'\n- \"y\"", "yes: x", "null: x", "a_b-c: d",
      "# note\na: b", "a: b\n# note", "  # note\na: b\n#\n", "a:\n  # first\n  - b\n# between\n  - c\nd: 1", "#: x\na: b"})
  void takesTheseAsTheLibrariesRead(String text) {
    assertThat(SimpleYaml.read(text, "f.md", 1)).as(text).isNotNull().isEqualTo(libraries(text));
  }

  @Test
  void anEmptyTextIsTheLibrariesEmptyMapping() {
    for (String text : List.of("", "\n", "  \n\n")) {
      assertThat(SimpleYaml.read(text, "f.md", 1)).isNotNull().isEqualTo(libraries(text));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "a: yes", "a: No", "a: ON", "a: null", "a: ~", "a: 1.5", "a: 0x1F", "a: 0123", "a: -5", "a: 1_000", "a: 12:30",
      "a: 1234567890", "a: 2024-06-12T10:00:00Z", "a: b: c", "a: b # note", "a: b #", "a: b\na: c", "a:", "a:\nb: c",
      "a: first\n  second", "a: 'it''s'", "a: \"x\\ty\"", "a: [b, ]", "a: [b] c", "a: [[b]]", "a: {b: c}", "a: &x b",
      "a: *x", "a: !!str 5", "a: |\n  b", "a: >\n  b", "a:b", "a : b", "1a: b", "\"a\": b", "a b: c", "  a: b",
      "- a", "a:\n  - b\n    - c", "a:\n  - b\n  c: d", "a:\n  -", "---\na: b", "a: b\n---", "a:\tb", "a: b\r\nc: d",
      "a: \u00e9\u2028b", "a: x\u0085y", "a: \uD83D\uDE00", "a: \ufeffb", "a: x\u007fy", "a: .5", "a: .inf", "a: 1h30", "a: 0x1f", "título: x"})
  void leavesToTheLibrariesWhatItCannotBeSureOf(String text) {
    assertThat(SimpleYaml.read(text, "f.md", 1)).as(text).isNull();
  }

  @Test
  void readsTheRepositorysFrontMatterAsTheLibrariesDo() throws IOException {
    Path content = Path.of("..", "content");
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(content)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        frontMatter(Files.readString(f, StandardCharsets.UTF_8)).ifPresent(texts::add);
      }
    }
    assertThat(texts).hasSizeGreaterThan(100);
    int taken = 0;
    for (String text : texts) {
      sameAsLibraries(text);
      if (SimpleYaml.read(text, "f.md", 1) != null) taken++;
    }
    // Most of it is the plain kind; hardware guides' nested specifications and the like are not.
    assertThat(taken).isGreaterThan(texts.size() / 2);
  }

  /** The interface strings of the theme and of the site: flat mappings under a comment. */
  @Test
  void takesTheRepositorysInterfaceStringsAndReadsThemAsTheLibrariesDo() throws IOException, YamlException {
    List<Path> files = new ArrayList<>();
    for (Path folder : List.of(Path.of("..", "themes", "default", "i18n"), Path.of("..", "translations"))) {
      try (Stream<Path> list = Files.list(folder)) {
        list.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
      }
    }
    assertThat(files).hasSizeGreaterThan(5);
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      assertThat(SimpleYaml.read(text, "f.md", 0)).as(f.toString()).isNotNull().isEqualTo(reader.withLibraries(text, "f.md", 0));
    }
  }

  private static java.util.Optional<String> frontMatter(String file) {
    if (!file.startsWith("---\n")) return java.util.Optional.empty();
    int end = file.indexOf("\n---", 3);
    return end < 0 ? java.util.Optional.empty() : java.util.Optional.of(file.substring(4, end + 1));
  }

  private static final String[] KEYS = {"title", "a-b", "_x", "yes", "null", "on", "weight", "tags", "k9"};
  private static final String[] VALUES = {
      "word", "two words", "Don't", "yes", "No", "TRUE", "off", "y", "null", "Null", "~", "0", "00", "007", "12", "-5", "+5",
      "1.5", ".5", "1e5", "1E5", "1e", "45m", "2h30m", "1h30", "3rd", "1e5x", "0x1f", "1_0m", ".5", "..", "../x.md", "./x", "/en/", ".inf", "/", "//x", ".x", "0x1F", "0b11", "1_000", "123456789", "1234567890", "2024-06-12",
      "2024-6-1", "2024-06-12 10:00", "2024-06-12T10:00:00Z", "12:30", "190:20:30", "a: b", "a:b", "a #b", "a#b", "é",
      "Guía práctica", "日本語のページ", "\"quoted\"", "\"\"", "''", "'single'", "\"a\\\"b\"", "'it''s'", "\"a: #b\"",
      "'x' y", "[a, b]", "[a, ]", "[]", "[ ]", "[ a , b ]", "[yes, no]", "[1, 2]", "[\"a\", 'b']", "[a b, c]", "[a:b]",
      "[a, [b]]", "[a]x", "&a x", "*a", "!!str x", "!x y", "|", ">", "%x", "@x", "`x", "x`y", "{a: b}", "a{b}", "a[b]",
      "a,b", "—dash", "x…", "?x", "-x", "- x", "--", "...", ".inf", ".NaN", "<<", "=", "a%", "100 %", "a | b", "a > b",
      "a&b", "a*b", "a!b", "C:\\path", "x ", "x  ", "\u00a0x", "x\u00a0", "\u00e9t\u00e9"};

  /** Texts made from the pieces above, some of them mistakes: whatever it takes, it reads as the libraries do. */
  @Test
  void readsGeneratedTextsAsTheLibrariesDo() {
    Random random = new Random(20261205);
    int taken = 0;
    for (int n = 0; n < 4000; n++) {
      StringBuilder text = new StringBuilder();
      int lines = 1 + random.nextInt(5);
      for (int i = 0; i < lines; i++) {
        String key = KEYS[random.nextInt(KEYS.length)] + (random.nextInt(4) == 0 ? "" : String.valueOf(i));
        switch (random.nextInt(8)) {
          case 0 -> {
            text.append(key).append(':').append(random.nextBoolean() ? "" : " ").append('\n');
            String indent = " ".repeat(random.nextInt(3) * 2);
            for (int j = random.nextInt(4); j >= 0; j--) {
              text.append(indent).append('-').append(" ".repeat(1 + random.nextInt(2))).append(VALUES[random.nextInt(VALUES.length)]).append('\n');
            }
          }
          case 1 -> text.append(random.nextBoolean() ? "\n" : "  \n");
          case 2 -> text.append(" ".repeat(random.nextInt(3))).append('#').append(random.nextBoolean() ? " a note: [x]" : "").append('\n');
          default -> text.append(key).append(':').append(" ".repeat(1 + random.nextInt(2))).append(VALUES[random.nextInt(VALUES.length)]).append('\n');
        }
      }
      String t = text.toString();
      sameAsLibraries(t);
      if (SimpleYaml.read(t, "f.md", 1) != null) taken++;
    }
    // The generator makes enough texts of the kind it takes for the comparison to mean something.
    assertThat(taken).isGreaterThan(400);
  }
}
