package org.fieldguide.alert;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fieldguide.config.AlertsConfig;
import org.fieldguide.frontmatter.AlertDeclaration;

/**
 * Every alert of a site with its rules and its runbook, sorted by alert name: what the {@code
 * alerts} command prints, and what {@code --write-runbook-urls} writes.
 */
public final class AlertListing {
  private AlertListing() {}

  /** Whether a rule's runbook_url is the one its runbook gives. */
  public enum UrlState {
    MATCHES,
    DIFFERS,
    MISSING,
    /** The alert has no runbook, or more than one: there is no single right URL. */
    UNKNOWN
  }

  /** One alerting rule of an alert. */
  public record RuleRef(String file, int line, Optional<String> severity, Optional<String> runbookUrl, UrlState urlState) {}

  /** The runbook listing an alert, and the URL the alert's runbook_url should hold. */
  public record RunbookRef(String pageKey, String file, Optional<String> anchor, String url) {}

  /**
   * @param runbooks the runbooks listing the alert; one when all is well
   * @param allowedWithoutRunbook the reason given in site.yaml, when the alert may have none
   */
  public record Entry(String alert, List<RuleRef> rules, List<RunbookRef> runbooks, Optional<String> allowedWithoutRunbook) {
    /** The one runbook of the alert, when there is exactly one. */
    public Optional<RunbookRef> runbook() {
      return runbooks.size() == 1 ? Optional.of(runbooks.get(0)) : Optional.empty();
    }
  }

  public static List<Entry> of(AlertsConfig config, List<RuleFile> ruleFiles, List<RunbookAlerts> runbooks, PublishedUrls urls) {
    AlertChecks.Catalog catalog = AlertChecks.Catalog.of(ruleFiles, runbooks);
    TreeSet<String> names = new TreeSet<>(catalog.alertNames());
    catalog.primaries().forEach(r -> r.alerts().forEach(d -> names.add(d.alert())));
    Map<String, List<AlertRule>> rulesByName = new TreeMap<>();
    Map<AlertRule, String> fileOf = new IdentityHashMap<>();
    for (RuleFile f : ruleFiles) {
      for (AlertRule a : f.alerts()) {
        rulesByName.computeIfAbsent(a.name(), k -> new ArrayList<>()).add(a);
        fileOf.put(a, f.path());
      }
    }
    List<Entry> out = new ArrayList<>();
    for (String name : names) {
      List<RunbookRef> refs = new ArrayList<>();
      for (RunbookAlerts r : catalog.runbooksOf(name)) {
        AlertDeclaration d = r.declaration(name).orElseThrow();
        refs.add(new RunbookRef(r.pageKey(), r.file(), d.anchor(),
            urls.pageUrl(r.pageKey(), r.language()) + d.anchor().map(a -> "#" + a).orElse("")));
      }
      List<RuleRef> rules = new ArrayList<>();
      for (AlertRule a : rulesByName.getOrDefault(name, List.of())) {
        Optional<String> url = a.runbookUrl().map(AlertRule.Located::text).filter(u -> !u.isBlank());
        UrlState state = refs.size() != 1 ? UrlState.UNKNOWN
            : url.isEmpty() ? UrlState.MISSING
            : url.get().equals(refs.get(0).url()) ? UrlState.MATCHES : UrlState.DIFFERS;
        rules.add(new RuleRef(fileOf.get(a), a.pos().line(), a.severity(), url, state));
      }
      out.add(new Entry(name, List.copyOf(rules), List.copyOf(refs), config.allowance(name).map(AlertsConfig.AllowedAlert::reason)));
    }
    return List.copyOf(out);
  }
}
