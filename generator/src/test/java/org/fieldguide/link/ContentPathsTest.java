package org.fieldguide.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldguide.config.ConfigLoader;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.yaml.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentPathsTest {
  /** The rule as a regular expression, as it was written before it was read by hand. */
  private static final Pattern RULE = Pattern.compile("(.+)\\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\\.md");

  @TempDir Path dir;

  private SiteConfig config() throws Exception {
    Files.writeString(dir.resolve("site.yaml"), """
        title: T
        base_url: https://g.example.org/
        languages:
          en: { name: English }
          es: { name: Español }
          pt-BR: { name: Português }
          ast: { name: Asturianu }
        """);
    return new ConfigLoader(new YamlReader()).load(dir, new Diagnostics()).orElseThrow();
  }

  private static ContentPaths.Split byRule(String path, SiteConfig config) {
    Matcher m = RULE.matcher(path);
    if (m.matches() && config.hasLanguage(m.group(2))) return new ContentPaths.Split(m.group(1) + ".md", Optional.of(m.group(2)));
    return new ContentPaths.Split(path, Optional.empty());
  }

  @Test
  void splitsTheLanguageOfAFileName() throws Exception {
    SiteConfig config = config();
    assertThat(ContentPaths.splitLanguage("runbooks/disk.es.md", config)).isEqualTo(new ContentPaths.Split("runbooks/disk.md", Optional.of("es")));
    assertThat(ContentPaths.splitLanguage("disk.pt-BR.md", config)).isEqualTo(new ContentPaths.Split("disk.md", Optional.of("pt-BR")));
    assertThat(ContentPaths.splitLanguage("a.b/disk.ast.md", config)).isEqualTo(new ContentPaths.Split("a.b/disk.md", Optional.of("ast")));
    // Not a site language, not a language tag, nothing before it: the path as it is.
    for (String path : List.of("disk.fr.md", "disk.md", ".es.md", "es.md", "disk.ES.md", "a.es/disk.md", "disk.es.txt", "x\n.es.md")) {
      assertThat(ContentPaths.splitLanguage(path, config)).as(path).isEqualTo(new ContentPaths.Split(path, Optional.empty()));
    }
  }

  @Test
  void readsEveryPathAsTheRegularExpressionDid() throws Exception {
    SiteConfig config = config();
    String[] pieces = {"a", "es", "en", "pt", "BR", "pt-BR", "ast", "x", "-", ".", "/", ".md", "md", "1", "ab-cdefghi", "\n", "é", "ES", "es-"};
    Random random = new Random(7);
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(6);
      for (int j = 0; j < n; j++) sb.append(pieces[random.nextInt(pieces.length)]);
      if (random.nextBoolean()) sb.append('.').append(pieces[random.nextInt(pieces.length)]);
      sb.append(random.nextInt(4) == 0 ? ".txt" : ".md");
      paths.add(sb.toString());
    }
    long split = 0;
    for (String path : paths) {
      ContentPaths.Split expected = byRule(path, config);
      assertThat(ContentPaths.splitLanguage(path, config)).as(path).isEqualTo(expected);
      if (expected.language().isPresent()) split++;
    }
    assertThat(split).as("paths with a language among those tried").isGreaterThan(500);
  }
}
