package org.fieldguide.theme;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;

/** Builds the {@link Theme} lookup chain for a site. */
public final class ThemeLoader {
  static final String BUILT_IN = "/themes/default/";

  public Optional<Theme> load(Path siteDir, SiteConfig config, Diagnostics diagnostics) {
    List<Theme.Root> roots = new ArrayList<>();
    roots.add(new Theme.Root(siteDir, ""));
    Path own = siteDir.resolve("themes").resolve(config.theme());
    if (Files.isDirectory(own)) {
      roots.add(new Theme.Root(own, "themes/" + config.theme() + "/"));
    } else if (!config.theme().equals("default")) {
      diagnostics.error(
          SourcePos.file("site.yaml"),
          "theme '" + config.theme() + "' not found: there is no folder themes/" + config.theme()
              + "/. Create it, or use theme: default.");
      return Optional.empty();
    }
    roots.add(new Theme.Root(builtIn(), "(built-in theme) "));
    return Optional.of(new Theme(roots));
  }

  /**
   * The system property naming a folder to use as the built-in theme instead of the copy packaged
   * in the jar: the {@code ./fieldguide} launcher of this repository sets it to {@code
   * themes/default/}, so an edit of the theme is seen at once and never needs the jar rebuilt.
   */
  public static final String THEME_PROPERTY = "fieldguide.builtin.theme";

  /** The default theme packaged with fieldguide, inside the jar or in the classes folder. */
  static Path builtIn() {
    String override = System.getProperty(THEME_PROPERTY);
    if (override != null && Files.isRegularFile(Path.of(override, "templates", "page.ftlh"))) return Path.of(override);
    URL url = ThemeLoader.class.getResource(BUILT_IN + "templates/page.ftlh");
    if (url == null) throw new IllegalStateException("the built-in theme is missing from the fieldguide build");
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return fs.getPath(BUILT_IN);
      }
      return Path.of(uri).getParent().getParent();
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot open the built-in theme", e);
    }
  }
}
