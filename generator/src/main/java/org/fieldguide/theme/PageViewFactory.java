package org.fieldguide.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldguide.alert.AlertIndexRow;
import org.fieldguide.alert.AlertView;
import org.fieldguide.alert.AlertViews;
import org.fieldguide.alert.RuleFile;
import org.fieldguide.alert.RunbookAlerts;
import org.fieldguide.alert.RunbookLink;
import org.fieldguide.config.LanguageConfig;
import org.fieldguide.config.RepositoryAddress;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.frontmatter.CommonMeta;
import org.fieldguide.frontmatter.ContentType;
import org.fieldguide.frontmatter.PageMeta;
import org.fieldguide.i18n.UiStrings;
import org.fieldguide.link.RelativeUrls;
import org.fieldguide.markdown.PageHeading;
import org.fieldguide.model.Page;
import org.fieldguide.model.PageId;
import org.fieldguide.model.PageKind;
import org.fieldguide.model.SiteAssembler;
import org.fieldguide.model.SiteTree;
import org.fieldguide.model.TocEntry;
import org.fieldguide.model.TranslationState;
import org.fieldguide.theme.Views.HardwareView;
import org.fieldguide.theme.Views.LanguageLink;
import org.fieldguide.theme.Views.LanguageView;
import org.fieldguide.theme.Views.LinkView;
import org.fieldguide.theme.Views.NavItem;
import org.fieldguide.theme.Views.PageView;
import org.fieldguide.theme.Views.QuestionView;
import org.fieldguide.theme.Views.RunbookView;
import org.fieldguide.theme.Views.SiteView;
import org.fieldguide.theme.Views.SpecRow;
import org.fieldguide.theme.Views.TrainingView;

/**
 * Builds the view records for one page from the site model and the page's facts. Every URL in a
 * view comes from a page or file of the site, so navigation cannot point nowhere. Thread-safe.
 */
public final class PageViewFactory {
  /**
   * Sections longer than this show only the pages around the current one in the navigation, plus
   * a link to the section page: a page's weight must not grow with the size of its section.
   */
  public static final int NAV_LIMIT = 40;

  /** How many pages on each side of the current one a bounded section list shows. */
  public static final int NAV_NEIGHBOURS = 10;

  private final SiteTree tree;
  /** site.yaml's repository, read once: every page's edit link is made from it. */
  private final Optional<RepositoryAddress> repository;
  private final UiStrings strings;
  private final Set<String> staticFiles;
  private final List<RuleFile> ruleFiles;
  private final Optional<String> alertIndexKey;
  private final ValueFormats formats = new ValueFormats();
  private final ChecklistScope checklists;
  private final org.fieldguide.highlight.Highlighter highlighter = new org.fieldguide.highlight.Highlighter();

  /** @param staticFiles paths under the theme's {@code static/} */
  public PageViewFactory(SiteTree tree, UiStrings strings, Set<String> staticFiles) {
    this(tree, strings, staticFiles, List.of(), Optional.empty());
  }

  /**
   * @param ruleFiles the site's Prometheus rule files, for the alerts runbook pages show
   * @param alertIndexKey where the alert index page is published (a page key), if the site has one
   */
  public PageViewFactory(
      SiteTree tree, UiStrings strings, Set<String> staticFiles, List<RuleFile> ruleFiles, Optional<String> alertIndexKey) {
    this.tree = tree;
    this.repository = tree.config().repository().map(RepositoryAddress::of);
    this.strings = strings;
    // Sorted, so a view prints the same in every process (the set is part of the page's fingerprint).
    this.staticFiles = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(staticFiles));
    this.ruleFiles = List.copyOf(ruleFiles);
    this.alertIndexKey = alertIndexKey;
    this.checklists = new ChecklistScope(tree);
  }

  /** The alert index page of a language: every alert and the runbook that answers it. */
  public Views.AlertIndexRoot alertIndex(String language, String key, List<RunbookAlerts> runbooks) {
    String url = SiteAssembler.url(language, key);
    Views.Root base = standalone(language, url, strings.format(language, "alert_index"), "page", false);
    Page at = new Page(key, PageKind.PAGE, language, Optional.empty(), TranslationState.ORIGINAL, base.page().title(), ContentType.PAGE, 0,
        url, Optional.empty());
    List<AlertIndexRow> rows =
        AlertViews.index(
            tree.config().alerts(), ruleFiles, runbooks,
            (pageKey, anchor) -> tree.page(pageKey, language)
                .map(p -> new RunbookLink(p.title(), RelativeUrls.between(url, p.url()) + anchor.map(a -> "#" + a).orElse(""))));
    PageView page = base.page();
    PageView withCrumbs = new PageView(page.kind(), "alert-index", page.title(), page.summary(), page.content(), page.lang(), page.dir(),
        page.canonicalUrl(), false, false, "", page.sourceLanguage(), "", List.of(), tree.ancestors(at).stream().map(a -> link(at, a)).toList(),
        page.languages(), List.of(), List.of(), List.of(), null, null, "", "", "", "", List.of(), 0, false, List.of(), null, null, null, Map.of(), "");
    return new Views.AlertIndexRoot(base.site(), withCrumbs, base.ui(), rows);
  }

  /**
   * What a page shows besides its facts: the body with every placeholder filled, its headings
   * (from its details, which only the emitter reads) and the front-matter links resolved.
   *
   * @param version a short digest of the page's source, named in checklist reports
   */
  public record PageContent(String bodyHtml, List<PageHeading> headings, List<LinkView> prerequisites, String version) {}

  public Views.Root root(Page page, PageContent content) {
    return new Views.Root(site(page, Hrefs.RELATIVE), page(page, content), new UiView(strings, page.language(), highlighter));
  }

  /**
   * The view for a page with no Markdown behind it, such as the language chooser at the root.
   *
   * @param url where the page is published, such as {@code index.html}
   * @param absolute use absolute paths from the base URL: a 404 page is served at any address,
   *     where relative links would break
   */
  public Views.Root standalone(String language, String url, String title, String kind, boolean absolute) {
    SiteConfig config = tree.config();
    LanguageConfig lang = config.language(language);
    Page home = tree.home(language);
    Page at = new Page("", home.kind(), language, Optional.empty(), TranslationState.ORIGINAL, title, home.type(), 0, url, Optional.empty());
    Hrefs hrefs = absolute ? new Hrefs(config.baseUrl().getPath()) : Hrefs.RELATIVE;
    PageView view =
        new PageView(kind, "page", title, "", "", lang.code(), lang.direction().html(), config.baseUrl() + url, false, false, "", "", "",
            List.of(), List.of(), languages(at, hrefs), List.of(), List.of(), List.of(), null, null, "", "", "", "", List.of(), 0,
            false, List.of(), null, null, null, Map.of(), "");
    return new Views.Root(site(at, hrefs), view, new UiView(strings, language, highlighter));
  }

  /**
   * The "page not found" page of a language, served at any address (so its links are absolute
   * paths), or with {@code everyLanguage} the one at the site's root, which speaks every language
   * (kind {@code 404-root}).
   */
  public Views.Root notFound(String language, String url, boolean everyLanguage) {
    return standalone(language, url, strings.format(language, "page_not_found"), everyLanguage ? "404-root" : "404", true);
  }

  /** How URLs are written: relative to the page, or absolute paths under the base URL. */
  private record Hrefs(String basePath) {
    static final Hrefs RELATIVE = new Hrefs(null);

    String to(Page from, String targetUrl) {
      return basePath == null ? RelativeUrls.between(from.url(), targetUrl) : basePath + targetUrl;
    }
  }

  private SiteView site(Page page, Hrefs hrefs) {
    SiteConfig config = tree.config();
    String root = hrefs.to(page, "");
    LanguageConfig lang = config.language(page.language());
    Page home = tree.home(page.language());
    List<NavItem> sections = hrefs == Hrefs.RELATIVE
        ? navItems(page, home.id(), tree.childSections(home))
        : tree.childSections(home).stream().map(s -> nav(page, s, hrefs)).toList();
    return new SiteView(
        config.title(page.language()),
        config.description(),
        root,
        root + "static/",
        hrefs.to(page, tree.home(page.language()).url()),
        languageView(lang),
        config.languages().stream().map(PageViewFactory::languageView).toList(),
        sections,
        staticFiles);
  }

  private PageView page(Page page, PageContent content) {
    SiteConfig config = tree.config();
    String contentLang = page.contentLanguage(config.defaultLanguage());
    LanguageConfig shown = config.language(contentLang);
    Optional<PageMeta> meta = page.content().map(c -> c.meta());
    Optional<CommonMeta> common = meta.map(PageMeta::common);

    Page navParent = page.kind() == PageKind.PAGE ? tree.parent(page).orElse(page) : page;
    List<NavItem> sectionNav = new ArrayList<>(navItems(page, navParent.id(), tree.childSections(navParent)));
    sectionNav.addAll(boundedPages(page, navParent));

    LinkView previous = null;
    LinkView next = null;
    if (page.kind() == PageKind.PAGE) {
      Optional<Page> parent = tree.parent(page);
      List<Page> siblings = parent.map(tree::childPages).orElse(List.of());
      int i = parent.map(s -> tree.place(s, page.key())).orElse(-1);
      if (i > 0) previous = link(page, siblings.get(i - 1));
      if (i >= 0 && i < siblings.size() - 1) next = link(page, siblings.get(i + 1));
    }
    List<TocEntry> toc = content.headings().stream()
        .filter(h -> h.level() == 2 || h.level() == 3)
        .map(h -> new TocEntry(h.level(), h.id(), h.text()))
        .toList();

    return new PageView(
        page.kind().name().toLowerCase(java.util.Locale.ROOT),
        page.type().id(),
        page.title(),
        common.map(CommonMeta::summary).orElse(""),
        content.bodyHtml(),
        contentLang,
        shown.direction().html(),
        config.baseUrl() + page.url(),
        page.fallback(),
        page.translation() == TranslationState.OUTDATED,
        page.translation() == TranslationState.OUTDATED ? sourceChanged(page) : "",
        formats.languageName(contentLang, page.language(), shown.name()),
        editUrl(page),
        toc,
        tree.ancestors(page).stream().map(a -> link(page, a)).toList(),
        languages(page, Hrefs.RELATIVE),
        sectionNav,
        tree.childSections(page).stream().map(s -> nav(page, s)).toList(),
        tree.childPages(page).stream().map(p -> nav(page, p)).toList(),
        previous,
        next,
        content.version(),
        common.flatMap(CommonMeta::lastReviewed).map(d -> formats.date(d, page.language())).orElse(""),
        common.flatMap(CommonMeta::lastReviewed).map(Object::toString).orElse(""),
        common.flatMap(CommonMeta::estimatedTime).map(d -> formats.duration(d, page.language())).orElse(""),
        common.map(CommonMeta::tags).orElse(List.of()),
        page.content().map(c -> c.checklistItems()).orElse(0),
        page.content().map(c -> c.diagrams() > 0).orElse(false),
        content.prerequisites(),
        meta.filter(m -> m instanceof PageMeta.RunbookMeta).map(m -> runbook((PageMeta.RunbookMeta) m, page)).orElse(null),
        meta.filter(m -> m instanceof PageMeta.HardwareGuideMeta).map(m -> hardware((PageMeta.HardwareGuideMeta) m, page)).orElse(null),
        meta.filter(m -> m instanceof PageMeta.TrainingModuleMeta).map(m -> training((PageMeta.TrainingModuleMeta) m)).orElse(null),
        ExtraFieldViews.of(common.map(CommonMeta::extra).orElse(java.util.Map.of()), d -> formats.date(d, page.language())),
        checklists.storageKey(page));
  }

  /**
   * The pages of the current section for the navigation: all of them in a section of normal size;
   * in a very large one, the pages around the current one and a link to the section page for the
   * rest.
   */
  private List<NavItem> boundedPages(Page page, Page section) {
    List<Page> pages = tree.childPages(section);
    PageId list = new PageId(section.key() + "\u0000pages", section.language());
    if (pages.size() <= NAV_LIMIT) return navItems(page, list, pages, 0, pages.size());
    // Only the neighbours' items are made: making every page's item of the section for each of
    // its pages cost the square of the section's size.
    int at = Math.max(0, tree.place(section, page.key()));
    int from = Math.max(0, at - NAV_NEIGHBOURS);
    int to = Math.min(pages.size(), at + NAV_NEIGHBOURS + 1);
    List<NavItem> items = new ArrayList<>(navItems(page, list, pages, from, to));
    int hidden = pages.size() - (to - from);
    items.add(new NavItem(section.title(), RelativeUrls.between(page.url(), section.url()), "", "", false, false, "", true,
        tree.config().baseUrl() + section.url(), 0, hidden, ""));
    return items;
  }

  /** When the original of an outdated translation changed, as its writers recorded it. */
  private String sourceChanged(Page page) {
    return tree.page(page.key(), tree.config().defaultLanguage())
        .flatMap(Page::content)
        .flatMap(c -> c.meta().common().lastReviewed())
        .map(d -> formats.date(d, page.language()))
        .orElse("");
  }

  private RunbookView runbook(PageMeta.RunbookMeta m, Page page) {
    String risk = m.risk().map(r -> strings.format(page.language(), "risk_" + r.id())).orElse(null);
    List<AlertView> alerts = page.content()
        .flatMap(c -> RunbookAlerts.of(c.source(), m, tree.config().defaultLanguage()))
        .map(r -> AlertViews.forRunbook(r, ruleFiles))
        .orElse(List.of());
    String index = alertIndexKey.map(k -> RelativeUrls.between(page.url(), SiteAssembler.url(page.language(), k))).orElse("");
    return new RunbookView(risk, m.access(), m.tools(), m.rollback().orElse(null), m.escalation().orElse(null), alerts, index,
        m.risk().map(r -> r.id()).orElse(null));
  }

  private HardwareView hardware(PageMeta.HardwareGuideMeta m, Page page) {
    List<SpecRow> specs = new ArrayList<>();
    for (Map.Entry<String, String> e : m.specs().entrySet()) specs.add(new SpecRow(e.getKey(), e.getValue()));
    String status = m.status().map(s -> strings.format(page.language(), "status_" + s.id())).orElse(null);
    return new HardwareView(m.model().orElse(null), m.vendor().orElse(null), status, specs, m.status().map(st -> st.id()).orElse(null));
  }

  private static TrainingView training(PageMeta.TrainingModuleMeta m) {
    return new TrainingView(m.objectives(), m.questions().stream().map(q -> new QuestionView(q.question(), q.answer())).toList());
  }

  private List<LanguageLink> languages(Page page, Hrefs hrefs) {
    List<LanguageLink> out = new ArrayList<>();
    for (LanguageConfig l : tree.config().languages()) {
      Optional<Page> other = tree.page(page.key(), l.code());
      String url = other.map(Page::url).orElse(tree.home(l.code()).url());
      out.add(
          new LanguageLink(
              l.code(),
              l.name(),
              hrefs.to(page, url),
              tree.config().baseUrl() + url,
              l.code().equals(page.language()),
              other.map(o -> !o.fallback()).orElse(false)));
    }
    return out;
  }

  private String editUrl(Page page) {
    if (repository.isEmpty() || page.content().isEmpty()) return "";
    String path = page.content().get().source().displayPath();
    if (!page.fallback()) return repository.get().edit(path);
    // A fallback page asks readers to translate: open a new file named for their language.
    String folder = path.substring(0, path.lastIndexOf('/'));
    String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.md$", "." + page.language() + ".md");
    return repository.get().newFile(folder, name);
  }

  private NavItem nav(Page from, Page to) {
    return nav(from, to, Hrefs.RELATIVE);
  }

  /**
   * A list of pages shown in navigation, and the folder its links were made relative to. Its
   * equality and hash written out, as a record's own: those go through method handles, which the
   * client compiler does not fold away, and every page looks up its lists by this key.
   */
  private record NavKey(PageId list, String folder) {
    @Override
    public boolean equals(Object o) {
      return o == this || o instanceof NavKey k && list.equals(k.list) && folder.equals(k.folder);
    }

    @Override
    public int hashCode() {
      return 31 * list.hashCode() + folder.hashCode();
    }
  }

  /**
   * Navigation lists are the same for every page of a folder up to the first {@code ../} and the
   * page marked current, so they are made once per list and folder and adapted per page: a
   * section of 700 pages would otherwise cost 700 × 700 links.
   */
  private final RecentLists<NavKey, NavItem> navFromFolder = new RecentLists<>(NAV_MEMO_ITEMS);

  /**
   * Items the navigation lists made once per folder may hold together. Pages are made in the
   * tree's order (by language, then key), so a folder's lists serve pages made one after the
   * other and are not asked for again once the build has moved on: the memo keeps the lists used
   * last. Unbounded, it held an item for every page of the site until the pages were all made: 60
   * MB in a heap dump of a 50,000-page x 3 build, whose heap was at its largest as emit ended.
   */
  static final int NAV_MEMO_ITEMS = 20_000;

  private List<NavItem> navItems(Page page, PageId list, List<Page> targets) {
    return navItems(page, list, targets, 0, targets.size());
  }

  /** The items of {@code targets} from {@code from} to {@code to} (exclusive), as {@code page} links them. */
  private List<NavItem> navItems(Page page, PageId list, List<Page> targets, int from, int to) {
    String url = page.url();
    int cut = url.lastIndexOf('/', url.length() - 2);
    if (page.kind() != PageKind.PAGE || cut < 0) return targets.subList(from, to).stream().map(t -> nav(page, t)).toList();
    String folder = url.substring(0, cut + 1);
    Page inFolder = new Page(page.key(), PageKind.SECTION, page.language(), Optional.empty(), TranslationState.ORIGINAL, "", ContentType.PAGE, 0,
        folder, Optional.empty());
    List<NavItem> base = navFromFolder.get(new NavKey(list, folder), () -> targets.stream().map(t -> nav(inFolder, t)).toList());
    List<NavItem> out = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      Page t = targets.get(i);
      NavItem b = base.get(i);
      String href = t.url().startsWith(url) ? RelativeUrls.between(url, t.url()) : b.url().equals("./") ? "../" : "../" + b.url();
      out.add(new NavItem(b.title(), href, b.summary(), b.type(), t.id().equals(page.id()), b.fallback(), b.estimatedTime(), b.section(),
          b.canonicalUrl(), b.checklistItems(), b.more(), b.checklistKey()));
    }
    return out;
  }

  private NavItem nav(Page from, Page to, Hrefs hrefs) {
    String time = to.content().flatMap(c -> c.meta().common().estimatedTime()).map(d -> formats.duration(d, from.language())).orElse("");
    return new NavItem(
        to.title(),
        hrefs.to(from, to.url()),
        to.content().map(c -> c.meta().common().summary()).orElse(""),
        to.type().id(),
        to.id().equals(from.id()),
        to.fallback(),
        time,
        to.isSection(),
        tree.config().baseUrl() + to.url(),
        to.content().map(c -> c.checklistItems()).orElse(0),
        0,
        checklists.storageKey(to));
  }

  private static LinkView link(Page from, Page to) {
    return new LinkView(to.title(), RelativeUrls.between(from.url(), to.url()));
  }

  private static LanguageView languageView(LanguageConfig l) {
    return new LanguageView(l.code(), l.name(), l.direction().html());
  }
}
