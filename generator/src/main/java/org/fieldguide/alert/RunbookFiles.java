package org.fieldguide.alert;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.content.ContentScanner;
import org.fieldguide.content.SourceFile;
import org.fieldguide.content.SourceKind;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.frontmatter.ContentType;
import org.fieldguide.frontmatter.FrontMatterReader;
import org.fieldguide.frontmatter.PageMeta;
import org.fieldguide.frontmatter.PageReader;
import org.fieldguide.frontmatter.ParsedPage;
import org.fieldguide.yaml.YamlReader;

/**
 * Reads the {@code alerts:} of every published runbook straight from {@code content/}, for the
 * {@code alerts} command, which does not build the site. A build gets the same records from its
 * own front matter stage with {@link RunbookAlerts#of}.
 */
public final class RunbookFiles {
  private final ContentScanner scanner = new ContentScanner();
  private final PageReader pages;

  public RunbookFiles(YamlReader yaml) {
    this.pages = new PageReader(new FrontMatterReader(yaml));
  }

  /** Runbooks that are not drafts, sorted by file, with their front matter errors reported. */
  public List<RunbookAlerts> read(Path siteDir, SiteConfig config, Diagnostics diagnostics) {
    List<PageReader.Loaded> loaded = new ArrayList<>();
    for (SourceFile f : scanner.scan(siteDir, config, diagnostics)) {
      if (f.isMarkdown()) pages.load(f, diagnostics).ifPresent(loaded::add);
    }
    Map<String, Optional<ContentType>> sectionTypes = new HashMap<>();
    for (PageReader.Loaded l : loaded) {
      if (l.source().kind() == SourceKind.SECTION_INDEX && l.source().language().equals(config.defaultLanguage())) {
        pages.type(l, ContentType.PAGE, new Diagnostics())
            .ifPresent(p -> sectionTypes.put(l.source().key(), ((PageMeta.SectionMeta) p.meta()).childType()));
      }
    }
    List<RunbookAlerts> out = new ArrayList<>();
    for (PageReader.Loaded l : loaded) {
      if (l.source().kind() != SourceKind.PAGE) continue;
      Optional<ParsedPage> page = pages.type(l, inheritedType(l.source().key(), sectionTypes), diagnostics);
      if (page.isEmpty() || page.get().meta().common().draft()) continue;
      RunbookAlerts.of(page.get(), config.defaultLanguage()).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /**
   * The type a page without {@code type:} gets: that of the nearest section that sets one. The
   * same rule as the build's assembly stage, restated here so this reader needs no part of the
   * build.
   */
  static ContentType inheritedType(String key, Map<String, Optional<ContentType>> sectionTypes) {
    String folder = key;
    while (true) {
      int slash = folder.lastIndexOf('/');
      folder = slash < 0 ? "" : folder.substring(0, slash);
      Optional<ContentType> t = sectionTypes.getOrDefault(folder, Optional.empty());
      if (t.isPresent()) return t.get();
      if (folder.isEmpty()) return ContentType.PAGE;
    }
  }
}
