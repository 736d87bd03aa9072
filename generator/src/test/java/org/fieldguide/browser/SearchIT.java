package org.fieldguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Search in every language, with the keyboard, and from the 404 page, in headless Chromium. */
class SearchIT {
  @RegisterExtension static final Browser browser = new Browser();
  @TempDir static Path dir;
  private static StaticFileServer server;

  @BeforeAll
  static void serve() throws Exception {
    TestSite site = SearchSite.in(dir);
    server = StaticFileServer.serveBuilt(site);
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
  }

  /** Types {@code query} into the box {@code id} of the page at {@code path} and waits for its answer. */
  private WebElement search(String path, String id, String query) {
    browser.open(server.uri(path));
    WebElement input = browser.driver().findElement(By.id(id + "-input"));
    input.click();
    input.sendKeys(query);
    return awaitAnswer(id, query);
  }

  private WebElement search(String path, String query) {
    return search(path, "search", query);
  }

  /** Waits for the results of {@code query} and their snippets (which may come a moment later). */
  private WebElement awaitAnswer(String id, String query) {
    WebElement form = browser.driver().findElement(By.id(id + "-input")).findElement(By.xpath("ancestor::*[@data-search]"));
    browser.await(d -> query.equals(form.getAttribute("data-snippets")));
    return form;
  }

  private static List<String> titles(WebElement form) {
    return form.findElements(By.cssSelector("[role=option] .site-search-title")).stream().map(WebElement::getText).toList();
  }

  @Test
  void spanishFindsAPluralAndAnUnaccentedWord() {
    assertThat(titles(search("/es/", "controlador"))).first().isEqualTo("Reemplazar un disco dañado"); // page: controladores
    assertThat(titles(search("/es/", "bahias"))).first().isEqualTo("Reemplazar un disco dañado"); // page: bahía
    assertThat(titles(search("/es/", "danado"))).first().isEqualTo("Reemplazar un disco dañado"); // title: dañado
  }

  @Test
  void frenchFindsAVerbFormAndAnUnaccentedPlural() {
    assertThat(titles(search("/fr/", "redemarrer"))).first().isEqualTo("Remplacer un disque défaillant"); // page: Redémarrez
    assertThat(titles(search("/fr/", "defaillants"))).first().isEqualTo("Remplacer un disque défaillant"); // title: défaillant
  }

  @Test
  void portugueseFindsASingularAndAnUnaccentedWord() {
    assertThat(titles(search("/pt/", "instalação"))).first().isEqualTo("Substituir um disco com falha"); // page: instalações
    assertThat(titles(search("/pt/", "eletrica"))).first().isEqualTo("Substituir um disco com falha"); // page: elétricas
  }

  @Test
  void arabicFindsASingularWithoutArticleAndAWordWrittenWithShortVowels() {
    assertThat(titles(search("/ar/", "تحديث"))).first().isEqualTo("استبدال قرص معطّل"); // page: التحديثات
    assertThat(titles(search("/ar/", "المستخدمين"))).first().isEqualTo("استبدال قرص معطّل"); // page: المُستخدِم
  }

  @Test
  void resultsShowSectionTypeAndAHighlightedSnippet() {
    WebElement form = search("/es/", "bahias");
    WebElement first = form.findElement(By.cssSelector("[role=option]"));
    assertThat(first.findElement(By.cssSelector(".site-search-about")).getText()).isEqualTo("Procedimientos · Procedimiento");
    assertThat(first.findElement(By.cssSelector(".site-search-snippet")).getText()).contains("Saque el disco de la bahía.");
    assertThat(first.findElements(By.cssSelector(".site-search-snippet mark"))).extracting(WebElement::getText).containsExactly("bahía");
    assertThat(form.findElement(By.cssSelector("[role=status]")).getAttribute("textContent")).isEqualTo("Resultados: 1");
  }

  /** English page chunks, which only snippets (and results not in the shards) wait for. */
  private static final java.util.function.Predicate<String> PAGE_CHUNKS = path -> path.matches("/search/en/d[0-9a-f]{12}-[0-9]+\\.js");

  /** Types {@code query} into the search box of {@code server}'s English home page; gives its form once the results are shown. */
  private WebElement resultsOf(StaticFileServer on, String query) {
    browser.open(on.uri("/en/"));
    WebElement input = browser.driver().findElement(By.id("search-input"));
    input.click();
    input.sendKeys(query);
    WebElement form = input.findElement(By.xpath("ancestor::*[@data-search]"));
    browser.await(d -> query.equals(form.getAttribute("data-searched")));
    return form;
  }

  @Test
  void resultsShowBeforeTheirSnippetsArrive() {
    // A word's term shard holds the title, section and type of the pages it ranks first: the
    // results need no page chunk, which only the snippets wait for.
    server.hold(PAGE_CHUNKS);
    WebElement form;
    try {
      form = resultsOf(server, "disk");
      assertThat(titles(form)).first().isEqualTo("Replace a failed disk");
      WebElement first = form.findElement(By.cssSelector("[role=option]"));
      assertThat(first.findElement(By.cssSelector(".site-search-about")).getText()).isEqualTo("Runbooks · Runbook");
      assertThat(form.findElements(By.cssSelector(".site-search-snippet"))).isEmpty();
      assertThat(form.getAttribute("data-snippets")).isNull();
    } finally {
      server.release();
    }
    browser.await(d -> "disk".equals(form.getAttribute("data-snippets")));
    assertThat(form.findElement(By.cssSelector("[role=option] .site-search-snippet mark")).getText()).isEqualToIgnoringCase("disk");
  }

  @Test
  void aPageChunkGoneSinceTheIndexWasLoadedHasTheIndexAskedForAgain(@TempDir Path own) throws Exception {
    // Page chunks are named by a digest of their group: once the site is published again, an
    // index.js loaded before names chunks the server no longer has. The snippets of a query then
    // come from index.js asked for again, as do its results.
    TestSite site = SearchSite.in(own);
    try (StaticFileServer republished = StaticFileServer.serveBuilt(site)) {
      republished.hold(PAGE_CHUNKS);
      WebElement form;
      try {
        form = resultsOf(republished, "disk");
        assertThat(titles(form)).doesNotContain("Label a new disk");
        site.page("content/runbooks/label-disk.md", "Label a new disk", "Write the date on the disk.\n").build().assertOk();
      } finally {
        republished.release();
      }
      browser.await(d -> "disk".equals(form.getAttribute("data-snippets")) && titles(form).contains("Label a new disk"));
      assertThat(form.findElements(By.cssSelector("[role=option] .site-search-snippet mark"))).isNotEmpty();
    }
  }

  /** English term shards: every query waits for those of its words. */
  private static final java.util.function.Predicate<String> TERM_SHARDS = path -> path.matches("/search/en/t[0-9a-f]{12}\\.js");

  @Test
  void aTermShardGoneSinceTheIndexWasLoadedHasTheIndexAskedForAgain(@TempDir Path own) throws Exception {
    // Term shards are named by a digest of their bytes: once a page with a new word is published,
    // the shard that word falls in has another name, and an index.js loaded before names the
    // old one, which is gone. The query then comes from index.js asked for again.
    TestSite site = SearchSite.in(own);
    try (StaticFileServer republished = StaticFileServer.serveBuilt(site)) {
      republished.hold(TERM_SHARDS);
      WebElement input;
      try {
        browser.open(republished.uri("/en/"));
        input = browser.driver().findElement(By.id("search-input"));
        input.click();
        input.sendKeys("label");
        // index.js is loaded (the shards of "label" are asked for next, and held) before the site changes.
        browser.await(d -> browser.script(
            "return performance.getEntriesByType('resource').some(e => /\\/search\\/en\\/index\\.js/.test(e.name))").equals(true));
        site.page("content/runbooks/label-disk.md", "Label a new disk", "Write the date on the disk.\n").build().assertOk();
      } finally {
        republished.release();
      }
      WebElement form = input.findElement(By.xpath("ancestor::*[@data-search]"));
      browser.await(d -> "label".equals(form.getAttribute("data-searched")) && titles(form).contains("Label a new disk"));
    }
  }

  @Test
  void searchFilesComeFromTheNetworkPastTheServiceWorker() {
    // The worker answers each file it handles in tens of milliseconds: sw.js routes the files a
    // query waits on (named with ?v=) to the network. OfflineIT searches with the network gone.
    browser.open(server.uri("/en/"));
    browser.await(d -> browser.script("return Boolean(navigator.serviceWorker.controller)").equals(true));
    browser.open(server.uri("/en/runbooks/network/"));
    assertThat(browser.script("return Boolean(navigator.serviceWorker.controller)")).isEqualTo(true);
    WebElement input = browser.driver().findElement(By.id("search-input"));
    input.click();
    input.sendKeys("disk");
    WebElement form = awaitAnswer("search", "disk");
    assertThat(titles(form)).first().isEqualTo("Replace a failed disk");
    @SuppressWarnings("unchecked")
    List<String> sources = (List<String>) browser.script("""
        return performance.getEntriesByType('resource').filter(e => /\\/search\\/en\\/(t[0-9a-f]{12}|d[0-9a-f]{12}-[0-9]+)\\.js\\?v=/.test(e.name))
          .map(e => new URL(e.name).pathname.replace(/\\/(t|d)[-0-9a-f]+\\.js$/, '/$1N.js') + ' ' + e.workerMatchedSourceType);
        """);
    assertThat(sources).contains("/search/en/tN.js network", "/search/en/dN.js network").allMatch(s -> s.endsWith(" network"));
  }

  @Test
  void titleMatchesRankAboveBodyMatches() {
    assertThat(titles(search("/en/", "disks"))).containsExactly("Replace a failed disk", "Network troubleshooting");
  }

  @Test
  void commandsAndAlertNamesInCodeAreFound() {
    assertThat(titles(search("/en/", "NodeDiskFailing"))).containsExactly("Replace a failed disk");
    assertThat(titles(search("/en/", "mdadm"))).containsExactly("Replace a failed disk");
    assertThat(titles(search("/en/", "node_disk_io_time_seconds_total"))).containsExactly("Replace a failed disk");
  }

  @Test
  void aWordBeingTypedMatchesTheWordsItStarts() {
    assertThat(titles(search("/en/", "airfl"))).containsExactly("Cooling and airflow");
  }

  @Test
  void aWordOfTwoLettersIsLookedUpOnceTheReaderPauses() {
    // Short words being typed wait for a pause (search.js), they are not dropped.
    assertThat(titles(search("/en/", "ha"))).containsExactly("Cooling and airflow");
  }

  @Test
  void fallbackPagesAreFoundAndSayTheyAreInTheDefaultLanguage() {
    WebElement form = search("/es/", "airflow");
    WebElement first = form.findElement(By.cssSelector("[role=option]"));
    assertThat(first.findElement(By.cssSelector(".site-search-title")).getText()).isEqualTo("Cooling and airflow");
    assertThat(first.findElement(By.cssSelector(".site-search-fallback")).getText()).isEqualTo("En English");
    assertThat(first.findElement(By.cssSelector(".site-search-title")).getAttribute("lang")).isEqualTo("en");
    first.findElement(By.tagName("a")).click();
    assertThat(browser.driver().getCurrentUrl()).endsWith("/es/hardware/cooling/");
  }

  @Test
  void noResultsIsSaid() {
    WebElement form = search("/en/", "zyzzyva");
    assertThat(form.findElement(By.cssSelector(".site-search-message")).getText()).isEqualTo("No page matches “zyzzyva”.");
    assertThat(form.findElements(By.cssSelector("[role=option]"))).isEmpty();
  }

  @Test
  void keyboardMovesThroughResultsOpensOneAndEscapeCloses() {
    WebElement form = search("/en/", "disk");
    WebElement input = form.findElement(By.tagName("input"));
    List<WebElement> options = form.findElements(By.cssSelector("[role=option]"));
    assertThat(options).hasSize(2);
    assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");

    input.sendKeys(Keys.ARROW_DOWN);
    assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(options.get(0).getAttribute("id"));
    assertThat(options.get(0).getAttribute("aria-selected")).isEqualTo("true");
    input.sendKeys(Keys.ARROW_DOWN);
    assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(options.get(1).getAttribute("id"));
    assertThat(options.get(0).getAttribute("aria-selected")).isEqualTo("false");
    input.sendKeys(Keys.ARROW_UP);
    assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(options.get(0).getAttribute("id"));
    // Focus never leaves the box while moving through the results.
    assertThat(browser.driver().switchTo().activeElement()).isEqualTo(input);

    input.sendKeys(Keys.ESCAPE);
    assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
    assertThat(form.findElement(By.cssSelector(".site-search-panel")).isDisplayed()).isFalse();
    input.sendKeys(Keys.ESCAPE);
    assertThat(input.getAttribute("value")).isEmpty();

    input.sendKeys("disk");
    awaitAnswer("search", "disk");
    input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ENTER);
    browser.await(d -> d.getCurrentUrl().endsWith("/en/runbooks/network/"));
  }

  @Test
  void enterOpensTheBestResult() {
    WebElement form = search("/fr/", "disque");
    form.findElement(By.tagName("input")).sendKeys(Keys.ENTER);
    browser.await(d -> d.getCurrentUrl().endsWith("/fr/runbooks/replace-disk/"));
  }

  @Test
  void theNotFoundPageOffersSearch() {
    WebElement form = search("/no/such/page/", "search-404-en", "raid");
    assertThat(browser.driver().findElement(By.cssSelector("label[for=search-404-en-input]")).getText())
        .isEqualTo("Or search for the page you were looking for:");
    WebElement link = form.findElement(By.cssSelector("[role=option] a"));
    assertThat(link.getAttribute("href")).isEqualTo(server.uri("/en/runbooks/replace-disk/").toString());
    link.click();
    browser.await(d -> d.getCurrentUrl().endsWith("/en/runbooks/replace-disk/"));
  }

  @Test
  void theNotFoundPageSearchesInTheLanguageOfTheAddress() {
    // The root 404.html holds every language; under /es/ it shows (and searches) the Spanish one.
    WebElement form = search("/es/no/such/page/", "search-404-es", "discos");
    assertThat(browser.driver().findElement(By.cssSelector("label[for=search-404-es-input]")).getText())
        .isEqualTo("O busque la página que buscaba:");
    assertThat(browser.driver().findElement(By.id("search-404-en-input")).isDisplayed()).isFalse();
    WebElement link = form.findElement(By.cssSelector("[role=option] a"));
    assertThat(link.getAttribute("href")).startsWith(server.uri("/es/").toString());
  }

  @Test
  void theIndexIsLoadedOnlyWhenTheReaderComesToSearch() {
    browser.open(server.uri("/en/runbooks/network/"));
    String loaded = "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/search/') || n.includes('/vendor/')).length";
    assertThat(browser.script(loaded)).isEqualTo(0L);
    browser.driver().findElement(By.id("search-input")).click();
    browser.await(d -> ((Long) browser.script(loaded)) >= 2); // index.js and the stemmer, nothing else yet
    assertThat(browser.script(loaded)).isEqualTo(2L);
  }

  @Test
  void theBoxMovesNothingWhenTheScriptStarts() {
    browser.open(server.uri("/ar/runbooks/replace-disk/"));
    browser.await(d -> browser.script("return document.readyState").equals("complete"));
    // The Layout Instability API reports every shift since the page started loading; as in
    // Lighthouse's CLS, none within 500 ms of an input counts (a window resize from another test
    // reaching the renderer late is one).
    Object shifts = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        let total = 0;
        new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
          .observe({type: 'layout-shift', buffered: true});
        setTimeout(() => done(total), 200);
        """);
    assertThat(((Number) shifts).doubleValue()).isZero();
    assertThat(browser.driver().findElement(By.id("search-input")).isDisplayed()).isTrue();
  }

  @Test
  void resultsFitAPhoneAndADesktop() throws Exception {
    browser.resize(390, 844);
    try {
      WebElement form = search("/ar/", "تحديث");
      assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
      Object panelRight = browser.script("return arguments[0].getBoundingClientRect().right <= window.innerWidth + 0.5",
          form.findElement(By.cssSelector(".site-search-panel")));
      assertThat(panelRight).isEqualTo(true);
      browser.screenshot(Path.of("target/screenshots/search-arabic-phone.png"));
    } finally {
      browser.resize(1280, 900);
    }
    search("/es/", "disco");
    browser.screenshot(Path.of("target/screenshots/search-spanish-desktop.png"));
    search("/no/such/page/", "search-404-en", "disk");
    browser.screenshot(Path.of("target/screenshots/search-404.png"));
  }
}
