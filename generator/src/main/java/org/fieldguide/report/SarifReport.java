package org.fieldguide.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.Severity;
import org.fieldguide.diagnostic.SourcePos;

/**
 * A minimal SARIF 2.1.0 log with one run of the tool {@code fieldguide}. Diagnostics carry no
 * kind, so there is one rule per severity ({@code fieldguide/error}, {@code fieldguide/warning});
 * each result names its rule by id and index, its level, its message and one physical location:
 * the file as a relative URI reference (percent-encoded; absolute paths as {@code file://} URIs)
 * and, unless the diagnostic is about the whole file, a region with {@code startLine} and
 * {@code startColumn} (left out when unknown, which SARIF reads as column 1). Columns count UTF-16
 * code units, as the run's {@code columnKind} says.
 */
final class SarifReport implements ReportWriter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final PrettyJson json = new PrettyJson();
  private final String toolVersion;

  /** @param toolVersion fieldguide's version, or null to leave it out */
  SarifReport(String toolVersion) {
    this.toolVersion = toolVersion;
  }

  @Override
  public void write(List<Diagnostic> diagnostics, Appendable out) throws IOException {
    ObjectNode root = json.object();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "fieldguide");
    if (toolVersion != null && !toolVersion.isBlank()) driver.put("version", toolVersion);
    ArrayNode rules = driver.putArray("rules");
    for (Severity s : Severity.values()) {
      ObjectNode rule = rules.addObject();
      rule.put("id", ruleId(s));
      rule.putObject("shortDescription").put("text", s == Severity.ERROR
          ? "A problem that fails the build." : "A problem worth fixing that does not fail the build.");
      rule.putObject("defaultConfiguration").put("level", s.label());
    }
    run.put("columnKind", "utf16CodeUnits");
    ArrayNode results = run.putArray("results");
    for (Diagnostic d : Counts.sorted(diagnostics)) results.add(result(d));
    out.append(json.write(root));
  }

  private ObjectNode result(Diagnostic d) {
    SourcePos pos = d.pos();
    ObjectNode r = json.object();
    r.put("ruleId", ruleId(d.severity()));
    r.put("ruleIndex", d.severity().ordinal());
    r.put("level", d.severity().label());
    r.putObject("message").put("text", d.message());
    ObjectNode location = r.putArray("locations").addObject().putObject("physicalLocation");
    location.putObject("artifactLocation").put("uri", uri(pos.file()));
    if (Counts.hasLine(pos)) {
      ObjectNode region = location.putObject("region");
      region.put("startLine", pos.line());
      if (Counts.hasColumn(pos)) region.put("startColumn", pos.column());
    }
    return r;
  }

  static String ruleId(Severity s) {
    return "fieldguide/" + s.label();
  }

  /**
   * A path as a URI reference: RFC 3986 path characters kept, everything else percent-encoded as
   * UTF-8. A colon is encoded too, so a relative path's first segment never reads as a scheme.
   */
  static String uri(String path) {
    String p = path.replace('\\', '/');
    StringBuilder b = new StringBuilder(p.startsWith("/") ? "file://" : "");
    for (byte x : p.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/!$&'()*+,;=@".indexOf(c) >= 0)) {
        b.append((char) c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return b.toString();
  }
}
