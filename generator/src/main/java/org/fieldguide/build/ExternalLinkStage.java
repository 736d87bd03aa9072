package org.fieldguide.build;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fieldguide.config.ExternalLinksConfig;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.link.external.ExternalLink;
import org.fieldguide.link.external.ExternalLinkChecker;
import org.fieldguide.link.external.ExternalLinkPolicy;
import org.fieldguide.link.external.ExternalLinkReport;
import org.fieldguide.link.external.LinkCache;
import org.fieldguide.html.HtmlPolicy;
import org.fieldguide.model.Page;
import org.fieldguide.model.SiteTree;
import org.fieldguide.index.BodyStore;
import org.fieldguide.markdown.LinkRef;

/**
 * The optional stage that checks links to other sites, with the result cache kept in the site's
 * {@code .fieldguide-cache/} so a CI job re-checks only what is stale.
 */
final class ExternalLinkStage {

  void run(
      java.nio.file.Path siteDir, ExternalLinksConfig config, ExternalLinkOptions options, SiteTree tree, BodyStore store, Diagnostics diagnostics) {
    ExternalLinkPolicy policy = ExternalLinkPolicy.defaults()
        .withIgnore(config.ignore())
        .withCheckFragments(config.checkFragments())
        .withOffline(options.offline())
        .withFailOnBroken(options.failOnBroken());
    if (options.deadline().isPresent()) policy = policy.withDeadline(options.deadline().get());
    LinkCache cache = LinkCache.load(siteDir.resolve(LinkCache.DEFAULT_FILE));
    try (ExternalLinkChecker checker = new ExternalLinkChecker(policy, cache, Clock.systemUTC(), options.progress())) {
      ExternalLinkReport report = checker.check(externalLinks(tree, store));
      report.diagnostics().forEach(diagnostics::report);
    }
  }

  /** Every http(s) link written in a page's own text, once per position. */
  static List<ExternalLink> externalLinks(SiteTree tree, BodyStore store) {
    // Fallback pages repeat their original's links at the same positions.
    Set<ExternalLink> links = new LinkedHashSet<>();
    for (Page p : tree.pages()) {
      if (p.fallback() || p.content().isEmpty()) continue;
      for (LinkRef l : store.details(p.content().get().body()).links()) {
        String scheme = HtmlPolicy.scheme(l.url());
        if (scheme.equals("http") || scheme.equals("https")) links.add(new ExternalLink(l.url(), l.pos()));
      }
    }
    List<ExternalLink> sorted = new ArrayList<>(links);
    sorted.sort((a, b) -> a.pos().compareTo(b.pos()));
    return sorted;
  }
}
