package org.fieldguide.build;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.fieldguide.theme.Theme;

/**
 * A digest of what every page depends on besides the pages themselves: fieldguide itself, the
 * theme's files, the site's interface strings, site.yaml and the alert rule files. Two builds
 * with the same digest render a page with the same view to the same bytes.
 */
final class RenderInputs {
  private RenderInputs() {}

  static String digest(Path siteDir, Theme theme, List<Path> ruleFiles) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((code() + "\n" + theme.digest() + "\n").getBytes(StandardCharsets.UTF_8));
      update(sha, siteDir.resolve("site.yaml"));
      Path translations = siteDir.resolve("translations");
      if (Files.isDirectory(translations)) {
        try (Stream<Path> files = Files.list(translations)) {
          for (Path f : files.filter(Files::isRegularFile).sorted().toList()) update(sha, f);
        }
      }
      for (Path f : ruleFiles) update(sha, f);
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (IOException e) {
      // Without a digest nothing is taken over from the last build: slower, never wrong.
      return "unreadable-" + System.nanoTime();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static void update(MessageDigest sha, Path file) throws IOException {
    if (!Files.isRegularFile(file)) return;
    sha.update((file.getFileName() + "\u0000").getBytes(StandardCharsets.UTF_8));
    sha.update(Files.readAllBytes(file));
  }

  /** Which fieldguide renders: the jar's size and time, or the classes folder in development. */
  static String code() {
    try {
      Path where = Path.of(RenderInputs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(where)) return where + " " + Files.size(where) + " " + Files.getLastModifiedTime(where).toMillis();
      return "classes " + where;
    } catch (URISyntaxException | IOException | RuntimeException e) {
      return "unknown-" + System.nanoTime();
    }
  }
}
