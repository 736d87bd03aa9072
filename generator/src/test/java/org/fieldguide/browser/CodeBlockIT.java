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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Code blocks in a real browser: the copy button puts exactly the command on the clipboard and
 * says so to screen readers; a keyboard alone reaches a block and scrolls its long lines; the
 * wrap button wraps them; the buttons speak the reader's language.
 */
@Tag("browser")
class CodeBlockIT {
  @RegisterExtension static final Browser browser = new Browser();
  @TempDir static Path dir;
  private static StaticFileServer server;

  /** Characters that HTML escapes and the highlighter marks, on two lines. */
  static final String COMMAND =
      "sudo mdadm --manage /dev/md0 --add /dev/sdb1 && echo \"rebuilt <md0> & 'ok'\"  # then watch\ncat /proc/mdstat | grep -A2 md0";

  static final String LONG_LINE =
      "ipmitool -I lanplus -H 198.51.100.20 -U admin -E sdr type \"Power Supply\" --and-a-very-long-option-that-never-ends=" + "x".repeat(200);

  @BeforeAll
  static void serve() throws IOException {
    TestSite site = TestSite.in(dir)
        .page("content/runbooks/rebuild.md", "Rebuild", "Add the new disk:\n\n```bash\n" + COMMAND + "\n```\n\nCheck the power supplies:\n\n```bash\n"
            + LONG_LINE + "\n```\n");
    server = StaticFileServer.serveBuilt(site);
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
  }

  @AfterEach
  void desktop() {
    browser.clearDevice();
  }

  private void open(String path) {
    browser.open(server.uri(path));
    browser.await(d -> !d.findElements(By.cssSelector(".code-copy")).isEmpty());
  }

  private List<WebElement> blocks() {
    return browser.driver().findElements(By.cssSelector(".code-block"));
  }

  @Test
  void copyPutsExactlyTheCommandOnTheClipboardAndSaysSo() {
    open("en/runbooks/rebuild/");
    String origin = server.uri("").toString().replaceFirst("/$", "");
    browser.cdp("Browser.grantPermissions", Map.of("origin", origin, "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    WebElement copy = blocks().get(0).findElement(By.cssSelector(".code-copy"));
    assertThat(copy.getText()).isEqualTo("Copy");
    copy.click();
    browser.await(d -> "copied".equals(copy.getAttribute("data-state")));
    Object clipboard = browser.asyncScript("navigator.clipboard.readText().then(arguments[0], (e) => arguments[0]('refused: ' + e))");
    assertThat(clipboard).isEqualTo(COMMAND);
    // Heard by screen readers: a polite live region that was in the page before the message.
    WebElement status = browser.driver().findElement(By.cssSelector("[role=status][aria-live=polite].code-status"));
    browser.await(d -> status.getText().isEmpty() ? null : true);
    assertThat(status.getAttribute("textContent")).isEqualTo("Copied to the clipboard");
  }

  @Test
  void aKeyboardAloneReachesACodeBlockAndScrollsItsLongLine() {
    browser.emulateDevice(390, 844, false);
    open("en/runbooks/rebuild/");
    WebElement pre = blocks().get(1).findElement(By.tagName("pre"));
    assertThat(((Number) browser.script("return arguments[0].scrollWidth - arguments[0].clientWidth", pre)).intValue())
        .as("the line is wider than the phone").isPositive();
    Actions keys = new Actions(browser.driver());
    for (int i = 0; i < 40 && !browser.driver().switchTo().activeElement().equals(pre); i++) keys.sendKeys(Keys.TAB).perform();
    assertThat(browser.driver().switchTo().activeElement()).as("reached with Tab").isEqualTo(pre);
    assertThat(pre.getAttribute("role")).isEqualTo("group");
    assertThat(pre.getAttribute("aria-label")).isEqualTo("Code: Shell");
    assertThat(browser.script("return getComputedStyle(arguments[0]).outlineStyle", pre)).as("focus is visible").isEqualTo("solid");

    for (int i = 0; i < 10; i++) keys.sendKeys(Keys.ARROW_RIGHT).perform();
    browser.await(d -> ((Number) browser.script("return arguments[0].scrollLeft", pre)).intValue() > 0);
    keys.sendKeys(Keys.TAB).perform();
    assertThat(browser.driver().switchTo().activeElement()).as("Tab moves on: the block does not trap the keyboard").isNotEqualTo(pre);
  }

  @Test
  void theWrapButtonWrapsLongLinesAndSaysItIsPressed() {
    browser.emulateDevice(390, 844, true);
    open("en/runbooks/rebuild/");
    WebElement block = blocks().get(1);
    WebElement pre = block.findElement(By.tagName("pre"));
    WebElement wrap = block.findElement(By.cssSelector(".code-wrap"));
    assertThat(wrap.getAttribute("aria-pressed")).isEqualTo("false");
    wrap.click();
    assertThat(wrap.getAttribute("aria-pressed")).isEqualTo("true");
    assertThat(((Number) browser.script("return arguments[0].scrollWidth - arguments[0].clientWidth", pre)).intValue()).isLessThanOrEqualTo(0);
    Object overflow = browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(((Number) overflow).intValue()).as("the page itself never scrolls sideways").isLessThanOrEqualTo(0);
    wrap.click();
    assertThat(wrap.getAttribute("aria-pressed")).isEqualTo("false");
  }

  @Test
  void theButtonsSpeakTheReadersLanguageOnAPageShownInTheDefaultOne() {
    open("es/runbooks/rebuild/");
    WebElement bar = blocks().get(0).findElement(By.cssSelector(".code-bar"));
    assertThat(bar.findElement(By.cssSelector(".code-copy")).getText()).isEqualTo("Copiar");
    assertThat(bar.findElement(By.cssSelector(".code-copy")).getAttribute("lang")).isEqualTo("es");
    assertThat(bar.findElement(By.cssSelector(".code-wrap")).getText()).isEqualTo("Ajustar líneas");
    assertThat(bar.findElement(By.cssSelector(".code-lang")).getText()).isEqualTo("Shell");
  }

  @Test
  void theCodeIsHighlightedInTheHtmlWithoutAScript() {
    open("en/runbooks/rebuild/");
    WebElement code = blocks().get(0).findElement(By.cssSelector("pre code.language-bash"));
    assertThat(code.findElements(By.cssSelector(".hl-f"))).extracting(WebElement::getText).contains("sudo", "mdadm", "echo", "cat", "grep");
    assertThat(code.findElement(By.cssSelector(".hl-c")).getText()).isEqualTo("# then watch");
    assertThat(code.getAttribute("textContent")).isEqualTo(COMMAND + "\n");
  }
}
