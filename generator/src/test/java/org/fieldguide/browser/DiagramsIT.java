package org.fieldguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Diagrams ({@code ```mermaid}) in a real browser, under the page's Content-Security-Policy (no
 * inline styles): drawn, styled and laid out as Mermaid means them; a script written into a
 * label does not run; a diagram with a mistake keeps its source and says so; without scripts the
 * source is shown; on a phone the page does not scroll sideways; dark readers get dark drawings.
 */
@Tag("browser")
class DiagramsIT {
  @RegisterExtension static final Browser browser = new Browser();
  @RegisterExtension static final Browser noScript = new Browser().withoutJavaScript();
  @TempDir static Path dir;
  private static StaticFileServer server;

  static final String FLOWCHART = """
      flowchart LR
        Router["Edge router <img src=x onerror=window.pwned=1>"] -->|uplink| Switch{Core switch}
        Switch --> S1[Server 1]
        Switch --> S2[Measurement server with a long name]
        click S1 call alert("clicked")
      """;

  @BeforeAll
  static void serve() throws IOException {
    TestSite site = TestSite.in(dir)
        .page("content/network.md", "Network", "The path of a test:\n\n```mermaid\n" + FLOWCHART + "```\n\nAnd in time:\n\n"
            + "```mermaid\nsequenceDiagram\n  Client->>Server: download test\n  Server-->>Client: result\n```\n\nA mistake:\n\n"
            + "```mermaid\nflowchart LR\n  A -->\n```\n");
    server = StaticFileServer.serveBuilt(site);
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
  }

  @AfterEach
  void reset() {
    browser.clearDevice();
    browser.emulateColorScheme("light");
  }

  private void open(String path) {
    browser.open(server.uri(path));
    browser.await(d -> d.findElement(By.tagName("html")).getAttribute("data-diagrams-drawn"));
  }

  private List<WebElement> diagrams() {
    return browser.driver().findElements(By.cssSelector(".diagram"));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Number> box(WebElement e) {
    return (Map<String, Number>) browser.script("const r = arguments[0].getBoundingClientRect(); return {l: r.left, r: r.right, t: r.top, b: r.bottom};", e);
  }

  @Test
  void diagramsAreDrawnStyledAndLaidOutUnderThePagesPolicy() {
    open("en/network/");
    List<WebElement> diagrams = diagrams();
    assertThat(diagrams).hasSize(3);
    WebElement flow = diagrams.get(0).findElement(By.tagName("svg"));
    assertThat(diagrams.get(0).findElements(By.tagName("pre"))).as("the source is replaced").isEmpty();
    assertThat(flow.getText()).contains("Edge router", "Core switch", "Server 1", "uplink");
    assertThat(diagrams.get(1).findElement(By.tagName("svg")).getText()).contains("download test", "result");

    // Styled: the theme's fill and stroke, not the black shapes an SVG gets when the policy
    // drops Mermaid's <style> element.
    WebElement node = flow.findElement(By.cssSelector("g.node rect"));
    assertThat(browser.script("return getComputedStyle(arguments[0]).fill", node)).isNotEqualTo("rgb(0, 0, 0)");
    assertThat(browser.script("return getComputedStyle(arguments[0]).stroke", node)).isNotEqualTo("none");
    // Laid out with the styles in place: every node's label sits inside its shape, centred (drawn
    // once, without the stylesheet while Mermaid measured, labels sat at the top of taller boxes).
    for (WebElement g : flow.findElements(By.cssSelector("g.node"))) {
      WebElement shape = g.findElement(By.cssSelector("rect, polygon"));
      WebElement label = g.findElement(By.cssSelector(".nodeLabel, text"));
      Map<String, Number> s = box(shape);
      Map<String, Number> l = box(label);
      assertThat(l.get("l").doubleValue()).as(label.getText()).isGreaterThanOrEqualTo(s.get("l").doubleValue() - 1);
      assertThat(l.get("r").doubleValue()).as(label.getText()).isLessThanOrEqualTo(s.get("r").doubleValue() + 1);
      assertThat(l.get("t").doubleValue()).as(label.getText()).isGreaterThanOrEqualTo(s.get("t").doubleValue() - 1);
      assertThat(l.get("b").doubleValue()).as(label.getText()).isLessThanOrEqualTo(s.get("b").doubleValue() + 1);
      double labelMiddle = (l.get("t").doubleValue() + l.get("b").doubleValue()) / 2;
      double shapeMiddle = (s.get("t").doubleValue() + s.get("b").doubleValue()) / 2;
      assertThat(labelMiddle).as(label.getText() + ": centred").isCloseTo(shapeMiddle, org.assertj.core.data.Offset.offset(3.0));
    }
    // Named for assistive technology, as a group around the drawing.
    assertThat(diagrams.get(0).getAttribute("role")).isEqualTo("group");
    assertThat(diagrams.get(0).getAttribute("aria-label")).isEqualTo("Diagram");
  }

  @Test
  void aScriptInALabelOrAClickBindingDoesNotRun() {
    open("en/network/");
    assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
    assertThat(browser.driver().findElements(By.cssSelector(".diagram [onerror], .diagram [onclick]"))).isEmpty();
    browser.driver().findElement(By.xpath("//*[local-name()='svg']//*[contains(text(), 'Server 1')]")).click();
    assertThat(browser.script("try { return document.title; } catch (e) { return 'alert: ' + e; }")).isEqualTo("Network · Test Site");
  }

  @Test
  void aDiagramWithAMistakeKeepsItsSourceAndSaysSo() {
    open("en/network/");
    WebElement broken = diagrams().get(2);
    WebElement note = broken.findElement(By.cssSelector(".diagram-failed"));
    assertThat(note.getText()).startsWith("This diagram could not be drawn; its source is shown instead.");
    assertThat(broken.findElement(By.cssSelector("pre.mermaid")).getText()).isEqualTo("flowchart LR\n  A -->");
    // Mermaid's own error drawing is not left in the page.
    assertThat(browser.script("return document.querySelectorAll('body > [id^=dfieldguide-diagram], body > svg').length")).isEqualTo(0L);
  }

  @Test
  void withoutScriptsTheSourceIsShown() {
    noScript.open(server.uri("en/network/"));
    List<WebElement> sources = noScript.driver().findElements(By.cssSelector(".diagram > pre.mermaid"));
    assertThat(sources).hasSize(3).allMatch(WebElement::isDisplayed);
    assertThat(sources.get(0).getText()).startsWith("flowchart LR").contains("Router -->|uplink| Switch".replace("Router", "Router[\"Edge router <img src=x onerror=window.pwned=1>\"]"));
    assertThat(noScript.driver().findElements(By.cssSelector(".diagram svg"))).isEmpty();
  }

  @Test
  void onAPhoneAWideDrawingKeepsReadableTextAndScrollsInsideItsBoxNotThePage() {
    browser.emulateDevice(390, 844, true);
    open("en/network/");
    WebElement box = diagrams().get(0);
    WebElement flow = box.findElement(By.tagName("svg"));
    double natural = ((Number) browser.script("return arguments[0].viewBox.baseVal.width", flow)).doubleValue();
    double shown = ((Number) browser.script("return arguments[0].getBoundingClientRect().width", flow)).doubleValue();
    assertThat(natural).as("the test's flowchart is wider than the phone at three quarters").isGreaterThan(390 / 0.75);
    assertThat(shown / natural).as("scale of the drawing").isGreaterThanOrEqualTo(0.74);
    Object overflow = browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(((Number) overflow).intValue()).as("the page itself never scrolls sideways").isLessThanOrEqualTo(0);
    assertThat(((Number) browser.script("return arguments[0].scrollWidth - arguments[0].clientWidth", box)).intValue()).isPositive();
    assertThat(box.getAttribute("tabindex")).as("a keyboard can reach the box to scroll it").isEqualTo("0");
    // On a wide screen the same drawing is shown whole, and its box takes no focus.
    browser.clearDevice();
    open("en/network/");
    WebElement wide = diagrams().get(0);
    assertThat(((Number) browser.script("return arguments[0].scrollWidth - arguments[0].clientWidth", wide)).intValue()).isLessThanOrEqualTo(0);
    assertThat(wide.getAttribute("tabindex")).isNull();
  }

  @Test
  void aDarkReaderGetsADarkDrawing() {
    open("en/network/");
    WebElement light = diagrams().get(0).findElement(By.cssSelector("g.node rect"));
    Object lightFill = browser.script("return getComputedStyle(arguments[0]).fill", light);
    browser.emulateColorScheme("dark");
    open("en/network/");
    WebElement dark = diagrams().get(0).findElement(By.cssSelector("g.node rect"));
    Object darkFill = browser.script("return getComputedStyle(arguments[0]).fill", dark);
    assertThat(darkFill).isNotEqualTo(lightFill).isNotEqualTo("rgb(0, 0, 0)");
  }
}
