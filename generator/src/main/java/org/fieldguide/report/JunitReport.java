package org.fieldguide.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldguide.diagnostic.Diagnostic;

/**
 * JUnit XML as CI servers read it: one {@code <testsuite name="fieldguide">}, one {@code
 * <testcase>} per file with diagnostics (its name is the file), a {@code <failure>} per error and
 * the file's warnings as lines of {@code <system-out>}. A file with only warnings passes. {@code
 * tests} counts files, {@code failures} counts files with errors. Files without diagnostics are not
 * known here and not listed, so a clean run is an empty suite.
 *
 * <p>Text and attributes are XML-escaped; characters XML 1.0 cannot hold (most control characters)
 * become U+FFFD.
 */
final class JunitReport implements ReportWriter {

  @Override
  public void write(List<Diagnostic> diagnostics, Appendable out) throws IOException {
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>(); // insertion order = sorted order
    for (Diagnostic d : Counts.sorted(diagnostics)) byFile.computeIfAbsent(d.pos().file(), f -> new ArrayList<>()).add(d);
    long failing = byFile.values().stream().filter(list -> list.stream().anyMatch(Diagnostic::isError)).count();

    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<testsuite name=\"fieldguide\" tests=\"").append(String.valueOf(byFile.size()))
        .append("\" failures=\"").append(String.valueOf(failing)).append("\" errors=\"0\" skipped=\"0\"");
    if (byFile.isEmpty()) {
      out.append("/>\n");
      return;
    }
    out.append(">\n");
    for (Map.Entry<String, List<Diagnostic>> e : byFile.entrySet()) {
      out.append("  <testcase classname=\"fieldguide\" name=\"").append(attribute(e.getKey())).append("\">\n");
      StringBuilder warnings = new StringBuilder();
      for (Diagnostic d : e.getValue()) {
        if (d.isError()) {
          out.append("    <failure type=\"error\" message=\"").append(attribute(d.message())).append("\">")
              .append(text(d.toString())).append("</failure>\n");
        } else {
          warnings.append(d).append('\n');
        }
      }
      if (warnings.length() > 0) out.append("    <system-out>").append(text(warnings.toString())).append("</system-out>\n");
      out.append("  </testcase>\n");
    }
    out.append("</testsuite>\n");
  }

  /** Escaped for element content. */
  static String text(String s) {
    return escape(s, false);
  }

  /** Escaped for a double-quoted attribute; line breaks and tabs as character references, so they survive normalisation. */
  static String attribute(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append(attribute ? "&quot;" : "\"");
        case '\n' -> b.append(attribute ? "&#10;" : "\n");
        case '\r' -> b.append("&#13;");
        case '\t' -> b.append(attribute ? "&#9;" : "\t");
        default -> b.appendCodePoint(isXmlChar(c) ? c : 0xFFFD);
      }
    });
    return b.toString();
  }

  /** XML 1.0 {@code Char}: tab, LF, CR, and U+0020 up, without surrogates and U+FFFE/U+FFFF. */
  private static boolean isXmlChar(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
