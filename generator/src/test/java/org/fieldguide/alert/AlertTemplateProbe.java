package org.fieldguide.alert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fieldguide.config.ConfigLoader;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.i18n.UiStrings;
import org.fieldguide.i18n.UiStringsLoader;
import org.fieldguide.theme.TemplateRenderer;
import org.fieldguide.theme.Theme;
import org.fieldguide.theme.ThemeLoader;
import org.fieldguide.yaml.YamlReader;

/**
 * Renders the default theme's alert macros with the real template renderer and the theme's real
 * interface strings, from a probe template that calls them as a page template would (the build's
 * page views, which will carry these records, are not wired yet).
 */
public final class AlertTemplateProbe {
  private static final String PROBE = """
      <#import "partials/alerts.ftlh" as alertMacros>
      <!DOCTYPE html>
      <html lang="${lang}"><head><meta charset="utf-8"><title>Alerts</title>
      <link rel="stylesheet" href="static/css/site.css"></head>
      <body><main><@alertMacros.runbookAlerts alerts=alerts/><@alertMacros.index rows=rows/></main></body></html>
      """;

  private final Theme theme;
  private final UiStrings strings;
  private final Diagnostics diagnostics = new Diagnostics();

  /** What the probe template receives. */
  public record Model(String lang, Ui ui, List<AlertView> alerts, List<AlertIndexRow> rows) {}

  /** {@code ui.t(key)} and {@code ui.highlight(language, code)} as templates call them, over the real strings and highlighter. */
  public record Ui(UiStrings strings, String language) {
    private static final org.fieldguide.highlight.Highlighter HIGHLIGHTER = new org.fieldguide.highlight.Highlighter();

    public String t(String key) {
      return strings.format(language, key);
    }

    public String highlight(String codeLanguage, String code) {
      return HIGHLIGHTER.html(codeLanguage, code);
    }
  }

  /** A site in {@code dir} with the five languages of this repository and the probe template. */
  public AlertTemplateProbe(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("site.yaml"),
        "title: T\nbase_url: https://guides.example.org/\nlanguages:\n  en: {}\n  es: {}\n  fr: {}\n  pt: {}\n  ar: {}\n");
    Files.createDirectories(dir.resolve("templates"));
    Files.writeString(dir.resolve("templates/alerts-probe.ftlh"), PROBE);
    SiteConfig config = new ConfigLoader(new YamlReader()).load(dir, diagnostics).orElseThrow();
    theme = new ThemeLoader().load(dir, config, diagnostics).orElseThrow();
    Map<String, List<UiStringsLoader.NamedFile>> files = new HashMap<>();
    for (String lang : config.languageCodes()) {
      Theme.Located f = theme.find("i18n/" + lang + ".yaml").orElseThrow();
      files.computeIfAbsent(lang, k -> new ArrayList<>()).add(new UiStringsLoader.NamedFile(f.displayName(), Files.readString(f.path())));
    }
    strings = new UiStringsLoader(new YamlReader()).load(config, files, dir, diagnostics);
  }

  public Theme theme() {
    return theme;
  }

  public UiStrings strings() {
    return strings;
  }

  /** Problems loading the theme or its strings (none expected). */
  public Diagnostics diagnostics() {
    return diagnostics;
  }

  public String render(String language, List<AlertView> alerts, List<AlertIndexRow> rows) throws TemplateRenderer.TemplateFailure {
    return new TemplateRenderer(theme).render("alerts-probe.ftlh", new Model(language, new Ui(strings, language), alerts, rows), "a test");
  }
}
