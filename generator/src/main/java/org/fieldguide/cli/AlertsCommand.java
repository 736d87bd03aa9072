package org.fieldguide.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.fieldguide.alert.AlertListing;
import org.fieldguide.alert.AlertListing.Entry;
import org.fieldguide.alert.AlertListing.RuleRef;
import org.fieldguide.alert.AlertSite;
import org.fieldguide.alert.RunbookUrlUpdate;
import org.fieldguide.alert.RunbookUrlWriter;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.yaml.YamlReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fieldguide alerts}: which runbook answers each Prometheus alert; rewrites runbook_url. */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    description = {
      "List each Prometheus alert of the rule files named in site.yaml with the runbook that answers it.",
      "With --write-runbook-urls, set every alert's runbook_url annotation to its runbook's published URL, changing nothing else in the files."
    })
final class AlertsCommand implements Callable<Integer> {
  @Option(names = "--site", paramLabel = "DIR", description = "The site folder (default: the current folder).")
  Path site = Path.of(".");

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  String format = "text";

  @Option(names = "--write-runbook-urls", description = "Rewrite the runbook_url annotations in the rule files to the runbooks' published URLs.")
  boolean write;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!format.equals("text") && !format.equals("json")) {
      err.println("fieldguide alerts: unknown format '" + format + "'; use text or json.");
      return 2;
    }
    Path siteDir = site.toAbsolutePath().normalize();
    Diagnostics diagnostics = new Diagnostics();
    Optional<AlertSite> read = AlertSite.read(siteDir, diagnostics);
    for (Diagnostic d : diagnostics.sorted()) err.println(d);
    err.flush();
    if (read.isEmpty() || diagnostics.hasErrors()) {
      err.println("fieldguide alerts: " + diagnostics.errorCount() + " error(s) in site.yaml, the rule files or the front matter"
          + (write ? "; no rule file was changed." : "."));
      return 1;
    }
    AlertSite s = read.get();
    if (!s.config().alerts().isConfigured()) {
      err.println("fieldguide alerts: site.yaml names no Prometheus rule files. Add them, such as alerts: { rules: [monitoring/rules/*.yml] }.");
      return 1;
    }
    List<Entry> entries = AlertListing.of(s.config().alerts(), s.ruleFiles(), s.runbooks(), s.publishedUrls());
    if (write) {
      List<RunbookUrlUpdate.FileChanges> changed = new RunbookUrlUpdate(new YamlReader()).run(siteDir, s, entries);
      printChanges(changed, entries, out);
    } else if (format.equals("json")) {
      out.println(json(Map.of("alerts", entries.stream().map(AlertsCommand::entryJson).toList())));
    } else {
      printTable(entries, out);
    }
    out.flush();
    return 0;
  }

  private void printChanges(List<RunbookUrlUpdate.FileChanges> changed, List<Entry> entries, PrintWriter out) throws JsonProcessingException {
    List<Entry> left = entries.stream().filter(e -> e.runbook().isEmpty() && !e.rules().isEmpty()).toList();
    if (format.equals("json")) {
      List<Map<String, Object>> changes = new ArrayList<>();
      for (RunbookUrlUpdate.FileChanges f : changed) {
        for (RunbookUrlWriter.Change c : f.changes()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("file", f.file());
          m.put("alert", c.alert());
          m.put("change", c.kind().name().toLowerCase(Locale.ROOT));
          m.put("runbook_url", c.url());
          changes.add(m);
        }
      }
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("changes", changes);
      root.put("left_unchanged", left.stream().map(e -> Map.of("alert", e.alert(), "why", why(e))).toList());
      out.println(json(root));
      return;
    }
    int count = 0;
    for (RunbookUrlUpdate.FileChanges f : changed) {
      for (RunbookUrlWriter.Change c : f.changes()) {
        out.println(f.file() + ": " + c.alert() + ": runbook_url " + (c.kind() == RunbookUrlWriter.Kind.ADDED ? "added" : "updated") + ": " + c.url());
        count++;
      }
    }
    for (Entry e : left) out.println("left unchanged: " + e.alert() + " (" + why(e) + ")");
    out.println("fieldguide: " + (count == 0 ? "every runbook_url was already up to date"
        : "wrote " + count + " runbook_url annotation" + (count == 1 ? "" : "s") + " in " + changed.size() + " file" + (changed.size() == 1 ? "" : "s")) + ".");
  }

  private static String why(Entry e) {
    if (e.runbooks().size() > 1) return "listed by " + e.runbooks().size() + " runbooks";
    return e.allowedWithoutRunbook().map(r -> "no runbook, allowed: " + r).orElse("no runbook");
  }

  private static void printTable(List<Entry> entries, PrintWriter out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"ALERT", "SEVERITY", "RUNBOOK", "RUNBOOK_URL"});
    for (Entry e : entries) {
      String severity = String.join(", ", e.rules().stream().map(r -> r.severity().orElse("-")).distinct().toList());
      String runbook = e.runbooks().isEmpty()
          ? e.allowedWithoutRunbook().map(r -> "(none, allowed)").orElse("(none)")
          : String.join(", ", e.runbooks().stream().map(r -> r.file() + r.anchor().map(a -> "#" + a).orElse("")).toList());
      String state = e.rules().isEmpty() ? "(in no rule file)"
          : String.join(", ", e.rules().stream().map(AlertsCommand::state).distinct().toList());
      rows.add(new String[] {e.alert(), severity.isEmpty() ? "-" : severity, runbook, state});
    }
    int[] width = new int[3];
    for (String[] r : rows) for (int i = 0; i < 3; i++) width[i] = Math.max(width[i], r[i].length());
    for (String[] r : rows) {
      out.println(String.format(Locale.ROOT, "%-" + width[0] + "s  %-" + width[1] + "s  %-" + width[2] + "s  %s", (Object[]) r).stripTrailing());
    }
    // Reasons are sentences: below the table, so its columns stay narrow.
    for (Entry e : entries) {
      if (e.runbooks().isEmpty()) e.allowedWithoutRunbook().ifPresent(r -> out.println(e.alert() + " needs no runbook: " + r));
    }
  }

  private static String state(RuleRef r) {
    return switch (r.urlState()) {
      case MATCHES -> "ok";
      case DIFFERS -> "differs";
      case MISSING -> "missing";
      case UNKNOWN -> r.runbookUrl().isPresent() ? "set" : "-";
    };
  }

  private static Map<String, Object> entryJson(Entry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("alert", e.alert());
    List<Map<String, Object>> rules = new ArrayList<>();
    for (RuleRef r : e.rules()) {
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("file", r.file());
      rule.put("line", r.line());
      rule.put("severity", r.severity().orElse(null));
      rule.put("runbook_url", r.runbookUrl().orElse(null));
      rule.put("runbook_url_state", r.urlState().name().toLowerCase(Locale.ROOT));
      rules.add(rule);
    }
    m.put("rules", rules);
    List<Map<String, Object>> runbooks = new ArrayList<>();
    for (AlertListing.RunbookRef r : e.runbooks()) {
      Map<String, Object> rb = new LinkedHashMap<>();
      rb.put("page", r.pageKey());
      rb.put("file", r.file());
      rb.put("anchor", r.anchor().orElse(null));
      rb.put("url", r.url());
      runbooks.add(rb);
    }
    m.put("runbooks", runbooks);
    m.put("allowed_without_runbook", e.allowedWithoutRunbook().orElse(null));
    return m;
  }

  private static String json(Object value) throws JsonProcessingException {
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
  }
}
