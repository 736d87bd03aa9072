package org.fieldguide.theme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.i18n.UiStrings;
import org.fieldguide.i18n.UiStringsLoader;
import org.fieldguide.yaml.YamlReader;

/** The interface strings of a site: the theme chain's {@code i18n/} files under the site's own. */
public final class ThemeStrings {
  private ThemeStrings() {}

  public static UiStrings load(Theme theme, SiteConfig config, Path siteDir, YamlReader yaml, Diagnostics diagnostics) {
    Map<String, List<UiStringsLoader.NamedFile>> themeFiles = new HashMap<>();
    // Region variants (pt-br) look in their base language's files (pt) before the default's.
    for (String lang : UiStringsLoader.lookupLanguages(config)) {
      List<UiStringsLoader.NamedFile> files = new ArrayList<>();
      // Only the winning file per language: a theme replaces a parent's file, the site overlays.
      Optional<Theme.Located> f = theme.find("i18n/" + lang + ".yaml");
      if (f.isPresent()) {
        try {
          files.add(new UiStringsLoader.NamedFile(f.get().displayName(), Files.readString(f.get().path(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
          diagnostics.error(SourcePos.file(f.get().displayName()), "cannot read: " + e.getMessage());
        }
      }
      themeFiles.put(lang, files);
    }
    return new UiStringsLoader(yaml).load(config, themeFiles, siteDir, diagnostics);
  }
}
