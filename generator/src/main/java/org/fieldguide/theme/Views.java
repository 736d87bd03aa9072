package org.fieldguide.theme;

import java.util.List;
import java.util.Map;
import org.fieldguide.model.TocEntry;

/**
 * The typed records templates receive. Strings are ready to print (dates and durations already
 * formatted in the page's language); URLs are relative to the page being rendered. A {@code null}
 * component means "not applicable" and is tested in templates with {@code ??}.
 */
public final class Views {
  private Views() {}

  /** What every template gets: {@code site}, {@code page} and {@code ui} for interface strings. */
  public record Root(SiteView site, PageView page, UiView ui) {
    /** The same root with another body for the page. */
    public Root withContent(String body) {
      return new Root(site, page.withContent(body), ui);
    }
  }

  public record LinkView(String title, String url) {}

  public record LanguageView(String code, String name, String dir) {}

  /**
   * An entry of the language switcher; {@code translated} is false where the page is shown in
   * the default language.
   */
  public record LanguageLink(String code, String name, String url, String absoluteUrl, boolean current, boolean translated) {}

  /**
   * A link to a page in navigation and section lists; a {@code more} item stands for the pages of
   * a large section that the navigation leaves out (its {@code url} is the section page).
   *
   * @param canonicalUrl the page's address on the published site
   * @param checklistItems task-list items on the page, 0 when none
   * @param checklistKey what the page's ticks and progress are saved under in the browser (see
   *     {@link ChecklistScope#storageKey}); empty when the page has no checklist
   */
  public record NavItem(
      String title,
      String url,
      String summary,
      String type,
      boolean current,
      boolean fallback,
      String estimatedTime,
      boolean section,
      String canonicalUrl,
      int checklistItems,
      int more,
      String checklistKey) {}

  /**
   * The site as a page sees it. Theme files are linked with {@link #asset}, which fails (at the
   * template's line) when the theme has no such file, so a theme cannot publish a dead link.
   */
  public record SiteView(
      String title,
      String description,
      String rootUrl,
      String staticUrl,
      String homeUrl,
      LanguageView language,
      List<LanguageView> languages,
      List<NavItem> sections,
      java.util.Set<String> staticFiles) {

    /** The URL of the theme's static file {@code path} (such as {@code css/site.css}). */
    public String asset(String path) {
      if (!staticFiles.contains(path)) {
        throw new IllegalArgumentException(
            "the theme has no static file '" + path + "': add it under static/ in the theme, or fix the name");
      }
      return staticUrl + path;
    }
  }

  /**
   * A page of content. {@code extra} holds the front-matter fields the site declared in {@code
   * site.yaml}, by name ({@code page.extra.author}): text, numbers, yes/no values, lists, mappings,
   * and dates as {@link DateView}.
   *
   * @param sourceLanguage the name of the language of the text shown, in the page's language
   *     ("inglés" on a Spanish page showing English text)
   * @param checklistKey what the page's ticks are saved under in the browser: the same for every
   *     language that shares the original's steps (see {@link ChecklistScope}); empty when the
   *     page has no checklist
   * @param diagrams whether the page has a diagram, so the template loads the script that draws it
   */
  public record PageView(
      String kind,
      String type,
      String title,
      String summary,
      String content,
      String lang,
      String dir,
      String canonicalUrl,
      boolean fallback,
      boolean outdated,
      String sourceChanged,
      String sourceLanguage,
      String editUrl,
      List<TocEntry> toc,
      List<LinkView> breadcrumbs,
      List<LanguageLink> languages,
      List<NavItem> sectionNav,
      List<NavItem> childSections,
      List<NavItem> childPages,
      LinkView previous,
      LinkView next,
      String version,
      String lastReviewed,
      String lastReviewedIso,
      String estimatedTime,
      List<String> tags,
      int checklistItems,
      boolean diagrams,
      List<LinkView> prerequisites,
      RunbookView runbook,
      HardwareView hardware,
      TrainingView training,
      Map<String, Object> extra,
      String checklistKey) {

    /** The same view with another body: the view is built once, with a stand-in body, to fingerprint the page. */
    public PageView withContent(String body) {
      return new PageView(kind, type, title, summary, body, lang, dir, canonicalUrl, fallback, outdated, sourceChanged, sourceLanguage, editUrl, toc, breadcrumbs, languages, sectionNav, childSections, childPages, previous, next, version, lastReviewed, lastReviewedIso, estimatedTime, tags, checklistItems, diagrams, prerequisites, runbook, hardware, training, extra, checklistKey);
    }
  }

  /** A date: prints in the page's language; {@code iso} is {@code YYYY-MM-DD}, for {@code <time>}. */
  public record DateView(String iso, String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  /**
   * @param risk the risk in the page's language
   * @param alerts the Prometheus alerting rules the runbook answers, as the rule files define them
   * @param alertIndexUrl the alert index page of the runbook's language; empty when the site has none
   * @param riskLevel {@code low}, {@code medium} or {@code high}, for the badge's colour; null when
   *     the runbook gives no risk
   */
  public record RunbookView(
      String risk, List<String> access, List<String> tools, String rollback, String escalation,
      List<org.fieldguide.alert.AlertView> alerts, String alertIndexUrl, String riskLevel) {}

  /** What the alert index page's template gets: the usual three, and the rows of the index. */
  public record AlertIndexRoot(SiteView site, PageView page, UiView ui, List<org.fieldguide.alert.AlertIndexRow> alertIndex) {}

  public record SpecRow(String label, String value) {}

  /**
   * @param status the support status in the page's language
   * @param statusLevel {@code supported}, {@code testing}, {@code deprecated} or {@code
   *     unsupported}, for the badge's colour; null when the guide gives no status
   */
  public record HardwareView(String model, String vendor, String status, List<SpecRow> specs, String statusLevel) {}

  public record QuestionView(String question, String answer) {}

  public record TrainingView(List<String> objectives, List<QuestionView> questions) {}
}
