package org.fieldguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.fieldguide.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Checklists in a real browser: ticks kept per page in {@code localStorage} across reloads and
 * rebuilds, progress in the reader's language, reset, export, keyboard use.
 */
@Tag("browser")
class ChecklistIT {
  @RegisterExtension static final Browser browser = new Browser();
  @TempDir static Path dir;
  static TestSite site;
  static StaticFileServer server;

  private static final String PAGE = "en/runbooks/replace-disk/";

  @BeforeAll
  static void buildAndServe() throws IOException {
    site = ChecklistSite.in(dir);
    server = StaticFileServer.serveBuilt(site);
  }

  @AfterAll
  static void stopServer() {
    if (server != null) server.close();
  }

  @BeforeEach
  void forgetTicks() {
    // Tests share the browser profile and the origin; each starts from no stored ticks.
    browser.open(server.uri("en/"));
    browser.script("localStorage.clear()");
  }

  private void open(String path) {
    browser.open(server.uri(path));
    // The script writes the progress when it has applied the stored ticks.
    browser.await(d -> !d.findElement(By.cssSelector(".checklist-summary")).getText().isEmpty());
  }

  private WebElement box(String itemText) {
    List<WebElement> labels = browser.driver().findElements(By.cssSelector("li.checklist-item > label"));
    return labels.stream()
        .filter(l -> l.findElement(By.tagName("span")).getText().equals(itemText))
        .map(l -> l.findElement(By.tagName("input")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no checklist item '" + itemText + "'"));
  }

  private void reload() {
    browser.driver().navigate().refresh();
    browser.await(d -> !d.findElement(By.cssSelector(".checklist-summary")).getText().isEmpty());
  }

  private String summary() {
    return browser.driver().findElement(By.cssSelector(".checklist-summary")).getText();
  }

  /** Each top-level list's progress, as the stylesheet shows it before the list. */
  @SuppressWarnings("unchecked")
  private List<String> listProgress() {
    return (List<String>) browser.script(
        "return Array.from(document.querySelectorAll('article ul.checklist')).filter((ul) => !ul.parentElement.closest('ul.checklist'))"
            + ".map((ul) => getComputedStyle(ul, '::before').content.replace(/^\"|\"$/g, ''))");
  }

  @Test
  void tickSurvivesReload() {
    open(PAGE);
    box("Photograph the label").click();
    reload();
    assertThat(box("Photograph the label").isSelected()).isTrue();
    assertThat(box("Note the serial number from lsblk").isSelected()).isFalse();
    assertThat(box("Pull the failed disk").isSelected()).isFalse();
  }

  @Test
  void tickSurvivesRebuildIntoTheSameFolder() {
    open(PAGE);
    box("Pull the failed disk").click();
    assertThat(site.build().assertOk().result().written()).isTrue();
    reload();
    assertThat(box("Pull the failed disk").isSelected()).isTrue();
  }

  @Test
  void insertingAStepKeepsTheTicksOfTheOthers() {
    open("en/runbooks/insert/");
    box("Alpha").click();
    box("Bravo").click();
    site.with("content/runbooks/insert.md", ChecklistSite.INSERT.replace("- [ ] Bravo", "- [ ] Inserted\n- [ ] Bravo")).build().assertOk();
    reload();
    assertThat(box("Inserted").isSelected()).isFalse();
    assertThat(box("Alpha").isSelected()).isTrue();
    assertThat(box("Bravo").isSelected()).isTrue();
    assertThat(box("Charlie").isSelected()).isFalse();
    assertThat(summary()).isEqualTo("2 of 4 done");
  }

  @Test
  void markdownTickIsOnlyTheDefault() {
    open("en/runbooks/defaults/");
    assertThat(box("Order the replacement").isSelected()).isTrue();
    box("Order the replacement").click();
    reload();
    assertThat(box("Order the replacement").isSelected()).as("the reader's untick is kept").isFalse();
  }

  @Test
  void resetAsksThenClearsThePagesTicks() {
    open(PAGE);
    box("Note the serial number from lsblk").click();
    box("Pull the failed disk").click();
    WebElement reset = browser.driver().findElement(By.cssSelector(".checklist-reset"));

    reset.click();
    Alert question = browser.driver().switchTo().alert();
    assertThat(question.getText()).isEqualTo("Clear all your ticks on this page? This cannot be undone.");
    question.dismiss();
    assertThat(box("Note the serial number from lsblk").isSelected()).as("kept after Cancel").isTrue();

    reset.click();
    browser.driver().switchTo().alert().accept();
    assertThat(box("Note the serial number from lsblk").isSelected()).isFalse();
    assertThat(box("Pull the failed disk").isSelected()).isFalse();
    assertThat(summary()).isEqualTo("0 of 3 done");
    reload();
    assertThat(box("Note the serial number from lsblk").isSelected()).isFalse();
  }

  @Test
  void resetRestoresTheTicksThePageWasPublishedWith() {
    open("en/runbooks/defaults/");
    box("Order the replacement").click();
    box("Pull the disk").click();
    browser.driver().findElement(By.cssSelector(".checklist-reset")).click();
    browser.driver().switchTo().alert().accept();
    assertThat(box("Order the replacement").isSelected()).isTrue();
    assertThat(box("Pull the disk").isSelected()).isFalse();
  }

  @Test
  void exportListsTickedAndUntickedItemsUnderTheirHeadings() {
    open(PAGE);
    box("Photograph the label").click();
    browser.driver().findElement(By.cssSelector(".checklist-export")).click();
    WebElement textarea = browser.driver().findElement(By.cssSelector(".checklist-report textarea"));
    String report = browser.await(d -> textarea.isDisplayed() && !textarea.getDomProperty("value").isEmpty() ? textarea.getDomProperty("value") : null);

    assertThat(report)
        .startsWith("# Replace a disk\n\nhttps://guides.example.org/en/runbooks/replace-disk/\nLast reviewed: September 14, 2026\n")
        .containsPattern("\nPage version [0-9a-f]{12}\nExported: ")
        .containsPattern("\nExported: \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} [+-]\\d{2}:\\d{2}\n1 of 3 done\n")
        .endsWith(
            """

            ## Before you start

            - [ ] Note the serial number from `lsblk`
              - [x] Photograph the label

            ## Swap it

            - [ ] Pull the failed disk
            """);
    // Copied, or (where the browser refuses the clipboard) the reader is told to copy by hand.
    assertThat(browser.driver().findElement(By.cssSelector(".checklist-message")).getText())
        .isIn("Report copied to the clipboard.", "The report could not be copied automatically. Select it below and copy it.");
  }

  @Test
  void tickWithTheKeyboardAlone() {
    open(PAGE);
    WebElement target = box("Note the serial number from lsblk");
    Actions keys = new Actions(browser.driver());
    for (int i = 0; i < 60 && !browser.driver().switchTo().activeElement().equals(target); i++) keys.sendKeys(Keys.TAB).perform();
    assertThat(browser.driver().switchTo().activeElement()).as("reached with Tab").isEqualTo(target);

    keys.sendKeys(Keys.SPACE).perform();
    assertThat(target.isSelected()).isTrue();
    assertThat(summary()).isEqualTo("1 of 3 done");
    reload();
    assertThat(box("Note the serial number from lsblk").isSelected()).isTrue();
  }

  @Test
  void progressCountsPerListAndPerPage() {
    open(PAGE);
    assertThat(summary()).isEqualTo("0 of 3 done");
    assertThat(listProgress()).containsExactly("0 of 2 done", "0 of 1 done");
    box("Pull the failed disk").click();
    assertThat(summary()).isEqualTo("1 of 3 done");
    assertThat(listProgress()).containsExactly("0 of 2 done", "1 of 1 done");
    assertThat(browser.driver().findElement(By.cssSelector(".checklist-summary")).getAttribute("aria-live")).isEqualTo("polite");
    assertThat(browser.driver().findElement(By.cssSelector(".checklist-meter")).getDomProperty("value")).isEqualTo("1");
  }

  @Test
  void progressFollowsThePluralRulesOfSpanish() {
    open("es/runbooks/replace-disk/");
    assertThat(summary()).isEqualTo("0 pasos de 3 completados");
    box("Anote el número de serie").click();
    assertThat(summary()).isEqualTo("1 paso de 3 completado");
    box("Fotografíe la etiqueta").click();
    assertThat(summary()).isEqualTo("2 pasos de 3 completados");
  }

  @Test
  void progressFollowsThePluralRulesOfArabicRightToLeft() {
    open("ar/runbooks/replace-disk/");
    WebElement bar = browser.driver().findElement(By.cssSelector(".checklist-bar"));
    assertThat(bar.getAttribute("dir")).isEqualTo("rtl");
    assertThat(summary()).isEqualTo("لم تُنجَز أي خطوة من 3");
    box("سجّل الرقم التسلسلي").click();
    assertThat(summary()).isEqualTo("أُنجِزت خطوة واحدة من 3");
    box("صوّر الملصق").click();
    assertThat(summary()).isEqualTo("أُنجِزت خطوتان من 3");
    box("اسحب القرص المعطوب").click();
    assertThat(summary()).isEqualTo("أُنجِزت 3 خطوات من 3 · أُنجِزت كل الخطوات");
  }

  @Test
  void ticksAreKeptPerPageAndAnUnstampedTranslationKeepsItsOwn() {
    // The Spanish page is not stamped as a current translation, so its steps may differ from the
    // English ones: they keep ticks of their own (TicksAcrossLanguagesIT has the shared case).
    open(PAGE);
    box("Note the serial number from lsblk").click();
    open("es/runbooks/replace-disk/");
    assertThat(box("Anote el número de serie").isSelected()).isFalse();
    open("en/runbooks/insert/");
    assertThat(box("Alpha").isSelected()).isFalse();
  }

  @Test
  void ticksAreKeptOnPagesWithoutControls() {
    // Section and home templates show no progress or buttons; their ticks are kept all the same.
    browser.open(server.uri("en/runbooks/"));
    assertThat(browser.driver().findElements(By.cssSelector(".checklist-controls"))).isEmpty();
    box("Read the safety notes").click();
    browser.driver().navigate().refresh();
    assertThat(box("Read the safety notes").isSelected()).isTrue();
  }

  @Test
  void withoutJavaScriptTheServedPageIsAPlainList() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri(PAGE)).build(), HttpResponse.BodyHandlers.ofString());
    Document page = Jsoup.parse(response.body());
    assertThat(page.select(".checklist-bar")).hasSize(1);
    assertThat(page.select(".checklist-controls")).hasSize(1);
    assertThat(page.selectFirst(".checklist-summary").text()).as("filled in by the script").isEmpty();
    assertThat(page.select("ul.checklist li.checklist-item > label > input[type=checkbox].checklist-box")).hasSize(3);
    assertThat(page.select("script[src$=js/checklist.js][defer]")).hasSize(1);

    Document plain = Jsoup.parse(
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("en/runbooks/no-steps/")).build(),
            HttpResponse.BodyHandlers.ofString()).body());
    assertThat(plain.select(".checklist-bar, .checklist-controls")).as("no controls on a page without checklist items").isEmpty();
  }

  @Test
  void fitsAPhoneScreen() throws IOException {
    browser.resize(390, 844);
    try {
      open(PAGE);
      box("Note the serial number from lsblk").click();
      box("Photograph the label").click();
      Object overflow = browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(((Number) overflow).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);
      browser.screenshot(Path.of("target/screenshots/checklist-phone.png"));
    } finally {
      browser.resize(1280, 900);
    }
  }
}
