package org.fieldguide.diagnostic;

/**
 * A position in a source file, as a writer would look for it in an editor.
 *
 * @param file path relative to the site folder, with forward slashes (for example {@code
 *     content/runbooks/deploy.md})
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 */
public record SourcePos(String file, int line, int column) implements Comparable<SourcePos> {

  public static SourcePos file(String file) {
    return new SourcePos(file, 0, 0);
  }

  @Override
  public int compareTo(SourcePos o) {
    int c = file.compareTo(o.file);
    if (c != 0) return c;
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  @Override
  public String toString() {
    if (line <= 0) return file;
    return file + ":" + line + ":" + Math.max(column, 1);
  }
}
