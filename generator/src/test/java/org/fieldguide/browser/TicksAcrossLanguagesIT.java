package org.fieldguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fieldguide.frontmatter.SourceDigest;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A tick belongs to the step, not to the language it was read in: a crew that switches from
 * English to Spanish and back, or between a page not yet translated (shown in English) and the
 * English original, keeps its place. Also the bar that follows the reader, and the progress of
 * sections and courses in every language.
 */
@Tag("browser")
class TicksAcrossLanguagesIT {
  @RegisterExtension static final Browser browser = new Browser();
  @TempDir static Path dir;
  private static StaticFileServer server;

  private static final String DEPLOY_BODY =
      """
      ## Rack it

      - [ ] Unpack the server
      - [ ] Mount the rails

      ## Cable it

      - [ ] Connect both power supplies
      - [ ] Connect the uplink
      """;

  @BeforeAll
  static void serve() throws IOException {
    String stamp = SourceDigest.of("Deploy a server", DEPLOY_BODY);
    TestSite site = TestSite.in(dir)
        .with("site.yaml", """
            title: Guides
            base_url: https://guides.example.org/
            languages:
              en: { name: English }
              es: { name: Español }
              pt: { name: Português }
            """)
        .with("content/runbooks/_index.md", "---\ntitle: Runbooks\ntype: runbook\n---\n")
        .with("content/runbooks/_index.es.md", "---\ntitle: Procedimientos\n---\n")
        .with("content/runbooks/deploy.md", "---\ntitle: Deploy a server\nrisk: low\n---\n" + DEPLOY_BODY)
        // Stamped as a current translation of the text above, with as many steps: it shares ticks.
        .with("content/runbooks/deploy.es.md", "---\ntitle: Instalar un servidor\nrisk: low\nsource_hash: \"" + stamp + "\"\n---\n"
            + "## Montarlo\n\n- [ ] Desembalar el servidor\n- [ ] Montar los rieles\n\n"
            + "## Cablearlo\n\n- [ ] Conectar ambas fuentes\n- [ ] Conectar el enlace\n")
        .with("content/training/_index.md", "---\ntitle: Course\ntype: training-module\n---\n")
        .with("content/training/linux.md", "---\ntitle: Linux\nweight: 1\n---\n- [ ] Read logs\n- [ ] Restart a service\n- [ ] Check disks\n")
        .with("content/training/network.md", "---\ntitle: Network\nweight: 2\n---\n- [ ] Ping the gateway\n- [ ] Trace a route\n");
    server = StaticFileServer.serveBuilt(site);
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
  }

  @BeforeEach
  void forgetTicks() {
    browser.open(server.uri("en/"));
    browser.script("localStorage.clear()");
  }

  private void open(String path) {
    browser.open(server.uri(path));
    browser.await(d -> !d.findElement(By.cssSelector(".checklist-summary")).getText().isEmpty());
  }

  private void switchTo(String languageName) {
    browser.driver().findElement(By.cssSelector(".language-switcher")).findElement(By.linkText(languageName)).click();
    browser.await(d -> !d.findElement(By.cssSelector(".checklist-summary")).getText().isEmpty());
  }

  private List<WebElement> boxes() {
    return browser.driver().findElements(By.cssSelector("article input.checklist-box"));
  }

  private List<Boolean> ticks() {
    return boxes().stream().map(WebElement::isSelected).toList();
  }

  private String summary() {
    return browser.driver().findElement(By.cssSelector(".checklist-summary")).getText();
  }

  @Test
  void ticksSurviveEnglishToSpanishAndBack() {
    open("en/runbooks/deploy/");
    boxes().get(0).click();
    boxes().get(2).click();

    switchTo("Español");
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Instalar un servidor");
    assertThat(ticks()).containsExactly(true, false, true, false);
    assertThat(summary()).isEqualTo("2 pasos de 4 completados");
    boxes().get(1).click();

    switchTo("English");
    assertThat(ticks()).containsExactly(true, true, true, false);
    assertThat(summary()).isEqualTo("3 of 4 done");
  }

  @Test
  void aPageNotYetTranslatedSharesTheOriginalsTicksBothWays() {
    open("pt/runbooks/deploy/");
    assertThat(browser.driver().findElement(By.cssSelector(".notice-untranslated")).getText()).contains("exibida em inglês");
    boxes().get(3).click();

    switchTo("English");
    assertThat(ticks()).containsExactly(false, false, false, true);
    boxes().get(3).click();
    boxes().get(0).click();

    switchTo("Português");
    assertThat(ticks()).containsExactly(true, false, false, false);
    assertThat(summary()).isEqualTo("1 etapa de 4 concluída");
  }

  @Test
  void sectionPagesShowTheSameProgressInEveryLanguage() {
    open("en/runbooks/deploy/");
    boxes().get(0).click();
    browser.open(server.uri("es/runbooks/"));
    assertThat(browser.driver().findElement(By.cssSelector("[data-progress-for]")).getText()).isEqualTo("1 paso de 4 completado");
    browser.open(server.uri("pt/runbooks/"));
    assertThat(browser.driver().findElement(By.cssSelector("[data-progress-for]")).getText()).isEqualTo("1 etapa de 4 concluída");
  }

  @Test
  void theCoursePageAddsUpItsModules() {
    open("en/training/linux/");
    boxes().get(0).click();
    boxes().get(1).click();
    open("es/training/network/");
    boxes().get(0).click();
    browser.open(server.uri("en/training/"));
    assertThat(browser.driver().findElement(By.cssSelector(".section-progress-label")).getText()).isEqualTo("Course progress");
    assertThat(browser.driver().findElement(By.cssSelector(".section-progress-text")).getText()).isEqualTo("3 of 5 done");
    assertThat(browser.driver().findElement(By.cssSelector(".section-meter")).getDomProperty("value")).isEqualTo("3");
    assertThat(browser.driver().findElements(By.cssSelector("[data-progress-for]")).stream().map(WebElement::getText))
        .containsExactly("2 of 3 done", "1 of 2 done");
  }

  @Test
  void ticksSavedByTheOlderPerLanguageKeyAreCarriedOver() {
    open("es/runbooks/deploy/");
    String id = boxes().get(2).getAttribute("data-check-id");
    browser.script("localStorage.clear(); localStorage.setItem('fieldguide:checklist:https://guides.example.org/es/runbooks/deploy/', "
        + "JSON.stringify({[arguments[0]]: 1}))", id);
    open("es/runbooks/deploy/");
    assertThat(ticks()).containsExactly(false, false, true, false);
    assertThat(browser.script("return localStorage.getItem('fieldguide:checklist:https://guides.example.org/es/runbooks/deploy/')")).isNull();
    switchTo("English");
    assertThat(ticks()).containsExactly(false, false, true, false);
  }

  @Test
  void theNextStepButtonTakesTheReaderToTheFirstUntickedStep() {
    open("en/runbooks/deploy/");
    boxes().get(0).click();
    boxes().get(1).click();
    browser.driver().findElement(By.cssSelector(".checklist-next")).click();
    assertThat(browser.driver().switchTo().activeElement()).isEqualTo(boxes().get(2));
    boxes().get(2).click();
    boxes().get(3).click();
    assertThat(browser.driver().findElement(By.cssSelector(".checklist-next")).isEnabled()).as("nothing left to jump to").isFalse();
    assertThat(summary()).isEqualTo("4 of 4 done · All steps done");
  }

  @Test
  void theProgressBarFollowsTheReaderDownALongPage() {
    browser.emulateDevice(390, 500, true);
    try {
      open("en/runbooks/deploy/");
      browser.script("document.querySelector('article .body').style.paddingBlockEnd = '3000px'; window.scrollTo(0, 1500)");
      Number top = (Number) browser.script("return document.querySelector('.checklist-bar').getBoundingClientRect().top");
      assertThat(top.intValue()).as("stuck to the top of the screen").isZero();
    } finally {
      browser.clearDevice();
    }
  }
}
