package org.fieldguide.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fieldguide.config.ConfigLoader;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.theme.Theme;
import org.fieldguide.theme.ThemeLoader;
import org.fieldguide.yaml.YamlReader;
import org.junit.jupiter.api.Test;

/**
 * This repository's site reads its theme from {@code themes/default/} on disk, not from the copy
 * packaged in the jar: so {@code fieldguide serve} shows an edit of the theme at once, and the
 * {@code ./fieldguide} launcher never needs to rebuild the jar for one.
 */
class RepositoryThemeTest {
  @Test
  void theRepositorysThemeIsReadFromDisk() {
    Path root = Path.of("..").toAbsolutePath().normalize();
    Diagnostics diagnostics = new Diagnostics();
    SiteConfig config = new ConfigLoader(new YamlReader()).load(root, diagnostics).orElseThrow();
    Theme theme = new ThemeLoader().load(root, config, diagnostics).orElseThrow();
    for (String file : new String[] {"templates/layout.ftlh", "static/css/site.css", "i18n/en.yaml"}) {
      Theme.Located found = theme.find(file).orElseThrow();
      assertThat(found.path()).isEqualTo(root.resolve("themes/default").resolve(file));
      assertThat(found.displayName()).isEqualTo("themes/default/" + file);
    }
    assertThat(theme.staticFiles().get("css/site.css")).isEqualTo(root.resolve("themes/default/static/css/site.css"));
  }
}
