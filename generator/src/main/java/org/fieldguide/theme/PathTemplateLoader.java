package org.fieldguide.theme;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads templates from a {@link Path}, so folders on disk and the built-in theme inside the jar
 * are read the same way.
 */
final class PathTemplateLoader implements TemplateLoader {
  private final Path dir;

  PathTemplateLoader(Path dir) {
    this.dir = dir;
  }

  @Override
  public Object findTemplateSource(String name) {
    Path p = dir.resolve(name).normalize();
    return p.startsWith(dir.normalize()) && Files.isRegularFile(p) ? p : null;
  }

  @Override
  public long getLastModified(Object source) {
    try {
      return Files.getLastModifiedTime((Path) source).toMillis();
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public Reader getReader(Object source, String encoding) throws IOException {
    return Files.newBufferedReader((Path) source, StandardCharsets.UTF_8);
  }

  @Override
  public void closeTemplateSource(Object source) {}
}
