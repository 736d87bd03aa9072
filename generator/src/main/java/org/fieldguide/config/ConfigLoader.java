package org.fieldguide.config;

import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.IoReason;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.diagnostic.Utf8Text;
import org.fieldguide.yaml.MappingReader;
import org.fieldguide.yaml.YamlException;
import org.fieldguide.yaml.YamlNode;
import org.fieldguide.yaml.YamlReader;

/** Stage 0: reads {@code site.yaml} into a {@link SiteConfig}, reporting every problem. */
public final class ConfigLoader {
  public static final String FILE = "site.yaml";
  private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  private final YamlReader yaml;

  public ConfigLoader(YamlReader yaml) {
    this.yaml = yaml;
  }

  /** Empty when the configuration has errors; they are in {@code diagnostics}. */
  public Optional<SiteConfig> load(Path siteDir, Diagnostics diagnostics) {
    Path file = siteDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      String where = siteDir.toAbsolutePath().normalize().toString();
      String what = ForeignSite.in(siteDir)
          // The command last and unquoted, so that it can be copied whole even when the path needs quotes.
          .map(f -> ", which holds a site written for " + f.generator() + " (" + f.configFile() + "). Run fieldguide in a fieldguide site's"
              + " folder or pass --site DIR; to convert this one into a fieldguide site: fieldguide import " + f.tool() + " " + shellWord(where)
              + " --out NEW-FOLDER")
          .orElse(". Run fieldguide in the site's folder or pass --site DIR.");
      diagnostics.error(SourcePos.file(FILE), "no site.yaml in " + where + what);
      return Optional.empty();
    }
    Optional<String> read;
    try {
      read = Utf8Text.decode(Files.readAllBytes(file), FILE, diagnostics);
    } catch (IOException e) {
      diagnostics.error(SourcePos.file(FILE), "cannot read site.yaml: " + IoReason.of(e) + ".");
      return Optional.empty();
    }
    if (read.isEmpty()) return Optional.empty();
    String text = read.get();
    YamlNode root;
    try {
      root = yaml.read(text, FILE, 0);
    } catch (YamlException e) {
      diagnostics.report(e.diagnostic());
      return Optional.empty();
    }
    long before = diagnostics.errorCount();
    Optional<SiteConfig> config =
        MappingReader.of(root, diagnostics, FILE, FILE).flatMap(r -> read(r, diagnostics));
    return diagnostics.errorCount() > before ? Optional.empty() : config;
  }

  private Optional<SiteConfig> read(MappingReader r, Diagnostics diagnostics) {
    String title = r.requiredText("title", "title: Site Host Guides").orElse("");
    String description = r.text("description").orElse("");
    URI baseUrl = r.text("base_url").flatMap(u -> baseUrl(u, r, diagnostics)).orElse(URI.create("https://example.invalid/"));
    if (!r.has("base_url")) {
      diagnostics.error(
          r.pos(), "missing required field 'base_url'. Add the address the site is published at, such as base_url: https://guides.example.org/.");
    }
    String defaultLanguage = r.text("default_language").orElse("en");
    List<LanguageConfig> languages = languages(r, diagnostics, defaultLanguage);
    String theme = r.text("theme").orElse("default");
    Optional<String> repository = r.text("repository").filter(u -> isWebAddress(u, "repository", "https://github.com/example/guides", r));
    boolean allowRawHtml = r.bool("allow_raw_html").orElse(false);
    boolean strictHtml = r.bool("strict_html").orElse(false);
    if (allowRawHtml && strictHtml) {
      diagnostics.error(
          r.keyPos("strict_html").orElse(r.pos()),
          "strict_html: true makes every removal by the sanitiser an error, and allow_raw_html: true turns the sanitiser off for"
              + " raw HTML: choose one.");
    }
    ExternalLinksConfig external = r.node("external_links").flatMap(n -> externalLinks(n, diagnostics)).orElse(ExternalLinksConfig.DEFAULT);
    AlertsConfig alerts = r.node("alerts").flatMap(n -> AlertsConfigReader.read(n, diagnostics)).orElse(AlertsConfig.NONE);
    FrontMatterConfig frontMatter =
        r.node("front_matter").flatMap(n -> new FrontMatterConfigReader(diagnostics).read(n)).orElse(FrontMatterConfig.NONE);
    r.rejectUnknownKeys("site.yaml");

    if (!languages.isEmpty() && languages.stream().noneMatch(l -> l.code().equals(defaultLanguage))) {
      diagnostics.error(
          r.keyPos("default_language").orElse(r.pos()),
          "default_language '"
              + defaultLanguage
              + "' is not one of the languages ("
              + String.join(", ", languages.stream().map(LanguageConfig::code).toList())
              + "). Add it under languages or change default_language.");
    }
    if (!LANGUAGE_CODE.matcher(defaultLanguage).matches()) {
      diagnostics.error(
          r.keyPos("default_language").orElse(r.pos()),
          "default_language '" + defaultLanguage + "' is not a language code such as en or pt-BR.");
    }
    return Optional.of(
        new SiteConfig(title, description, baseUrl, defaultLanguage, languages, theme, repository, allowRawHtml, external, alerts, frontMatter,
            strictHtml));
  }

  private static Optional<ExternalLinksConfig> externalLinks(YamlNode node, Diagnostics diagnostics) {
    return MappingReader.of(node, diagnostics, FILE, "external_links").map(r -> {
      List<String> ignore = new ArrayList<>();
      for (YamlNode n : r.nodeList("ignore")) {
        if (!(n instanceof YamlNode.Scalar s) || s.kind() != YamlNode.ScalarKind.STRING) {
          diagnostics.error(n.pos(), "each of 'ignore' must be a regular expression in quotes, such as \"^https://internal\\\\.example\\\\.org/\".");
          continue;
        }
        try {
          java.util.regex.Pattern.compile(s.text());
          ignore.add(s.text());
        } catch (java.util.regex.PatternSyntaxException e) {
          diagnostics.error(n.pos(), "'" + s.text() + "' is not a valid regular expression: " + e.getDescription() + ".");
        }
      }
      boolean fragments = r.bool("check_fragments").orElse(false);
      r.rejectUnknownKeys("external_links");
      return new ExternalLinksConfig(List.copyOf(ignore), fragments);
    });
  }

  private Optional<URI> baseUrl(String value, MappingReader r, Diagnostics diagnostics) {
    String v = value.strip();
    if (!v.endsWith("/")) v = v + "/";
    try {
      URI uri = new URI(v);
      if (uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    diagnostics.error(
        r.node("base_url").get().pos(),
        "base_url must be an absolute http(s) address such as https://guides.example.org/, found '" + value + "'.");
    return Optional.empty();
  }

  /**
   * Whether {@code value} is an absolute http(s) address; reports it at its position if not.
   * Every address in site.yaml ends up in links on every page, where {@code javascript:} would run.
   */
  private static boolean isWebAddress(String value, String key, String example, MappingReader r) {
    try {
      URI uri = new URI(value.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) return true;
    } catch (URISyntaxException e) {
      // reported below
    }
    r.reportAt(key, key + " must be an absolute http(s) address such as " + example + ", found '" + value + "'.");
    return false;
  }

  private List<LanguageConfig> languages(MappingReader r, Diagnostics diagnostics, String defaultLanguage) {
    Optional<YamlNode> node = r.node("languages");
    if (node.isEmpty()) {
      // A single-language site need not list its language.
      return List.of(new LanguageConfig(defaultLanguage, nativeName(defaultLanguage), direction(defaultLanguage)));
    }
    Optional<MappingReader> map = MappingReader.of(node.get(), diagnostics, FILE, "languages");
    if (map.isEmpty()) return List.of();
    List<LanguageConfig> out = new ArrayList<>();
    for (YamlNode.Entry e : ((YamlNode.Mapping) node.get()).entries()) {
      String code = e.key();
      if (!LANGUAGE_CODE.matcher(code).matches()) {
        diagnostics.error(e.keyPos(), "'" + code + "' is not a language code such as en, es or pt-BR.");
        continue;
      }
      if (e.value() instanceof YamlNode.Scalar s && (s.kind() == YamlNode.ScalarKind.NULL || s.text().isBlank())) {
        out.add(new LanguageConfig(code, nativeName(code), direction(code)));
        continue;
      }
      Optional<MappingReader> lang = MappingReader.of(e.value(), diagnostics, FILE, "language '" + code + "'");
      if (lang.isEmpty()) continue;
      // ICU is asked only for what site.yaml leaves out: a native name loads that language's locale
      // data (some 10 ms each on a 2-core machine), on the main thread before the index starts.
      String name = lang.get().text("name").orElseGet(() -> nativeName(code));
      Direction dir = lang.get().choice("direction", Direction.class, Direction::html).orElseGet(() -> direction(code));
      Optional<String> title = lang.get().text("title");
      lang.get().rejectUnknownKeys("language '" + code + "'");
      out.add(new LanguageConfig(code, name, dir, title));
    }
    return List.copyOf(out);
  }

  private static String nativeName(String code) {
    ULocale l = ULocale.forLanguageTag(code);
    String name = l.getDisplayName(l);
    return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(l.toLocale()) + name.substring(1);
  }

  private static Direction direction(String code) {
    return ULocale.forLanguageTag(code).isRightToLeft() ? Direction.RTL : Direction.LTR;
  }

  /** {@code path} as one word of a shell command line, quoted where it needs to be (for commands a message suggests). */
  public static String shellWord(String path) {
    return path.matches("[A-Za-z0-9/._,:+@%=-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
  }
}
