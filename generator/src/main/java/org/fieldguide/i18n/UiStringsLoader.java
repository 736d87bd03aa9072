package org.fieldguide.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.yaml.YamlException;
import org.fieldguide.yaml.YamlNode;
import org.fieldguide.yaml.YamlReader;

/**
 * Loads interface strings: the theme's own {@code i18n/<lang>.yaml} (so any site is fully
 * translated), overlaid by the site's {@code translations/<lang>.yaml}; a region variant such as
 * {@code pt-br} is laid over its base language's files ({@code pt}) first. Every pattern is parsed
 * once here so a syntax error is reported with its position before any page is rendered.
 */
public final class UiStringsLoader {
  private final YamlReader yaml;

  public UiStringsLoader(YamlReader yaml) {
    this.yaml = yaml;
  }

  /**
   * @param themeFiles the theme's string files per language of {@link #lookupLanguages}, most
   *     specific theme first, each with the name shown in messages
   */
  public UiStrings load(
      SiteConfig config, Map<String, List<NamedFile>> themeFiles, Path siteDir, Diagnostics diagnostics) {
    Map<String, Map<String, String>> all = new HashMap<>();
    for (String lang : config.languageCodes()) {
      Map<String, String> strings = new LinkedHashMap<>();
      // A region variant (pt-br) starts from its base language's strings (pt), theme and site,
      // so only what differs needs translating; the default language still fills the rest.
      List<String> chain = new ArrayList<>(baseLanguages(lang));
      java.util.Collections.reverse(chain);
      chain.add(lang);
      for (String layer : chain) readLayer(layer, themeFiles, siteDir, strings, diagnostics);
      all.put(lang, strings);
    }
    reportMissingKeys(config, all, diagnostics);
    return new UiStrings(config.defaultLanguage(), all);
  }

  /**
   * The languages whose strings files are looked up for the site: its own, and the base
   * languages of region variants ({@code pt} for {@code pt-br}, {@code zh-Hant} and {@code zh} for
   * {@code zh-Hant-TW}), each once, in the site's order.
   */
  public static List<String> lookupLanguages(SiteConfig config) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (String lang : config.languageCodes()) {
      out.add(lang);
      out.addAll(baseLanguages(lang));
    }
    return List.copyOf(out);
  }

  /** The more general languages of a tag, most specific first: {@code es-419} → {@code es}. */
  static List<String> baseLanguages(String lang) {
    List<String> out = new ArrayList<>();
    for (int cut = lang.lastIndexOf('-'); cut > 0; cut = lang.lastIndexOf('-', cut - 1)) out.add(lang.substring(0, cut));
    return out;
  }

  private void readLayer(
      String lang, Map<String, List<NamedFile>> themeFiles, Path siteDir, Map<String, String> strings, Diagnostics diagnostics) {
    List<NamedFile> theme = themeFiles.getOrDefault(lang, List.of());
    for (int i = theme.size() - 1; i >= 0; i--) {
      read(theme.get(i).displayName(), theme.get(i).text(), lang, strings, diagnostics);
    }
    Path site = siteDir.resolve("translations").resolve(lang + ".yaml");
    if (Files.isRegularFile(site)) {
      try {
        read("translations/" + lang + ".yaml", Files.readString(site, StandardCharsets.UTF_8), lang, strings, diagnostics);
      } catch (IOException e) {
        diagnostics.error(SourcePos.file("translations/" + lang + ".yaml"), "cannot read: " + e.getMessage());
      }
    }
  }

  /** One warning per language that lacks strings the default language has. */
  private static void reportMissingKeys(SiteConfig config, Map<String, Map<String, String>> all, Diagnostics diagnostics) {
    String def = config.defaultLanguage();
    for (String lang : config.languageCodes()) {
      if (lang.equals(def)) continue;
      List<String> missing =
          all.get(def).keySet().stream().filter(k -> !all.get(lang).containsKey(k)).sorted().toList();
      if (missing.isEmpty()) continue;
      String shown = missing.size() > 8 ? String.join(", ", missing.subList(0, 8)) + ", …" : String.join(", ", missing);
      diagnostics.warning(
          SourcePos.file("translations/" + lang + ".yaml"),
          missing.size() + " interface string" + (missing.size() == 1 ? " has" : "s have") + " no " + lang
              + " translation and " + (missing.size() == 1 ? "is" : "are") + " shown in " + config.language(def).name()
              + ": " + shown + ". Add them to translations/" + lang + ".yaml.");
    }
  }

  private void read(String name, String text, String lang, Map<String, String> into, Diagnostics diagnostics) {
    YamlNode root;
    try {
      root = yaml.read(text, name, 0);
    } catch (YamlException e) {
      diagnostics.report(e.diagnostic());
      return;
    }
    if (!(root instanceof YamlNode.Mapping m)) {
      diagnostics.error(root.pos(), "a translations file must be a mapping of 'key: message' lines.");
      return;
    }
    for (YamlNode.Entry e : m.entries()) {
      if (!(e.value() instanceof YamlNode.Scalar s) || s.kind() == YamlNode.ScalarKind.NULL) {
        diagnostics.error(e.value().pos(), "the message '" + e.key() + "' must be text.");
        continue;
      }
      try {
        ULocale locale = ULocale.forLanguageTag(lang);
        new MessageFormat(s.text(), locale);
        into.put(e.key(), s.text());
        List<String> missing = PluralCoverage.missing(s.text(), locale);
        if (!missing.isEmpty()) {
          diagnostics.warning(
              s.pos(),
              "the message '" + e.key() + "' lacks the plural categories " + String.join(", ", missing)
                  + " that " + lang + " needs, so some counts show the 'other' text. Add a case for each.");
        }
      } catch (IllegalArgumentException ex) {
        diagnostics.error(
            s.pos(),
            "the message '" + e.key() + "' is not valid ICU MessageFormat: " + ex.getMessage()
                + ". Check that every { has its }, and write a literal apostrophe as ''.");
      }
    }
  }

  /** A file's text and the name shown in messages. */
  public record NamedFile(String displayName, String text) {}
}
