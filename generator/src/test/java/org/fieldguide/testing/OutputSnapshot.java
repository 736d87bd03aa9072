package org.fieldguide.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.fieldguide.output.StagedOutput;

/** What a published output folder holds, to compare two of them (or one before and after) in a test. */
public final class OutputSnapshot {
  private OutputSnapshot() {}

  /**
   * Every file under {@code root} (a link at the top followed), fieldguide's own folders left out;
   * each file's bytes as ISO-8859-1 text, which maps every byte to one character and back (so a
   * difference shows in an assertion's message).
   */
  public static Map<String, String> snapshot(Path root) throws IOException {
    Path real = root.toRealPath();
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(real)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String rel = real.relativize(p).toString();
        if (rel.startsWith(".fieldguide-") && !rel.equals(StagedOutput.MARKER)) continue;
        files.put(rel, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }
}
