package org.fieldguide.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.frontmatter.FrontMatterEditor;
import org.fieldguide.frontmatter.FrontMatterReader;
import org.fieldguide.frontmatter.FrontMatterSplitter;
import org.fieldguide.frontmatter.SourceDigest;
import org.fieldguide.frontmatter.Split;
import org.fieldguide.yaml.MappingReader;
import org.fieldguide.yaml.YamlNode;
import org.fieldguide.yaml.YamlReader;

/**
 * Starts translations and marks them up to date by writing {@code source_hash}: the digest of
 * the original as the translator saw it. Reports problems as diagnostics; writes nothing then.
 */
public final class Translations {
  private final SiteConfig config;
  private final Path siteDir;
  private final FrontMatterReader reader = new FrontMatterReader(new YamlReader());

  public Translations(SiteConfig config, Path siteDir) {
    this.config = config;
    this.siteDir = siteDir;
  }

  /**
   * Copies {@code source} to its translation into {@code language}, stamped with the source's
   * digest, for a translator to translate in place.
   *
   * @return the new file, or empty after reporting why not
   */
  public Optional<Path> start(Path source, String language, Diagnostics diagnostics) {
    String shown = display(source);
    if (!config.hasLanguage(language) || language.equals(config.defaultLanguage())) {
      diagnostics.error(SourcePos.file(shown), "'" + language + "' is not a translation language of this site ("
          + String.join(", ", config.languageCodes()) + "). Add it to languages in site.yaml first.");
      return Optional.empty();
    }
    if (SourceOfTranslation.sourceOf(source, config).isPresent()) {
      diagnostics.error(SourcePos.file(shown), "this is already a translation. Start from the default-language page.");
      return Optional.empty();
    }
    Path target = SourceOfTranslation.translationOf(source, language);
    if (Files.exists(target)) {
      diagnostics.error(SourcePos.file(display(target)), "the translation already exists; edit it, then run 'fieldguide i18n --stamp " + display(target) + "'.");
      return Optional.empty();
    }
    return digest(source, diagnostics).flatMap(hash -> {
      try {
        Optional<String> text = FrontMatterEditor.withField(Files.readString(source, StandardCharsets.UTF_8), "source_hash", "\"" + hash + "\"");
        if (text.isEmpty()) return Optional.empty();
        Files.writeString(target, text.get(), StandardCharsets.UTF_8);
        return Optional.of(target);
      } catch (IOException e) {
        diagnostics.error(SourcePos.file(display(target)), "cannot write: " + e.getMessage());
        return Optional.empty();
      }
    });
  }

  /** Records that {@code translation} now matches its original. */
  public boolean stamp(Path translation, Diagnostics diagnostics) {
    Optional<Path> source = SourceOfTranslation.sourceOf(translation, config);
    if (source.isEmpty()) {
      diagnostics.error(SourcePos.file(display(translation)), "not a translation: its name has no language suffix such as .es.md.");
      return false;
    }
    if (!Files.isRegularFile(source.get())) {
      diagnostics.error(SourcePos.file(display(translation)), "its original " + display(source.get()) + " does not exist.");
      return false;
    }
    Optional<String> hash = digest(source.get(), diagnostics);
    if (hash.isEmpty()) return false;
    try {
      Optional<String> text = FrontMatterEditor.withField(Files.readString(translation, StandardCharsets.UTF_8), "source_hash", "\"" + hash.get() + "\"");
      if (text.isEmpty()) {
        diagnostics.error(SourcePos.file(display(translation)), "no front matter to record source_hash in.");
        return false;
      }
      Files.writeString(translation, text.get(), StandardCharsets.UTF_8);
      return true;
    } catch (IOException e) {
      diagnostics.error(SourcePos.file(display(translation)), "cannot update: " + e.getMessage());
      return false;
    }
  }

  private Optional<String> digest(Path source, Diagnostics diagnostics) {
    String shown = display(source);
    try {
      String text = FrontMatterSplitter.normalise(Files.readString(source, StandardCharsets.UTF_8));
      FrontMatterSplitter.Result r = new FrontMatterSplitter().split(text, shown);
      if (r.problem().isPresent()) {
        diagnostics.report(r.problem().get());
        return Optional.empty();
      }
      Split split = r.split().get();
      Optional<YamlNode> yaml = reader.parse(split, shown, diagnostics);
      if (yaml.isEmpty()) return Optional.empty();
      Optional<String> title = MappingReader.of(yaml.get(), diagnostics, "front matter", "front matter")
          .flatMap(m -> m.requiredText("title", "title: Replace a failed disk"));
      return title.map(t -> SourceDigest.of(t, split.body()));
    } catch (IOException e) {
      diagnostics.error(SourcePos.file(shown), "cannot read: " + e.getMessage());
      return Optional.empty();
    }
  }

  private String display(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(siteDir) ? siteDir.relativize(abs).toString().replace('\\', '/') : abs.toString();
  }
}
