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
  public record Root(SiteView site, PageView page, UiView ui) {}

  public record LinkView(String title, String url) {}

  public record LanguageView(String code, String name, String dir) {}

  /**
   * An entry of the language switcher; {@code translated} is false where the page is shown in
   * the default language.
   */
  public record LanguageLink(String code, String name, String url, String absoluteUrl, boolean current, boolean translated) {}

  /**
   * A link to a page in navigation and section lists.
   *
   * @param canonicalUrl identifies the page's saved checklist progress
   * @param checklistItems task-list items on the page, 0 when none
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
      int checklistItems) {}

  public record SiteView(
      String title,
      String description,
      String rootUrl,
      String staticUrl,
      String version,
      String homeUrl,
      LanguageView language,
      List<LanguageView> languages,
      List<NavItem> sections) {}

  /**
   * A page of content. {@code extra} holds the front-matter fields the site declared in {@code
   * site.yaml}, by name ({@code page.extra.author}): text, numbers, yes/no values, lists, mappings,
   * and dates as {@link DateView}.
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
      String lastReviewed,
      String lastReviewedIso,
      String estimatedTime,
      List<String> tags,
      int checklistItems,
      List<LinkView> prerequisites,
      RunbookView runbook,
      HardwareView hardware,
      TrainingView training,
      Map<String, Object> extra) {

    /** A view without declared front-matter fields. */
    public PageView(
        String kind, String type, String title, String summary, String content, String lang, String dir,
        String canonicalUrl, boolean fallback, boolean outdated, String sourceChanged, String sourceLanguage,
        String editUrl, List<TocEntry> toc, List<LinkView> breadcrumbs, List<LanguageLink> languages,
        List<NavItem> sectionNav, List<NavItem> childSections, List<NavItem> childPages, LinkView previous,
        LinkView next, String lastReviewed, String lastReviewedIso, String estimatedTime, List<String> tags,
        int checklistItems, List<LinkView> prerequisites, RunbookView runbook, HardwareView hardware,
        TrainingView training) {
      this(kind, type, title, summary, content, lang, dir, canonicalUrl, fallback, outdated, sourceChanged,
          sourceLanguage, editUrl, toc, breadcrumbs, languages, sectionNav, childSections, childPages, previous, next,
          lastReviewed, lastReviewedIso, estimatedTime, tags, checklistItems, prerequisites, runbook, hardware,
          training, Map.of());
    }
  }

  /** A date: prints in the page's language; {@code iso} is {@code YYYY-MM-DD}, for {@code <time>}. */
  public record DateView(String iso, String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  public record RunbookView(String risk, List<String> access, List<String> tools, String rollback, String escalation) {}

  public record SpecRow(String label, String value) {}

  public record HardwareView(String model, String vendor, String status, List<SpecRow> specs) {}

  public record QuestionView(String question, String answer) {}

  public record TrainingView(List<String> objectives, List<QuestionView> questions) {}
}
