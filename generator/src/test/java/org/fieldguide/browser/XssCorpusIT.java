package org.fieldguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fieldguide.html.HtmlPolicy;
import org.fieldguide.testing.TestSite;
import org.fieldguide.testing.XssCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Opens every page of the XSS corpus site ({@link XssCorpus}) in Chromium with hooks on script
 * execution installed before any page script runs: {@code alert}, {@code confirm}, {@code prompt}
 * and {@code print} record their calls, a {@code __fired} setter records payloads that set it, and
 * a {@code securitypolicyviolation} listener records what the Content-Security-Policy blocked.
 * On each page the live DOM is audited (handlers, script URLs, script and embedding elements),
 * images are loaded, and handler events are dispatched to every element. Twice: as built, with
 * the policy, and with the policy's meta tag taken out of every page, so the sanitiser alone is
 * tested. Both runs must record nothing; a control page in each run proves the hooks record.
 */
class XssCorpusIT {
  @RegisterExtension static final Browser browser = new Browser();
  @TempDir static Path dir;
  private static StaticFileServer withPolicy;
  private static StaticFileServer withoutPolicy;

  /** Installed with Page.addScriptToEvaluateOnNewDocument: runs first in every document. */
  private static final String HOOKS =
      """
      (function () {
        if (window.__xssHooked) return;
        Object.defineProperty(window, '__xssHooked', {value: true});
        var records = [], scripts = [];
        Object.defineProperty(window, '__xssRecords', {value: records});
        Object.defineProperty(window, '__xssScripts', {value: scripts});
        function record(kind, detail) {
          var r = kind + ' ' + String(detail).slice(0, 160) + ' @ ' + decodeURIComponent(location.pathname);
          records.push(r);
          try {
            var all = JSON.parse(localStorage.getItem('__xss') || '[]');
            all.push(r);
            localStorage.setItem('__xss', JSON.stringify(all));
          } catch (e) { /* file: pages may have no storage; records stay in the page */ }
        }
        ['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
          Object.defineProperty(window, name, {
            value: function (m) { record(name, m); return name === 'confirm' ? false : null; },
            writable: false, configurable: false});
        });
        Object.defineProperty(window, '__fired', {
          set: function (v) { record('__fired', v); }, get: function () { return undefined; }, configurable: false});
        window.addEventListener('securitypolicyviolation', function (e) {
          record('csp', e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
        }, true);
        // load and error of an element never reach the window (the DOM leaves it out of their path).
        document.addEventListener('load', function (e) {
          if (e.target && e.target.tagName === 'SCRIPT') scripts.push('load ' + e.target.getAttribute('src'));
        }, true);
        document.addEventListener('error', function (e) {
          if (e.target && e.target.tagName === 'SCRIPT') scripts.push('error ' + e.target.getAttribute('src'));
        }, true);
      })();
      """;

  /**
   * Audits the live DOM, loads every image, then dispatches the events inline handlers listen for
   * to every element, and clicks any link a browser would run as script; answers the findings.
   */
  private static final String EXERCISE =
      """
      var done = arguments[arguments.length - 1];
      var findings = [];
      function scriptUrl(u) {
        try { return ['javascript:', 'vbscript:', 'data:'].indexOf(new URL(u, document.baseURI).protocol) >= 0; }
        catch (e) { return false; }
      }
      var urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcdoc'];
      var all = document.querySelectorAll('*');
      for (var i = 0; i < all.length; i++) {
        var e = all[i], tag = e.localName;
        for (var j = 0; j < e.attributes.length; j++) {
          var a = e.attributes[j], n = a.name.toLowerCase();
          if (n.indexOf('on') === 0) findings.push(n + ' on <' + tag + '>');
          if (urlAttributes.indexOf(n) >= 0 && scriptUrl(a.value)) findings.push(n + '=' + a.value + ' on <' + tag + '>');
          if (n === 'srcset' && a.value.split(',').some(function (c) { return scriptUrl(c.trim().split(/\\s+/)[0]); })) findings.push('srcset on <' + tag + '>');
        }
        if (tag === 'script' && !/^[.\\/a-z-]*static\\/js\\/[a-z-]+\\.js$/.test(e.getAttribute('src') || '')) findings.push('<script> ' + e.outerHTML.slice(0, 120));
        if (['iframe', 'frame', 'object', 'embed', 'base', 'form', 'svg', 'math', 'style'].indexOf(tag) >= 0) findings.push('<' + tag + '>');
      }
      var images = Array.prototype.slice.call(document.images);
      images.forEach(function (img) { img.loading = 'eager'; });
      Promise.all(images.map(function (img) {
        return img.complete ? null : new Promise(function (r) { img.addEventListener('load', r); img.addEventListener('error', r); });
      })).then(function () {
        var events = ['mouseover', 'mouseenter', 'mousemove', 'mousedown', 'mouseup', 'pointerover', 'focus', 'focusin', 'blur', 'keydown', 'input', 'toggle', 'animationstart'];
        var elements = document.querySelectorAll('body *');
        for (var i = 0; i < elements.length; i++) {
          var el = elements[i];
          events.forEach(function (t) { el.dispatchEvent(new Event(t, {bubbles: true})); });
          if (el.localName === 'details') el.open = true;
          if (el.localName === 'a' && scriptUrl(el.getAttribute('href') || '')) el.click();
        }
        requestAnimationFrame(function () { done(findings); });
      });
      """;

  @BeforeAll
  static void buildAndServe() throws IOException {
    TestSite.Built built = new XssCorpus().site(dir.resolve("site")).build();
    assertThat(built.result().diagnostics()).noneMatch(d -> d.isError());
    Path plain = dir.resolve("without-policy");
    copyWithoutPolicy(built.out(), plain);
    Files.writeString(built.out().resolve("control.html"), control(true));
    Files.writeString(plain.resolve("control.html"), control(false));
    withPolicy = StaticFileServer.serve(built.out());
    withoutPolicy = StaticFileServer.serve(plain);
    ((HasCdp) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOKS));
  }

  @AfterAll
  static void stop() {
    if (withPolicy != null) withPolicy.close();
    if (withoutPolicy != null) withoutPolicy.close();
  }

  /** What one visit of every page saw: executions and blocked attempts, and markup that could run. */
  private record Visit(List<String> records, List<String> findings) {}

  @Test
  void noPayloadRunsUnderThePolicy() throws Exception {
    Visit visit = visitEverything(withPolicy);
    List<String> records = visit.records();
    // The control page: an inline handler and an inline script, both blocked and reported.
    assertThat(records.stream().filter(r -> r.endsWith("@ /control.html")))
        .anyMatch(r -> r.startsWith("csp script-src-attr"))
        .anyMatch(r -> r.startsWith("csp script-src-elem"))
        .noneMatch(r -> r.startsWith("alert") || r.startsWith("__fired"));
    assertThat(records.stream().filter(r -> !r.endsWith("@ /control.html"))).as("executions and blocked attempts").isEmpty();
    assertThat(visit.findings()).as("script-capable markup in the live pages").isEmpty();
  }

  @Test
  void noPayloadRunsWithoutThePolicyEither() throws Exception {
    Visit visit = visitEverything(withoutPolicy);
    List<String> records = visit.records();
    // The control page: the same handler and script run when nothing blocks them.
    assertThat(records.stream().filter(r -> r.endsWith("@ /control.html")))
        .containsExactlyInAnyOrder("alert control-handler @ /control.html", "__fired control-inline @ /control.html");
    assertThat(records.stream().filter(r -> !r.endsWith("@ /control.html"))).as("executions").isEmpty();
    assertThat(visit.findings()).as("script-capable markup in the live pages").isEmpty();
  }

  @Test
  void aPageOpenedFromDiskLoadsTheThemeUnderThePolicy() throws Exception {
    Path page = withPolicy.root().resolve("en/xss/runbook/index.html");
    browser.driver().get(page.toUri().toString());
    browser.await(d -> "complete".equals(browser.script("return document.readyState")));
    assertThat(browser.script("return window.__xssRecords.slice()")).asList().isEmpty();
    // Every theme script ran (a script that CSP blocks fires error, not load) and the stylesheet applied.
    @SuppressWarnings("unchecked")
    List<String> scripts = (List<String>) browser.script("return window.__xssScripts.slice()");
    assertThat(scripts).isNotEmpty().allMatch(s -> s.startsWith("load "));
    assertThat(browser.script("return Array.prototype.every.call(document.querySelectorAll('link[rel=stylesheet]'), function (l) { return l.sheet !== null; })"))
        .isEqualTo(true);
    // checklist.js reveals the checklist controls.
    assertThat(browser.script("return document.querySelector('[data-checklist-page]').hidden")).isEqualTo(false);
  }

  /** Opens the control page and every page of the site; answers what the hooks recorded. */
  private Visit visitEverything(StaticFileServer server) throws Exception {
    List<String> findings = new ArrayList<>();
    open(server, "en/");
    browser.script("localStorage.clear()");
    List<String> pages = new ArrayList<>(List.of("control.html"));
    pages.addAll(htmlFiles(server.root()));
    for (String page : pages) {
      URI uri = open(server, page);
      String html = Files.readString(server.root().resolve(page), StandardCharsets.UTF_8);
      if (page.equals("control.html")) {
        browser.await(d -> "complete".equals(browser.script("return document.readyState")));
        continue;
      }
      if (page.equals("index.html") || html.contains("<meta http-equiv=\"refresh\" content=\"0; url=") && !html.contains("<noscript>")) {
        // The root and the redirect pages send the reader on; wait for the next page, which is visited too.
        browser.await(d -> !d.getCurrentUrl().equals(uri.toString()) && "complete".equals(browser.script("return document.readyState")));
        continue;
      }
      @SuppressWarnings("unchecked")
      List<String> found = (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(EXERCISE);
      for (String f : found) findings.add(page + ": " + f);
    }
    open(server, "en/");
    @SuppressWarnings("unchecked")
    List<String> records = (List<String>) browser.script("return JSON.parse(localStorage.getItem('__xss') || '[]')");
    return new Visit(records, findings);
  }

  private static URI open(StaticFileServer server, String path) throws URISyntaxException {
    URI base = server.uri("");
    URI uri = new URI(base.getScheme(), null, base.getHost(), base.getPort(), "/" + path, null, null);
    browser.open(uri);
    return uri;
  }

  private static List<String> htmlFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".html") && !p.getFileName().toString().equals("control.html"))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static void copyWithoutPolicy(Path from, Path to) throws IOException {
    String meta = "<meta http-equiv=\"Content-Security-Policy\" content=\"" + HtmlPolicy.CONTENT_SECURITY_POLICY + "\">";
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (p.toString().endsWith(".html")) {
          String html = Files.readString(p, StandardCharsets.UTF_8);
          String stripped = html.replace(meta + "\n", "");
          assertThat(stripped).as(p.toString()).doesNotContain("Content-Security-Policy");
          Files.writeString(target, stripped, StandardCharsets.UTF_8);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** A page that runs an inline handler and an inline script unless a policy blocks them. */
  private static String control(boolean policy) {
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
        + (policy ? "<meta http-equiv=\"Content-Security-Policy\" content=\"" + HtmlPolicy.CONTENT_SECURITY_POLICY + "\">\n" : "")
        + "<title>control</title></head><body>\n<img src=\"missing.png\" onerror=\"alert('control-handler')\">\n"
        + "<script>window.__fired = 'control-inline';</script>\n</body></html>\n";
  }
}
