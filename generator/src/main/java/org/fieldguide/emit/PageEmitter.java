package org.fieldguide.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.frontmatter.LinkTarget;
import org.fieldguide.index.BodyStore;
import org.fieldguide.index.PageDetails;
import org.fieldguide.index.PageFacts;
import org.fieldguide.link.LinkResolver;
import org.fieldguide.link.Resolution;
import org.fieldguide.markdown.Placeholders;
import org.fieldguide.markdown.LinkRef;
import org.fieldguide.model.Page;
import org.fieldguide.model.SiteTree;
import org.fieldguide.theme.PageViewFactory;
import org.fieldguide.theme.PageViewFactory.PageContent;
import org.fieldguide.theme.TemplateRenderer;
import org.fieldguide.theme.TemplateRenderer.TemplateFailure;
import org.fieldguide.theme.Views;
import org.fieldguide.theme.Views.LinkView;

/**
 * Emits one page: its body from the store with links, checklist ids and image sizes filled in
 * for this page's language, then the layout of its type. Nothing of the page is kept afterwards,
 * so memory does not grow with the site. Thread-safe.
 */
public final class PageEmitter {
  private final SiteTree tree;
  private final LinkResolver resolver;
  private final BodyStore bodies;
  private final PageViewFactory views;
  private final TemplateRenderer templates;
  private final ChecklistIdentity checklists;
  private final String inputsDigest;
  private final ViewFingerprints fingerprints = new ViewFingerprints();
  private final RenderKeys keys;

  public PageEmitter(SiteTree tree, LinkResolver resolver, BodyStore bodies, PageViewFactory views, TemplateRenderer templates) {
    this(tree, resolver, bodies, views, templates, "");
  }

  /**
   * @param inputsDigest a digest of everything besides the pages that every page depends on (the
   *     theme's files, the interface strings, site.yaml, fieldguide itself): part of every
   *     page's fingerprint
   */
  public PageEmitter(
      SiteTree tree, LinkResolver resolver, BodyStore bodies, PageViewFactory views, TemplateRenderer templates, String inputsDigest) {
    this.tree = tree;
    this.resolver = resolver;
    this.bodies = bodies;
    this.views = views;
    this.templates = templates;
    this.checklists = new ChecklistIdentity(tree, bodies);
    this.inputsDigest = inputsDigest;
    this.keys = new RenderKeys(tree, inputsDigest, fingerprints);
  }

  /** What emitting one page gave. */
  public sealed interface Emitted {
    String path();

    /** What the output history keeps of the page: its {@link RenderKeys render key} and its view's fingerprint. */
    String fingerprint();

    /** The page rendered anew: its bytes, as written (UTF-8). */
    record Rendered(String path, byte[] html, String fingerprint) implements Emitted {}

    /**
     * Exactly what the last build wrote: take that file instead of rendering it again.
     *
     * @param byKey known by the page's render key alone, without its view made
     */
    record Unchanged(String path, String fingerprint, boolean byKey) implements Emitted {}
  }

  /**
   * Emits a page, or says that it is unchanged since the last build: the fingerprint covers the
   * view the template receives (every title, address and label the page shows, its body's
   * source and every value filled into it) and the inputs every page shares, so an equal
   * fingerprint means equal bytes. A page whose {@link RenderKeys render key} is the last
   * build's has the same view: it is not made at all. Empty after reporting a template failure.
   */
  public Optional<Emitted> emit(Page page, OutputHistory history, Diagnostics diagnostics) {
    String path = outputPath(page);
    String template = template(page);
    if (!history.isUsed()) {
      // Nothing will compare fingerprints (a one-off build without the cache): skip them.
      return render(page, template, values(page), diagnostics).map(html -> new Emitted.Rendered(path, html, ""));
    }
    String key = keys.of(page, template);
    Optional<String> previous = history.previous(path);
    if (previous.filter(p -> p.startsWith(key + " ")).isPresent()) return Optional.of(new Emitted.Unchanged(path, previous.get(), true));
    Filled values = values(page);
    BodyValues filled = bodyValues(page, values.details());
    Views.Root model = views.root(page, new PageContent(values.standIn(filled), values.details().headings(), values.prerequisites(), values.version()));
    String fingerprint = fingerprint(template, model);
    String kept = key + " " + fingerprint;
    if (previous.filter(p -> p.endsWith(" " + fingerprint)).isPresent()) return Optional.of(new Emitted.Unchanged(path, kept, false));
    return render(page, template, model.withContent(values.body(bodies, () -> filled)), diagnostics)
        .map(html -> new Emitted.Rendered(path, html, kept));
  }

  private String fingerprint(String template, Views.Root model) {
    return fingerprints.of(List.of(inputsDigest, template), model.site(), model.page());
  }

  /**
   * Makes ready, through {@code tasks}, what every page's render key shares (see {@link
   * RenderKeys}), before pages are emitted on many threads: made by the first page instead, the
   * others would wait for it.
   */
  public void prepareKeys(org.fieldguide.concurrent.Tasks tasks) {
    keys.digestOutline(tasks);
  }

  /**
   * What the render keys of all pages share besides their templates and their own sources ({@link
   * RenderKeys#outlineKey}): the shared inputs and the site's outline. A page whose source is
   * unchanged, in a build with the same outline key, shows what it showed of the rest of the site.
   */
  public String outlineKey() {
    return keys.outlineKey();
  }

  /** The key of the sitemap of this build's site ({@link RenderKeys#sitemap}): the same key, the same sitemap files. */
  public String sitemapKey() {
    return keys.sitemap();
  }

  /** Where a page is written in the output folder. */
  public static String outputPath(Page page) {
    return page.url() + "index.html";
  }

  /** The full HTML of the page (UTF-8), or empty after reporting a template failure. */
  public Optional<byte[]> render(Page page, Diagnostics diagnostics) {
    return render(page, template(page), values(page), diagnostics);
  }

  /**
   * Runs the page's template as {@link #render(Page, Diagnostics)} does, keeping no output: for
   * {@code check}, which wants its failures (reported here) and the links its views record.
   *
   * @return false after reporting a template failure
   */
  public boolean check(Page page, Diagnostics diagnostics) {
    try {
      templates.check(template(page), model(page, values(page)), page.sourceFile().orElse(page.url()));
      return true;
    } catch (TemplateFailure e) {
      diagnostics.report(e.diagnostic());
      return false;
    }
  }

  private Optional<byte[]> render(Page page, String template, Filled values, Diagnostics diagnostics) {
    return render(page, template, model(page, values), diagnostics);
  }

  /** What the page's template receives, its body filled in. */
  private Views.Root model(Page page, Filled values) {
    String body = values.body(bodies, () -> bodyValues(page, values.details()));
    return views.root(page, new PageContent(body, values.details().headings(), values.prerequisites(), values.version()));
  }

  private Optional<byte[]> render(Page page, String template, Views.Root model, Diagnostics diagnostics) {
    String file = page.sourceFile().orElse(page.url());
    try {
      return Optional.of(templates.renderUtf8(template, model, file));
    } catch (TemplateFailure e) {
      diagnostics.report(e.diagnostic());
      return Optional.empty();
    }
  }

  private String template(Page page) {
    List<String> candidates =
        switch (page.kind()) {
          case HOME -> List.of("home.ftlh", "section.ftlh");
          case SECTION -> List.of("section.ftlh");
          case PAGE -> List.of(page.type().id() + ".ftlh", "page.ftlh");
        };
    return templates.firstExisting(candidates).orElse(candidates.get(candidates.size() - 1));
  }

  /** The values filled into a page's body: link URLs, image sizes, checklist ids, by placeholder number. */
  private record BodyValues(List<String> hrefs, List<String> sizes, List<String> checkIds) {}

  /**
   * What a page shows that is not its template or its facts: the body (filled in from {@link
   * BodyValues}), its details (read from the store once per page emitted) and its front-matter
   * links.
   */
  private record Filled(Optional<PageFacts> facts, PageDetails details, List<LinkView> prerequisites, String version) {

    /** What stands for the body in a fingerprint: its source and every value filled into it. */
    String standIn(BodyValues values) {
      return facts.map(f -> "body " + f.digest() + " " + values.hrefs() + " " + values.sizes() + " " + values.checkIds()).orElse("");
    }

    /**
     * The body with every placeholder filled: read from the store only when the page is
     * rendered. The values are asked for only when there is a body to fill: a check that
     * indexed facts alone stores none, and resolves no link of it for nothing.
     */
    String body(BodyStore bodies, java.util.function.Supplier<BodyValues> values) {
      if (facts.isEmpty()) return "";
      byte[] html = bodies.htmlUtf8(facts.get().body());
      if (html.length == 0) return "";
      BodyValues filled = values.get();
      return Placeholders.fill(
              html,
              new Placeholders.Values() {
                @Override
                public String href(int index) {
                  return filled.hrefs().get(index);
                }

                @Override
                public String checklistId(int index) {
                  return filled.checkIds().get(index);
                }

                @Override
                public String imageSize(int index) {
                  return filled.sizes().get(index);
                }
              });
    }
  }

  private Filled values(Page page) {
    if (page.content().isEmpty()) return new Filled(Optional.empty(), PageDetails.NONE, List.of(), "");
    PageFacts facts = page.content().get();
    List<LinkView> prerequisites = new ArrayList<>();
    for (LinkTarget t : facts.meta().linkedPages()) {
      if (resolver.resolve(page, t.target()) instanceof Resolution.ToPage p) {
        prerequisites.add(new LinkView(p.target().title(), p.href(t.target())));
      }
    }
    return new Filled(page.content(), bodies.details(facts.body()), List.copyOf(prerequisites), facts.digest().substring(0, 12));
  }

  private BodyValues bodyValues(Page page, PageDetails details) {
    if (page.content().isEmpty()) return new BodyValues(List.of(), List.of(), List.of());
    List<LinkRef> links = details.links();
    List<String> hrefs = new ArrayList<>(links.size());
    List<String> sizes = new ArrayList<>(links.size());
    for (LinkRef link : links) {
      Resolution r = resolver.resolve(page, link.url());
      // Raw HTML is kept as written, apart from links that lead to the site's own pages and files (and the repository's).
      boolean ours = r instanceof Resolution.ToPage || r instanceof Resolution.ToAsset || r instanceof Resolution.ToRepository;
      hrefs.add(link.kind().isRawHtml() && !ours ? link.url() : r.href(link.url()));
      sizes.add(r instanceof Resolution.ToAsset a && a.asset().hasSize()
          ? " width=\"" + a.asset().width() + "\" height=\"" + a.asset().height() + "\""
          : "");
    }
    return new BodyValues(hrefs, sizes, checklists.ids(page, details));
  }
}
