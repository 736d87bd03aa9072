package org.fieldguide.index;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A digest of the code that makes facts (and search indexes), so a cache written by another build of fieldguide is
 * never taken for this one's: facts depend on the Markdown engine and on how fieldguide reads
 * it, not only on the files read. From a jar it is made of the names and CRCs its directory
 * already holds (nothing is decompressed, and a jar rebuilt from the same sources gives the same
 * digest, so a CI cache survives a fresh build of the tool); from a folder of classes, of their
 * bytes.
 */
public final class EngineDigest {
  private EngineDigest() {}

  /**
   * The digest of fieldguide's code (the jar or folder of classes this class was loaded from),
   * made once per process: the facts cache and the search index each asked for it, and each
   * digest went through the whole jar's directory (some 15 ms of a one-page rebuild apiece).
   */
  public static String code() {
    return Code.DIGEST;
  }

  /**
   * Starts working out {@link #code} on a thread of its own, for a run that will read the cache:
   * going through the jar's 14,000 entries takes some 50 ms of a core, and while picocli reads the
   * command line (a tenth of a second at start-up) the other core is idle. {@link #code} then finds
   * it made, or waits for the one making it.
   */
  public static void startEarly() {
    Thread t = new Thread(EngineDigest::code, "fieldguide-engine-digest");
    t.setDaemon(true);
    t.start();
  }

  private static final class Code {
    static final String DIGEST = of(EngineDigest.class);
  }

  /** The digest of the code {@code anchor} was loaded with (its jar or folder of classes). */
  private static String of(Class<?> anchor) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      CodeSource source = anchor.getProtectionDomain().getCodeSource();
      Path location = source == null ? null : Path.of(source.getLocation().toURI());
      if (location == null) return "unknown";
      if (Files.isRegularFile(location)) {
        try (ZipFile jar = new ZipFile(location.toFile())) {
          for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            if (!entry.getName().endsWith(".class")) continue;
            sha.update((entry.getName() + ":" + entry.getCrc() + "\n").getBytes(StandardCharsets.UTF_8));
          }
        }
      } else {
        List<Path> classes;
        try (Stream<Path> walk = Files.walk(location)) {
          classes = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        for (Path p : classes) {
          sha.update(location.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
          sha.update(Files.readAllBytes(p));
        }
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // Without a digest the cache is still keyed by its format; it only ever saves time.
      return "unknown";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
