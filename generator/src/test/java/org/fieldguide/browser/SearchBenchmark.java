package org.fieldguide.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Not a test: the browser half of {@code bench/search}, run only by it ({@code -Dit.test=SearchBenchmark
 * -Dsearch.bench.site=<built site> -Dsearch.bench.report=<file>}). For each language, types 20
 * queries into the search box of the language's home page, each on a freshly opened page (the
 * index's settings and the stemmer are then loaded on focus, as for a reader; the time that takes
 * is measured apart), and measures in the page the time from the keystroke that completes the
 * query to its results in the document (the list a reader sees: each result's title, section and
 * type, and its link; {@code data-searched}), to the next frame after them, and to the results'
 * snippets ({@code data-snippets}: they need the page chunks, which a query of one word loads
 * after its results are shown, so they may come a moment later); then the same 20
 * queries one after the other in one page. Also sums the bytes of the index and stemmer files
 * each query made the page load, and what they weigh with gzip.
 */
@EnabledIfSystemProperty(named = "search.bench.site", matches = ".+")
class SearchBenchmark {
  @RegisterExtension static final Browser browser = new Browser();

  /** Words of the make-corpus vocabulary, as a reader would type them: whole, plural, partly typed. */
  private static final Map<String, List<String>> QUERIES = Map.of(
      "en", List.of("disk", "cooling unit", "serial console", "gps antenna", "optical link", "raid controller", "firewall rule",
          "patch panel", "storage pool", "asset tag", "hypervisor", "transceivers", "certificate", "backup job", "fan tray",
          "rail kit", "measurement node", "monitoring agents", "uplink", "hyperv"),
      "es", List.of("servidor", "servidores", "registrar el tiempo", "energía", "energia", "repuesto", "inspeccionar", "después",
          "despues", "actualizar", "limpiar", "comprobar", "configurar", "etiquetar", "documentar", "reemplazar", "sitio", "mayoría",
          "consola serial", "inspecc"),
      "fr", List.of("serveur", "serveurs", "alimentation", "rechange", "remplacer", "noter", "heure", "plupart", "après", "apres",
          "encore", "avant", "vérifier", "verifiez", "console série", "disque", "réseau", "reseau", "problème", "rempl"));

  private record Sample(String language, String query, double ready, double results, double painted, double snippets, long bytes, long gzipped) {}

  @Test
  void typingToFirstResults() throws Exception {
    Path site = Path.of(System.getProperty("search.bench.site"));
    Path report = Path.of(System.getProperty("search.bench.report", "search-bench.txt"));
    List<Sample> fresh = new ArrayList<>();
    List<Sample> warm = new ArrayList<>();
    try (StaticFileServer server = StaticFileServer.serve(site)) {
      for (String lang : List.of("en", "es", "fr")) {
        for (String q : QUERIES.get(lang)) {
          browser.open(server.uri("/" + lang + "/"));
          fresh.add(measure(site, lang, q, false));
        }
        browser.open(server.uri("/" + lang + "/"));
        for (String q : QUERIES.get(lang)) warm.add(measure(site, lang, q, true));
      }
    }
    List<String> lines = new ArrayList<>();
    for (String lang : List.of("en", "es", "fr", "all")) {
      lines.add(line("fresh page", lang, fresh));
      lines.add(line("same page ", lang, warm));
    }
    for (Sample s : fresh) {
      lines.add(String.format(Locale.ROOT,
          "query %s %-22s fresh page: index ready %6.1f ms after focus; results %7.1f ms, next frame %7.1f ms, snippets %7.1f ms after typing; loaded %7.1f KB (gzip %6.1f KB)",
          s.language(), "\"" + s.query() + "\"", s.ready(), s.results(), s.painted(), s.snippets(), s.bytes() / 1024.0, s.gzipped() / 1024.0));
    }
    Files.write(report, lines, StandardCharsets.UTF_8);
    lines.forEach(System.out::println);
  }

  private Sample measure(Path site, String lang, String query, boolean samePage) throws IOException {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    WebElement input = browser.driver().findElement(By.id("search-input"));
    WebElement form = input.findElement(By.xpath("ancestor::*[@data-search]"));
    // On the same page, clear the box first; then listen: focus, index ready, the keystroke that
    // completes the query (in the capture phase, before the box's own listener), its answer.
    if (samePage) input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    js.executeScript("""
        const input = document.getElementById('search-input');
        const form = input.closest("[data-search]");
        delete form.dataset.searched;
        delete form.dataset.snippets;
        const b = window.__bench = { focus: 0, ready: 0, typed: 0, results: 0, painted: 0, snippets: 0, query: arguments[0] };
        input.addEventListener('focus', () => { if (!b.focus) b.focus = performance.now(); }, true);
        window.addEventListener('input', () => { if (input.value === b.query && !b.typed) b.typed = performance.now(); }, true);
        new MutationObserver(() => {
          if (form.dataset.ready && !b.ready) b.ready = performance.now();
          if (form.dataset.searched === b.query && !b.results) {
            b.results = performance.now();
            requestAnimationFrame(() => setTimeout(() => { b.painted = performance.now(); }, 0));
          }
          if (form.dataset.snippets === b.query && !b.snippets) b.snippets = performance.now();
        }).observe(form, { attributes: true, attributeFilter: ['data-searched', 'data-snippets', 'data-ready'] });
        if (arguments[1]) performance.clearResourceTimings();
        """, query, samePage);
    input.click();
    // A reader takes a moment to type; the settings and the stemmer load meanwhile.
    browser.await(d -> "true".equals(form.getAttribute("data-ready")));
    input.sendKeys(query);
    browser.await(d -> ((Number) js.executeScript("return window.__bench.painted")).doubleValue() > 0);
    // A site built before snippets came apart from the results sets no data-snippets: they came with them.
    if (Files.readString(site.resolve("static/js/search.js")).contains("dataset.snippets")) {
      browser.await(d -> ((Number) js.executeScript("return window.__bench.snippets")).doubleValue() > 0);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> b = (Map<String, Object>) js.executeScript("""
        const b = window.__bench;
        const files = performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)
          .filter(p => /\\/(search|vendor)\\//.test(p));
        return { ready: b.ready && b.focus ? b.ready - b.focus : -1, results: b.results - b.typed, painted: b.painted - b.typed,
          snippets: (b.snippets || b.results) - b.typed, files: files };
        """);
    long bytes = 0;
    long gzipped = 0;
    for (Object file : (List<?>) b.get("files")) {
      byte[] content = Files.readAllBytes(site.resolve(((String) file).substring(1)));
      bytes += content.length;
      gzipped += gzipSize(content);
    }
    return new Sample(lang, query, ((Number) b.get("ready")).doubleValue(), ((Number) b.get("results")).doubleValue(),
        ((Number) b.get("painted")).doubleValue(), ((Number) b.get("snippets")).doubleValue(), bytes, gzipped);
  }

  /** What the file weighs served with gzip, as GitHub Pages and most web servers send it. */
  private static long gzipSize(byte[] content) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(content);
    }
    return out.size();
  }

  private static String line(String what, String lang, List<Sample> samples) {
    List<Double> t = new ArrayList<>();
    List<Double> f = new ArrayList<>();
    List<Double> sn = new ArrayList<>();
    List<Long> bytes = new ArrayList<>();
    List<Long> gzipped = new ArrayList<>();
    List<Double> ready = new ArrayList<>();
    for (Sample s : samples) {
      if (!lang.equals("all") && !s.language().equals(lang)) continue;
      t.add(s.results());
      f.add(s.painted());
      sn.add(s.snippets());
      bytes.add(s.bytes());
      gzipped.add(s.gzipped());
      if (s.ready() >= 0) ready.add(s.ready()); // only a freshly opened page loads them
    }
    Collections.sort(ready);
    Collections.sort(t);
    Collections.sort(f);
    Collections.sort(sn);
    Collections.sort(bytes);
    Collections.sort(gzipped);
    return String.format(Locale.ROOT,
        "%s %-3s n=%d: results %.1f ms median (min %.1f, max %.1f), next frame %.1f ms median, snippets %.1f ms median; index files loaded %.1f KB median (max %.1f), gzip %.1f KB median (max %.1f)%s",
        what, lang, t.size(), median(t), t.get(0), t.get(t.size() - 1), median(f), median(sn), bytes.get(bytes.size() / 2) / 1024.0,
        bytes.get(bytes.size() - 1) / 1024.0, gzipped.get(gzipped.size() / 2) / 1024.0, gzipped.get(gzipped.size() - 1) / 1024.0,
        ready.isEmpty() ? "" : String.format(Locale.ROOT, "; settings and stemmer ready %.1f ms after focus (median)", median(ready)));
  }

  private static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
