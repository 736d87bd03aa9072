package org.fieldguide.alert;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.fieldguide.config.ConfigLoader;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.yaml.YamlReader;

/**
 * A site's alerts and runbooks read for the {@code alerts} command: site.yaml, the rule files it
 * names and the runbooks' {@code alerts:}, without building the site.
 */
public record AlertSite(SiteConfig config, List<RuleFile> ruleFiles, List<RunbookAlerts> runbooks) {

  /** Empty when site.yaml cannot be read; other problems are in {@code diagnostics}. */
  public static Optional<AlertSite> read(Path siteDir, Diagnostics diagnostics) {
    YamlReader yaml = new YamlReader();
    Optional<SiteConfig> config = new ConfigLoader(yaml).load(siteDir, diagnostics);
    if (config.isEmpty()) return Optional.empty();
    List<RuleFile> rules = new RuleFileLoader(yaml).load(siteDir, config.get().alerts(), diagnostics);
    List<RunbookAlerts> runbooks = new RunbookFiles(yaml).read(siteDir, config.get(), diagnostics);
    return Optional.of(new AlertSite(config.get(), rules, runbooks));
  }

  /** Where each runbook is published when no build says otherwise. */
  public PublishedUrls publishedUrls() {
    return new ContentPathUrls(config.baseUrl());
  }
}
