package org.fieldguide.validate;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fieldguide.alert.AlertChecks;
import org.fieldguide.alert.PublishedUrls;
import org.fieldguide.alert.RuleFile;
import org.fieldguide.alert.RunbookAlerts;
import org.fieldguide.alert.RunbookUrls;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.index.PageFacts;
import org.fieldguide.link.LinkResolver;
import org.fieldguide.link.Resolution;
import org.fieldguide.model.Page;
import org.fieldguide.model.SiteTree;
import org.fieldguide.yaml.Suggestions;

/**
 * The alert↔runbook checks over the assembled site: the rule files against the runbooks' {@code
 * alerts:}, with every {@code runbook_url} resolved by the same {@link LinkResolver} as every
 * link of the site, so an anchor is checked against the runbook's real heading ids.
 */
public final class AlertSiteChecks {

  /** The runbooks with text of their own (originals and translations) that list alerts. */
  public static List<RunbookAlerts> runbooks(SiteTree tree) {
    List<RunbookAlerts> out = new ArrayList<>();
    String def = tree.config().defaultLanguage();
    for (Page p : tree.pages()) runbook(p, def).ifPresent(out::add);
    return List.copyOf(out);
  }

  /** The alerts page {@code p} lists, when it is a runbook with text of its own (not a fallback to another language's). */
  public static Optional<RunbookAlerts> runbook(Page p, String defaultLanguage) {
    if (p.fallback() || p.content().isEmpty()) return Optional.empty();
    PageFacts f = p.content().get();
    return RunbookAlerts.of(f.source(), f.meta(), defaultLanguage);
  }

  /**
   * Where the alert index page is published: {@code alerts} in the top-level section of the
   * first runbook that lists alerts (such as {@code runbooks/alerts}), or {@code alert-index}
   * there when a page already has that name. Empty when no runbook lists alerts.
   */
  public static Optional<String> indexKey(SiteTree tree) {
    return indexKey(tree, runbooks(tree));
  }

  /** {@link #indexKey(SiteTree)} with the site's {@link #runbooks} already known (an update keeps them). */
  public static Optional<String> indexKey(SiteTree tree, List<RunbookAlerts> runbooks) {
    Optional<RunbookAlerts> first = runbooks.stream().filter(r -> !r.alerts().isEmpty()).min((a, b) -> a.pageKey().compareTo(b.pageKey()));
    if (first.isEmpty()) return Optional.empty();
    String key = first.get().pageKey();
    String section = key.contains("/") ? key.substring(0, key.indexOf('/')) : "";
    String prefix = section.isEmpty() ? "" : section + "/";
    String def = tree.config().defaultLanguage();
    for (String name : List.of("alerts", "alert-index", "prometheus-alert-index")) {
      if (tree.page(prefix + name, def).isEmpty()) return Optional.of(prefix + name);
    }
    return Optional.empty();
  }

  public void check(SiteTree tree, LinkResolver resolver, List<RuleFile> rules, Diagnostics diagnostics) {
    check(tree, resolver, rules, runbooks(tree), diagnostics);
  }

  /** {@link #check(SiteTree, LinkResolver, List, Diagnostics)} with the site's {@link #runbooks} already known. */
  public void check(SiteTree tree, LinkResolver resolver, List<RuleFile> rules, List<RunbookAlerts> runbooks, Diagnostics diagnostics) {
    SiteConfig config = tree.config();
    if (!config.alerts().isConfigured() && runbooks.stream().allMatch(r -> r.alerts().isEmpty())) return;
    PublishedUrls urls = (key, language) -> config.baseUrl() + tree.page(key, language).map(Page::url).orElse(language + "/" + key + "/");
    new AlertChecks(url -> target(tree, resolver, url), urls).check(config.alerts(), rules, runbooks).forEach(diagnostics::report);
  }

  /** What a runbook_url leads to: a page of this site (and whether its anchor exists), nothing, or elsewhere. */
  private static RunbookUrls.Target target(SiteTree tree, LinkResolver resolver, String url) {
    URI base = tree.config().baseUrl();
    URI u;
    try {
      u = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      return new RunbookUrls.Elsewhere(base.toString());
    }
    boolean here = u.getScheme() != null && u.getScheme().equalsIgnoreCase(base.getScheme()) && u.getHost() != null
        && u.getHost().equalsIgnoreCase(base.getHost()) && u.getPort() == base.getPort()
        && u.getRawPath() != null && (u.getRawPath() + "/").startsWith(base.getRawPath());
    if (!here) return new RunbookUrls.Elsewhere(base.toString());
    Page home = tree.home(tree.config().defaultLanguage());
    String written = u.getRawPath() + (u.getRawFragment() == null ? "" : "#" + u.getRawFragment());
    Resolution r = resolver.resolve(home, written.isEmpty() ? "/" : written);
    if (r instanceof Resolution.ToPage p && p.target().content().isPresent()) {
      PageFacts shown = p.checked().content().orElse(p.target().content().get());
      Optional<String> fragment = p.fragment().isEmpty() ? Optional.empty() : Optional.of(p.fragment());
      boolean found = fragment.isEmpty() || shown.ids().contains(fragment.get());
      return new RunbookUrls.Page(
          p.target().key(), p.target().content().get().source().displayPath(), p.target().language(), p.target().type(), fragment, found);
    }
    List<String> published = tree.pages().stream().map(pg -> base + pg.url()).toList();
    String noFragment = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
    return new RunbookUrls.Missing(Optional.ofNullable(Suggestions.closest(noFragment, published, Math.max(2, noFragment.length() / 8))));
  }
}
