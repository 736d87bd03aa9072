package org.fieldguide.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fieldguide.config.LanguageConfig;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.frontmatter.CommonMeta;
import org.fieldguide.frontmatter.ContentType;
import org.fieldguide.i18n.UiStrings;
import org.fieldguide.model.Page;
import org.fieldguide.model.PageId;
import org.fieldguide.model.RenderedPage;
import org.fieldguide.model.SiteTree;
import org.fieldguide.output.StagedOutput;
import org.fieldguide.search.CodeTerms;
import org.fieldguide.search.SearchDocument;
import org.fieldguide.search.SearchIndexSize;
import org.fieldguide.search.SearchIndexWriter;
import org.fieldguide.search.SearchLabels;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * Engine seam for search: makes {@link SearchDocument}s from the pages the current engine
 * rendered (the text of each body, read back with jsoup) and writes each language's index. The
 * new engine will make the documents from its page index instead; this class is the only place
 * that knows both sides.
 */
final class SiteSearch {
  private final SearchIndexWriter writer = new SearchIndexWriter();

  /** The parts of a rendered body that search needs; the same for a page and its fallbacks. */
  private record BodyText(List<String> headings, String text, List<String> codeTerms) {}

  /**
   * What was written.
   *
   * @param readingBodies the time spent reading the text back from the rendered HTML, which the
   *     new engine will not need
   */
  record Written(List<SearchIndexSize> sizes, Duration readingBodies) {
    List<String> describe() {
      List<String> lines = new ArrayList<>();
      lines.add(String.format(Locale.ROOT, "page text read back from HTML with jsoup: %.1f ms", readingBodies.toNanos() / 1e6));
      sizes.forEach(s -> lines.add(s.describe()));
      return lines;
    }
  }

  Written write(SiteTree tree, UiStrings strings, List<RenderedPage> rendered, StagedOutput output, Parallel parallel) {
    SiteConfig config = tree.config();
    String def = config.defaultLanguage();
    long start = System.nanoTime();
    // A fallback page shows its original's text: read each body once.
    List<RenderedPage> originals = rendered.stream().filter(r -> !r.page().fallback()).toList();
    List<BodyText> texts = parallel.map(originals, r -> bodyText(r.bodyHtml()));
    Duration reading = Duration.ofNanos(System.nanoTime() - start);
    Map<PageId, BodyText> byOriginal = new HashMap<>();
    for (int i = 0; i < originals.size(); i++) byOriginal.put(originals.get(i).page().id(), texts.get(i));

    Map<String, List<SearchDocument>> byLanguage = new LinkedHashMap<>();
    for (String lang : config.languageCodes()) byLanguage.put(lang, new ArrayList<>());
    for (RenderedPage r : rendered) {
      Page p = r.page();
      BodyText body = byOriginal.get(p.fallback() ? new PageId(p.key(), def) : p.id());
      if (body == null) body = bodyText(r.bodyHtml());
      byLanguage.get(p.language()).add(document(tree, p, body));
    }
    Map<String, String> languageNames = new LinkedHashMap<>();
    for (LanguageConfig l : config.languages()) languageNames.put(l.code(), l.name());
    List<String> languages = List.copyOf(byLanguage.keySet());
    return new Written(
        parallel.map(languages, lang -> writer.write(lang, byLanguage.get(lang), new SearchLabels(typeNames(strings, lang), languageNames), output::write)),
        reading);
  }

  private static SearchDocument document(SiteTree tree, Page p, BodyText body) {
    String def = tree.config().defaultLanguage();
    CommonMeta meta = p.content().map(c -> c.meta().common()).orElse(null);
    return new SearchDocument(
        p.language(),
        p.url(),
        p.title(),
        tree.parent(p).map(Page::title).orElse(""),
        p.type().id(),
        meta == null ? "" : meta.summary(),
        body.headings(),
        body.text(),
        meta == null ? List.of() : meta.tags(),
        body.codeTerms(),
        p.fallback(),
        p.contentLanguage(def));
  }

  private static Map<String, String> typeNames(UiStrings strings, String language) {
    Map<String, String> names = new LinkedHashMap<>();
    for (ContentType t : ContentType.values()) names.put(t.id(), strings.format(language, "type_" + t.id().replace('-', '_')));
    return names;
  }

  /** Headings, text and code terms of a rendered body, in one walk over its elements. */
  private static BodyText bodyText(String html) {
    List<String> headings = new ArrayList<>();
    Set<String> codeTerms = new LinkedHashSet<>();
    StringBuilder text = new StringBuilder(html.length() / 2);
    NodeTraversor.filter(new NodeFilter() {
      private StringBuilder heading; // the text of the heading being walked, if any

      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          text.append(t.getWholeText());
          if (heading != null) heading.append(t.getWholeText());
          return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) return FilterResult.CONTINUE;
        if (e.hasClass("heading-anchor")) return FilterResult.SKIP_ENTIRELY;
        if (e.nameIs("pre")) {
          // Code is left out of the text; only its commands and names are indexed.
          codeTerms.addAll(CodeTerms.of(e.wholeText(), codeLanguage(e)));
          text.append('\n');
          return FilterResult.SKIP_ENTIRELY;
        }
        if (isHeading(e)) heading = new StringBuilder();
        if (e.isBlock() || e.nameIs("br")) text.append('\n');
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
          if (heading != null && isHeading(e)) {
            headings.add(heading.toString().replaceAll("\\s+", " ").strip());
            heading = null;
          }
          if (e.isBlock()) text.append('\n');
        }
        return FilterResult.CONTINUE;
      }
    }, Jsoup.parseBodyFragment(html).body());
    // Spaces collapse as a browser shows them; blocks keep one line end between them.
    String plain = text.toString().replaceAll("[ \\t\\r\\f\\u00a0]+", " ").replaceAll(" ?\\n[\\s\\n]*", "\n").strip();
    return new BodyText(headings, plain, List.copyOf(codeTerms));
  }

  private static boolean isHeading(Element e) {
    String name = e.normalName();
    return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
  }

  private static String codeLanguage(Element pre) {
    Element code = pre.firstElementChild();
    if (code == null || !code.nameIs("code")) return "";
    for (String c : code.classNames()) if (c.startsWith("language-")) return c.substring("language-".length()).toLowerCase(Locale.ROOT);
    return "";
  }
}
