package org.fieldguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.emit.PageEmitter;
import org.fieldguide.link.LinkResolver;
import org.fieldguide.link.RepositoryFiles;
import org.fieldguide.model.Page;
import org.fieldguide.model.SiteTree;
import org.fieldguide.theme.PageViewFactory;
import org.fieldguide.theme.TemplateRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example of the CommonMark 0.31.2 specification and of GitHub's GFM extension tests, run
 * through the build pipeline (index, assembly, emit with the real renderer, resolver and
 * templates) as the pages of one site, compared as normalised HTML. Validation is left out: the
 * examples link to addresses that do not exist, and broken links are reported, not rewritten.
 *
 * <p>Differences are listed with their reasons in {@code spec/known-differences.txt}. The test
 * fails on a difference that is not listed, and on a listed one that no longer differs, so the
 * list can only shrink.
 */
class SpecExamplesTest {
  private static final Pattern EXAMPLE =
      Pattern.compile("^`{32} example[^\\n]*\\n([\\s\\S]*?)^\\.\\n([\\s\\S]*?)^`{32}$|^#{1,6} *(.*)$", Pattern.MULTILINE);

  @TempDir Path dir;

  record Example(String id, String section, String markdown, String html) {}

  @Test
  void specExamplesRenderAsSpecified() throws IOException {
    List<Example> examples = new ArrayList<>();
    examples.addAll(examples("commonmark", "/spec/commonmark-0.31.2.txt"));
    examples.addAll(examples("gfm", "/spec/gfm-extensions.txt"));
    assertThat(examples).hasSize(652 + 29);

    Map<String, String> actual = render(examples);
    Map<String, String> known = knownDifferences();
    List<String> unexpected = new ArrayList<>();
    List<String> fixed = new ArrayList<>();
    int passed = 0;
    Map<String, Integer> passedBySpec = new TreeMap<>();
    for (Example e : examples) {
      boolean same = e.html().contains("<IGNORE>") || normalise(e.html()).equals(normalise(actual.get(e.id())));
      if (same) {
        passed++;
        passedBySpec.merge(e.id().substring(0, e.id().indexOf(':')), 1, Integer::sum);
      }
      if (!same && !known.containsKey(e.id())) {
        unexpected.add(e.id() + " (" + e.section() + ")\n  markdown: " + e.markdown().replace("\n", "⏎")
            + "\n  expected: " + normalise(e.html()) + "\n  actual:   " + normalise(actual.get(e.id())));
      }
      if (same && known.containsKey(e.id())) fixed.add(e.id());
    }
    System.out.println("spec examples passing through the build: " + passed + " of " + examples.size() + " " + passedBySpec);
    assertThat(unexpected).as("examples that differ and are not in known-differences.txt").isEmpty();
    assertThat(fixed).as("examples in known-differences.txt that now pass: remove them from the list").isEmpty();
    assertThat(passedBySpec.get("commonmark")).as("CommonMark examples passing").isGreaterThanOrEqualTo(640);
  }

  private static List<Example> examples(String spec, String resource) throws IOException {
    String text;
    try (InputStream in = SpecExamplesTest.class.getResourceAsStream(resource)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int end = text.indexOf("<!-- END TESTS -->");
    if (end >= 0) text = text.substring(0, end);
    List<Example> out = new ArrayList<>();
    Matcher m = EXAMPLE.matcher(text);
    String section = "";
    int n = 0;
    while (m.find()) {
      if (m.group(3) != null) {
        section = m.group(3);
        continue;
      }
      n++;
      // The specification shows tabs as →.
      out.add(new Example(spec + ":" + n, section, m.group(1).replace('→', '\t'), m.group(2).replace('→', '\t')));
    }
    return out;
  }

  /** Each example as the body of a page of one site, emitted by the build's own stages. */
  private Map<String, String> render(List<Example> examples) throws IOException {
    Files.writeString(dir.resolve("site.yaml"), "title: Spec\nbase_url: https://spec.example.org/\nlanguages:\n  en: { name: English }\nallow_raw_html: true\n");
    Files.createDirectories(dir.resolve("templates"));
    Files.writeString(dir.resolve("templates/page.ftlh"), "${page.content?no_esc}");
    Map<String, String> keys = new LinkedHashMap<>();
    for (Example e : examples) {
      String name = e.id().replace(':', '-');
      Path page = dir.resolve("content/spec/" + name + ".md");
      Files.createDirectories(page.getParent());
      Files.writeString(page, "---\ntitle: " + name + "\n---\n" + e.markdown());
      keys.put("spec/" + name, e.id());
    }
    Diagnostics diagnostics = new Diagnostics();
    try (BuildSession session = new BuildSession(2); Parallel parallel = new Parallel(2)) {
      AssembledSite site = AssembledSite.of(dir, session, parallel, diagnostics);
      SiteTree tree = site.tree();
      PageEmitter emitter =
          new PageEmitter(tree, new LinkResolver(tree, RepositoryFiles.of(dir, tree.config())), session.store(), new PageViewFactory(tree, site.strings(), site.theme().staticFiles().keySet()),
              new TemplateRenderer(site.theme()));
      Map<String, String> html = new LinkedHashMap<>();
      for (Page p : tree.pages()) {
        String id = keys.get(p.key());
        if (id == null) continue;
        Optional<byte[]> out = emitter.render(p, diagnostics);
        html.put(id, out.map(b -> new String(b, StandardCharsets.UTF_8)).orElse("(template failed)"));
      }
      return html;
    }
  }

  private static Map<String, String> knownDifferences() throws IOException {
    Map<String, String> known = new LinkedHashMap<>();
    try (InputStream in = SpecExamplesTest.class.getResourceAsStream("/spec/known-differences.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) continue;
        int space = l.indexOf(' ');
        known.put(space < 0 ? l : l.substring(0, space), space < 0 ? "" : l.substring(space + 1).strip());
      }
    }
    return known;
  }

  /**
   * HTML compared by what a browser builds from it, after taking away what fieldguide adds on
   * purpose (heading ids and anchor links, lazy image loading, the scroll box around tables, the
   * bar, name, focus and highlighting of code blocks) and turning its checklist items back into
   * GFM's task list markup.
   */
  static String normalise(String html) {
    Element body = Jsoup.parse(html, "", Parser.htmlParser()).body();
    body.select("a.heading-anchor").remove();
    for (Element h : body.select("h1, h2, h3, h4, h5, h6")) h.removeAttr("id");
    body.select("img").removeAttr("loading");
    for (Element div : body.select("div.table-scroll")) div.unwrap();
    body.select("div.code-block > div.code-bar").remove();
    for (Element div : body.select("div.code-block")) div.unwrap();
    body.select("pre").removeAttr("tabindex").removeAttr("role").removeAttr("aria-label");
    for (Element span : body.select("pre span[class^=hl-]")) span.unwrap();
    for (Element li : body.select("li.checklist-item")) {
      li.removeAttr("class");
      Element label = li.selectFirst("> label");
      if (label == null) continue;
      Element box = label.selectFirst("input");
      if (box != null) {
        boolean checked = box.hasAttr("checked");
        box.clearAttributes();
        box.attr("type", "checkbox");
        if (checked) box.attr("checked", "");
        box.attr("disabled", "");
      }
      Element span = label.selectFirst("> span");
      if (span != null) span.unwrap();
      label.unwrap();
    }
    for (Element ul : body.select("ul.checklist")) ul.removeAttr("class");
    canonical(body);
    return body.html().replaceAll(">\\s+<", "><").strip();
  }

  private static void canonical(Element e) {
    List<Attribute> attrs = new ArrayList<>(e.attributes().asList());
    attrs.sort(Comparator.comparing(Attribute::getKey));
    e.clearAttributes();
    for (Attribute a : attrs) e.attr(a.getKey(), a.getValue());
    boolean pre = e.normalName().equals("pre") || e.parents().stream().anyMatch(p -> p.normalName().equals("pre"));
    for (Node child : new ArrayList<>(e.childNodes())) {
      if (child instanceof TextNode t && !pre) {
        String collapsed = t.getWholeText().replaceAll("\\s+", " ");
        t.text(collapsed);
      } else if (child instanceof Element c) {
        canonical(c);
      }
    }
    e.ownerDocument();
  }
}
