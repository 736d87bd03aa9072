package org.fieldguide.alert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.fieldguide.config.AlertsConfig;
import org.fieldguide.config.AlertsConfig.AllowedAlert;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.frontmatter.AlertDeclaration;
import org.fieldguide.frontmatter.ContentType;
import org.fieldguide.yaml.Suggestions;

/**
 * Checks Prometheus alerts against the runbooks that answer them: every alert has exactly one
 * runbook listing it (or is allowed to have none), its {@code runbook_url} leads to that runbook
 * (and anchor), and every alert a runbook lists exists. A pure function of its inputs.
 *
 * <p>Run it only when the rule files and front matter were read without errors: an alert missing
 * because its rule file did not parse would otherwise be reported a second time, wrongly.
 */
public final class AlertChecks {
  static final String REWRITE = "run 'fieldguide alerts --write-runbook-urls'";

  private final RunbookUrls urls;
  private final PublishedUrls pages;

  /**
   * @param urls what a runbook_url leads to on this site
   * @param pages where runbooks are published, for the URL each alert should have
   */
  public AlertChecks(RunbookUrls urls, PublishedUrls pages) {
    this.urls = urls;
    this.pages = pages;
  }

  /** Every problem found, sorted by file and position. */
  public List<Diagnostic> check(AlertsConfig config, List<RuleFile> ruleFiles, List<RunbookAlerts> runbooks) {
    List<Diagnostic> out = new ArrayList<>();
    Catalog catalog = Catalog.of(ruleFiles, runbooks);
    String where = String.join(", ", config.rules().stream().map(AlertsConfig.RuleGlob::glob).toList());
    for (RunbookAlerts file : runbooks) {
      if (file.alerts().isEmpty()) continue;
      if (!config.isConfigured()) {
        out.add(Diagnostic.error(file.alerts().get(0).pos(),
            "this runbook lists alerts, but site.yaml names no Prometheus rule files to check them against."
                + " Add them to site.yaml, such as alerts: { rules: [monitoring/rules/*.yml] }, or remove 'alerts:' from the front matter."));
        continue;
      }
      for (AlertDeclaration d : file.alerts()) {
        if (!catalog.alertNames().contains(d.alert())) {
          out.add(Diagnostic.error(d.pos(), "alert '" + d.alert() + "' is in no rule file (" + where + ")"
              + Suggestions.endSentence(d.alert(), catalog.alertNames()) + " Correct the name, or remove it from 'alerts:'."));
        }
        d.anchor().ifPresent(anchor -> checkAnchor(file, d, anchor, out));
      }
    }
    if (!config.isConfigured()) return sorted(out);
    checkTranslations(catalog, out);
    checkTwoRunbooks(catalog, out);
    checkAllowances(config, catalog, where, out);
    for (RuleFile f : ruleFiles) {
      for (AlertRule rule : f.alerts()) checkRule(rule, catalog.runbooksOf(rule.name()), config.allowance(rule.name()), out);
    }
    return sorted(out);
  }

  private void checkAnchor(RunbookAlerts file, AlertDeclaration d, String anchor, List<Diagnostic> out) {
    if (urls.resolve(pages.pageUrl(file.pageKey(), file.language()) + "#" + anchor) instanceof RunbookUrls.Page p
        && p.pageKey().equals(file.pageKey()) && !p.fragmentFound()) {
      out.add(Diagnostic.error(d.anchorPos(), "anchor '" + anchor + "' of alert '" + d.alert() + "' is not the id of a heading of this page."
          + " Use the id of the heading that answers the alert, or give that heading an explicit id: ## Heading {#" + anchor + "}."));
    }
  }

  /** Translations list what their original lists, so every language shows the same alerts. */
  private static void checkTranslations(Catalog catalog, List<Diagnostic> out) {
    for (RunbookAlerts t : catalog.translations()) {
      Optional<RunbookAlerts> original = catalog.primary(t.pageKey()).filter(o -> o != t);
      if (original.isEmpty() || describe(t).equals(describe(original.get()))) continue;
      SourcePos pos = t.alerts().isEmpty() ? new SourcePos(t.file(), 1, 1) : t.alerts().get(0).pos();
      out.add(Diagnostic.warning(pos, "this translation lists the alerts " + describe(t) + ", but its original " + original.get().file()
          + " lists " + describe(original.get()) + ". List the same alerts, with the same anchors, in every language."));
    }
  }

  private static void checkTwoRunbooks(Catalog catalog, List<Diagnostic> out) {
    for (RunbookAlerts file : catalog.primaries()) {
      for (AlertDeclaration d : file.alerts()) {
        List<String> others = catalog.runbooksOf(d.alert()).stream().filter(o -> o != file).map(RunbookAlerts::file).toList();
        if (others.isEmpty()) continue;
        out.add(Diagnostic.error(d.pos(), "alert '" + d.alert() + "' is also listed by " + String.join(", ", others)
            + ". An alert's runbook_url leads to one runbook: list it in one of them only, and link the other from there."));
      }
    }
  }

  private static void checkAllowances(AlertsConfig config, Catalog catalog, String where, List<Diagnostic> out) {
    for (AllowedAlert a : config.allowWithoutRunbook()) {
      List<RunbookAlerts> runbooks = catalog.runbooksOf(a.alert());
      if (!runbooks.isEmpty()) {
        out.add(Diagnostic.warning(a.pos(), "alert '" + a.alert() + "' is in allow_without_runbook, but " + runbooks.get(0).file()
            + " lists it. Remove it from allow_without_runbook."));
      } else if (!catalog.alertNames().contains(a.alert())) {
        out.add(Diagnostic.warning(a.pos(), "alert '" + a.alert() + "' in allow_without_runbook is in no rule file (" + where + ")"
            + Suggestions.endSentence(a.alert(), catalog.alertNames()) + " Correct the name, or remove the entry."));
      }
    }
  }

  private void checkRule(AlertRule rule, List<RunbookAlerts> runbooks, Optional<AllowedAlert> allowed, List<Diagnostic> out) {
    Optional<AlertRule.Located> url = rule.runbookUrl().filter(u -> !u.text().isBlank());
    if (runbooks.size() > 1) return; // reported at the runbooks, where it is fixed
    if (runbooks.isEmpty()) {
      Optional<RunbookUrls.Target> target = url.map(u -> urls.resolve(u.text()));
      if (allowed.isPresent()) {
        if (url.isPresent()) brokenLink(rule, url.get(), target.get(), out);
        return;
      }
      if (target.isPresent() && target.get() instanceof RunbookUrls.Page p && p.type() == ContentType.RUNBOOK) {
        out.add(Diagnostic.error(rule.pos(), "alert '" + rule.name() + "' has no runbook: its runbook_url leads to " + p.file()
            + ", which does not list it. Add '- " + rule.name() + "' to 'alerts:' in that runbook's front matter."));
      } else {
        out.add(Diagnostic.error(rule.pos(), "alert '" + rule.name() + "' has no runbook: no runbook lists it under 'alerts:' in its front matter."
            + " Add it to the runbook that tells the on-call person what to do, or list it under alerts: allow_without_runbook: in site.yaml with the reason it needs none."));
      }
      return;
    }
    RunbookAlerts runbook = runbooks.get(0);
    AlertDeclaration declared = runbook.declaration(rule.name()).orElseThrow();
    String expected = expectedUrl(runbook, declared);
    String fix = "change it to " + expected + ", or " + REWRITE + ".";
    if (url.isEmpty()) {
      out.add(Diagnostic.error(rule.pos(), "alert '" + rule.name() + "' has no runbook_url annotation; its runbook is " + runbook.file()
          + ". Add runbook_url: " + expected + " under its annotations, or " + REWRITE + "."));
      return;
    }
    String link = "runbook_url '" + url.get().text() + "' of alert '" + rule.name() + "'";
    SourcePos at = url.get().pos();
    RunbookUrls.Target target = urls.resolve(url.get().text());
    if (target instanceof RunbookUrls.Elsewhere e) {
      out.add(Diagnostic.error(at, link + " is not an address of this site (" + e.baseUrl() + "). Its runbook is " + runbook.file() + ": " + fix));
    } else if (target instanceof RunbookUrls.Missing) {
      out.add(Diagnostic.error(at, link + " leads to no published page. Its runbook is " + runbook.file() + ": " + fix));
    } else if (target instanceof RunbookUrls.Page p) {
      if (!p.pageKey().equals(runbook.pageKey())) {
        out.add(Diagnostic.error(at, link + " leads to " + p.file() + (p.type() == ContentType.RUNBOOK ? "" : ", which is not a runbook")
            + ", but the runbook that lists the alert is " + runbook.file() + ". " + capitalise(fix)));
      } else if (!p.fragmentFound()) {
        out.add(Diagnostic.error(at, link + " leads to " + p.file() + ", which has no heading with the id '" + p.fragment().orElse("")
            + "'. " + capitalise(fix)));
      } else if (declared.anchor().isPresent() && !p.fragment().equals(declared.anchor())) {
        out.add(Diagnostic.error(at, link + " does not point at the anchor '" + declared.anchor().get() + "' that " + runbook.file()
            + " gives for the alert. " + capitalise(fix)));
      }
    }
  }

  /** Where an alert listed by {@code runbook} should link: the runbook's URL and its anchor. */
  String expectedUrl(RunbookAlerts runbook, AlertDeclaration declared) {
    return pages.pageUrl(runbook.pageKey(), runbook.language()) + declared.anchor().map(a -> "#" + a).orElse("");
  }

  private static void brokenLink(AlertRule rule, AlertRule.Located url, RunbookUrls.Target target, List<Diagnostic> out) {
    String link = "runbook_url '" + url.text() + "' of alert '" + rule.name() + "'";
    if (target instanceof RunbookUrls.Missing m) {
      out.add(Diagnostic.error(url.pos(), link + " leads to no published page"
          + m.suggestion().map(s -> "; did you mean '" + s + "'?").orElse(".") + " Correct it, or remove the annotation."));
    } else if (target instanceof RunbookUrls.Page p && !p.fragmentFound()) {
      out.add(Diagnostic.error(url.pos(), link + " leads to " + p.file() + ", which has no heading with the id '" + p.fragment().orElse("")
          + "'. Correct the anchor, or remove it."));
    }
  }

  private static String describe(RunbookAlerts file) {
    if (file.alerts().isEmpty()) return "none";
    return file.alerts().stream()
        .map(d -> d.alert() + d.anchor().map(a -> " (anchor " + a + ")").orElse(""))
        .sorted()
        .collect(Collectors.joining(", "));
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static List<Diagnostic> sorted(List<Diagnostic> out) {
    return out.stream().distinct().sorted().toList();
  }

  /**
   * The alerts and runbooks of a site, indexed. A page's declarations are those of its original
   * (its default-language file), or of its first translation when there is no original.
   */
  record Catalog(Set<String> alertNames, Map<String, RunbookAlerts> primaryByPage, List<RunbookAlerts> translations) {
    static Catalog of(List<RuleFile> ruleFiles, List<RunbookAlerts> runbooks) {
      Set<String> names = new TreeSet<>();
      ruleFiles.forEach(f -> f.alerts().forEach(a -> names.add(a.name())));
      Map<String, RunbookAlerts> primary = new TreeMap<>();
      List<RunbookAlerts> sortedFiles = runbooks.stream()
          // By the file's path under content/, which orders as file() does without making that text at
          // every comparison of a sort over every runbook of the site.
          .sorted(Comparator.comparing((RunbookAlerts r) -> !r.original()).thenComparing(r -> r.source().contentPath()))
          .toList();
      for (RunbookAlerts r : sortedFiles) primary.putIfAbsent(r.pageKey(), r);
      List<RunbookAlerts> translations = sortedFiles.stream().filter(r -> primary.get(r.pageKey()) != r).toList();
      return new Catalog(names, primary, translations);
    }

    Optional<RunbookAlerts> primary(String pageKey) {
      return Optional.ofNullable(primaryByPage.get(pageKey));
    }

    List<RunbookAlerts> primaries() {
      return List.copyOf(primaryByPage.values());
    }

    /** The runbooks (primary files) listing {@code alert}, sorted by file. */
    List<RunbookAlerts> runbooksOf(String alert) {
      return primaryByPage.values().stream()
          .filter(r -> r.declaration(alert).isPresent())
          .sorted(Comparator.comparing(RunbookAlerts::file))
          .toList();
    }
  }
}
