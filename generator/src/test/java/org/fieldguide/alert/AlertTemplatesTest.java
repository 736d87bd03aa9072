package org.fieldguide.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fieldguide.i18n.UiStrings;
import org.fieldguide.theme.TemplateRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default theme's alert macros, rendered by the real template renderer with the theme's real
 * interface strings ({@link AlertTemplateProbe}).
 */
class AlertTemplatesTest {
  @TempDir Path dir;

  private AlertTemplateProbe probe;
  private UiStrings strings;

  @BeforeEach
  void loadTheme() throws Exception {
    probe = new AlertTemplateProbe(dir);
    strings = probe.strings();
  }

  private Document render(String language, List<AlertView> alerts, List<AlertIndexRow> rows) throws Exception {
    return Jsoup.parse(probe.render(language, alerts, rows));
  }

  @Test
  void everyLanguageHasEveryAlertString() {
    assertThat(probe.diagnostics().sorted()).isEmpty();
    for (String key : List.of("alerts_answered", "alert_name", "alert_severity", "alert_for", "alert_summary", "alert_description",
        "alert_expression", "alert_expression_hint", "alert_go_to_steps", "alert_runbook", "alert_no_runbook", "alert_index", "alert_index_intro")) {
      for (String lang : List.of("en", "es", "fr", "pt", "ar")) assertThat(strings.defines(lang, key)).as(lang + " " + key).isTrue();
    }
  }

  @Test
  void aRunbookShowsNameSeverityForSummaryDescriptionAndTheExpression() throws Exception {
    AlertView view = new AlertView("InstanceDown", "critical", "5m", "{{ $labels.instance }} is down",
        "Line one.\nLine two.", "up{job=\"node\"} == 0 and on (instance) node_boot_time_seconds < 3 > 1 & 2", "check-power");
    Element section = render("en", List.of(view), List.of()).selectFirst("section.alerts");
    assertThat(section.selectFirst("h2").text()).isEqualTo("Alerts this runbook answers");
    Element rule = section.selectFirst(".alert-rule[data-alert=InstanceDown]");
    assertThat(rule.selectFirst(".alert-name code").text()).isEqualTo("InstanceDown");
    assertThat(rule.selectFirst(".severity.severity-critical").text()).isEqualTo("critical");
    assertThat(rule.select(".alert-meta dt")).extracting(Element::text).containsExactly("Fires after", "Summary", "Description");
    assertThat(rule.select(".alert-meta dd")).extracting(Element::wholeText)
        .containsExactly("5m", "{{ $labels.instance }} is down", "Line one.\nLine two.");
    // Escaped in the HTML, so the text copied from the page is the expression exactly.
    assertThat(rule.selectFirst(".alert-expr pre > code.language-promql").wholeText())
        .isEqualTo("up{job=\"node\"} == 0 and on (instance) node_boot_time_seconds < 3 > 1 & 2");
    assertThat(rule.selectFirst(".alert-expr figcaption").text()).startsWith("Expression (PromQL)");
    assertThat(rule.selectFirst(".alert-steps a").attr("href")).isEqualTo("#check-power");
  }

  @Test
  void absentPartsAreLeftOut() throws Exception {
    Element rule = render("en", List.of(new AlertView("Watchdog", null, null, null, null, "vector(1)", null)), List.of())
        .selectFirst(".alert-rule");
    assertThat(rule.select(".severity, .alert-meta div, .alert-steps")).isEmpty();
    assertThat(rule.selectFirst("pre code").text()).isEqualTo("vector(1)");
  }

  @Test
  void aRunbookWithoutAlertsHasNoSection() throws Exception {
    assertThat(render("en", List.of(), List.of()).select("section.alerts")).isEmpty();
  }

  @Test
  void theSectionSpeaksThePageLanguage() throws Exception {
    List<AlertView> one = List.of(new AlertView("A", null, "1m", null, null, "up == 0", null));
    assertThat(render("es", one, List.of()).selectFirst("section.alerts h2").text()).isEqualTo("Alertas que responde este procedimiento");
    assertThat(render("fr", one, List.of()).selectFirst(".alert-meta dt").text()).isEqualTo("Se déclenche après");
    assertThat(render("ar", one, List.of()).selectFirst("section.alerts h2").text()).isEqualTo("التنبيهات التي يعالجها هذا الإجراء");
  }

  @Test
  void theIndexLinksEachAlertToItsRunbook() throws Exception {
    List<AlertIndexRow> rows = List.of(
        new AlertIndexRow("InstanceDown", List.of("warning", "critical"), new RunbookLink("Servidor caído", "../server-down/"), null),
        new AlertIndexRow("Watchdog", List.of(), null, "Siempre activa."));
    Element table = render("es", List.of(), rows).selectFirst("table.alert-index");
    assertThat(table.select("thead th")).extracting(Element::text).containsExactly("Alerta", "Gravedad", "Procedimiento");
    Element down = table.selectFirst("tr[data-alert=InstanceDown]");
    assertThat(down.select(".severity")).extracting(Element::text).containsExactly("warning", "critical");
    assertThat(down.selectFirst("a").attr("href")).isEqualTo("../server-down/");
    assertThat(down.selectFirst("a").text()).isEqualTo("Servidor caído");
    assertThat(table.selectFirst("tr[data-alert=Watchdog] td:last-child").text()).isEqualTo("Sin procedimiento: Siempre activa.");
  }

  @Test
  void theIndexPageTemplateParses() {
    // Rendering it needs the page views the build makes; without them it must fail on data, not on syntax.
    assertThatThrownBy(() -> new TemplateRenderer(probe.theme()).render("alert-index.ftlh", Map.of(), "a test"))
        .isInstanceOf(TemplateRenderer.TemplateFailure.class)
        .hasMessageContaining("template failed while rendering a test")
        .hasMessageNotContaining("syntax error");
  }
}
