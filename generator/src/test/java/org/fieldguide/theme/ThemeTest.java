package org.fieldguide.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeTest {
  @TempDir Path dir;

  private TestSite site() {
    return TestSite.in(dir).page("content/runbooks/a.md", "A & <B>", "Text\n");
  }

  @Test
  void siteTemplateOverridesTheBuiltInOne() {
    TestSite.Built b = site().with("templates/partials/toc.ftlh", "<p class=\"custom-toc\">${page.title}</p>\n").build().assertOk();
    assertThat(b.file("en/runbooks/a/index.html")).contains("<p class=\"custom-toc\">A &amp; &lt;B&gt;</p>");
  }

  @Test
  void siteStaticFileOverridesTheThemeOne() {
    TestSite.Built b = site().with("static/css/site.css", "body{}").build().assertOk();
    assertThat(b.file("static/css/site.css")).isEqualTo("body{}");
    assertThat(b.exists("static/js/site.js")).isTrue();
  }

  @Test
  void aTypeWithoutItsOwnLayoutFallsBackToPage() {
    TestSite.Built b = site().with("templates/runbook.ftlh", "RUNBOOK ${page.title}").with("content/x.md", "---\ntitle: X\n---\n").build().assertOk();
    assertThat(b.file("en/x/index.html")).contains("<article class=\"page\"");
  }

  @Test
  void typeLayoutIsUsedWhenPresent() {
    TestSite.Built b = site().with("content/runbooks/_index.md", "---\ntitle: R\ntype: runbook\n---\n")
        .with("templates/runbook.ftlh", "RUNBOOK ${page.title}").build().assertOk();
    assertThat(b.file("en/runbooks/a/index.html")).isEqualTo("RUNBOOK A &amp; &lt;B&gt;");
  }

  @Test
  void templateErrorNamesTemplateLineAndPage() {
    site().with("templates/page.ftlh", "<p>\n${page.nosuch}</p>\n").check().assertDiagnostics(
        "templates/page.ftlh:2:3: error: template failed while rendering content/runbooks/a.md: 'page.nosuch' is missing or null. Check the name, or test it with ?? before use.");
  }

  @Test
  void templateSyntaxErrorIsPositioned() {
    site().with("templates/page.ftlh", "<#if>\n").check().assertDiagnostics(
        "templates/page.ftlh:1:2: error: template syntax error: #if is an existing directive, but the tag is malformed.");
  }

  @Test
  void aSyntaxErrorInTheSitesLayoutIsReportedOnceAtItsPositionWithFreemarkersCause() {
    String layout = read("layout.ftlh").replaceFirst("\n", "\n<#if>\n");
    TestSite.Built b = site().with("templates/layout.ftlh", layout).build();
    b.assertDiagnostics("templates/layout.ftlh:2:2: error: template syntax error: #if is an existing directive, but the tag is malformed.");
    assertThat(b.result().written()).isFalse();
  }

  @Test
  void aSyntaxErrorInAnIncludedPartialIsReportedOnceAtItsPosition() {
    site().with("templates/partials/toc.ftlh", "<ul>\n  <#list page.toc as t>\n</ul>\n").check().assertDiagnostics(
        "templates/partials/toc.ftlh:3:6: error: template syntax error: Unexpected end of file reached. You have an unclosed #list."
            + " Check if the FreeMarker end-tags are present, and aren't malformed. (Note that FreeMarker end-tags must have # or @"
            + " after the / character.)");
  }

  @Test
  void whatFreemarkerExpectedIsSaidOnOneLine() {
    site().with("templates/partials/toc.ftlh", "<p>\n<#if >x</#if>\n").check().assertDiagnostics(
        "templates/partials/toc.ftlh:2:6: error: template syntax error: Encountered \">\", but was expecting a value or expression here.");
  }

  @Test
  void aMacroThatCallsItselfWithoutEndIsADiagnosticAtTheCall() {
    site().with("templates/partials/toc.ftlh", "<#macro down n>\n  <@down n + 1/>\n</#macro>\n<@down 0/>\n").check().assertDiagnostics(
        "templates/partials/toc.ftlh:2:3: error: templates nest too deep here (more than 300 levels, or more than the stack holds):"
            + " a macro or an include probably calls itself without end. Give it a condition that stops it.");
  }

  @Test
  void aTemplateThatIncludesItselfIsADiagnosticAtTheInclude() {
    site().with("templates/partials/toc.ftlh", "<p>\n<#include \"toc.ftlh\">\n").check().assertDiagnostics(
        "templates/partials/toc.ftlh:2:1: error: templates nest too deep here (more than 300 levels, or more than the stack holds):"
            + " a macro or an include probably calls itself without end. Give it a condition that stops it.");
  }

  @Test
  void deepButFiniteRecursionStillRenders() {
    TestSite.Built b = site().with("templates/partials/toc.ftlh",
        "<#macro down n><#if n < 50><i><@down n + 1/></i></#if></#macro><@down 0/>\n").build().assertOk();
    assertThat(b.file("en/runbooks/a/index.html")).contains("<i><i><i>");
  }

  private static String read(String template) {
    try {
      return java.nio.file.Files.readString(Path.of("../themes/default/templates").resolve(template));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void unknownThemeIsAnError() {
    site().with("site.yaml", TestSite.SITE_YAML + "theme: fancy\n").check().assertDiagnostics(
        "site.yaml: error: theme 'fancy' not found: there is no folder themes/fancy/. Create it, or use theme: default.");
  }

  @Test
  void siteTranslationsOverrideThemeStrings() {
    TestSite.Built b = site().with("translations/en.yaml", "on_this_page: In this guide\n")
        .page("content/runbooks/b.md", "B", "## One\n\n## Two\n").build().assertOk();
    assertThat(b.file("en/runbooks/b/index.html")).contains("<summary>In this guide</summary>");
  }

  @Test
  void badMessageSyntaxIsPositioned() {
    site().with("translations/es.yaml", "greeting: \"Hola {name\"\n").check().assertDiagnostics(
        "translations/es.yaml:1:11: error: the message 'greeting' is not valid ICU MessageFormat: Unmatched '{' braces in message \"Hola {name\". Check that every { has its }, and write a literal apostrophe as ''.");
  }

  @Test
  void aThemeFileThatDoesNotExistFailsTheBuildAtTheTemplateLine() {
    TestSite.Built b = site().with("templates/partials/toc.ftlh", "\n<link rel=\"stylesheet\" href=\"${site.asset(\"css/missing.css\")}\">\n").build();
    assertThat(b.messages()).first().asString().startsWith(
        "templates/partials/toc.ftlh:2:30: error: template failed while rendering ")
        .contains("the theme has no static file 'css/missing.css'");
    assertThat(b.result().written()).isFalse();
  }

  @Test
  void checkReportsWhatTheTemplatesWouldFailOnAsBuildDoes() {
    // check runs every page's template without keeping its output: the same failures, the same words.
    TestSite broken = site().with("templates/partials/toc.ftlh", "\n<link rel=\"stylesheet\" href=\"${site.asset(\"css/missing.css\")}\">\n");
    TestSite.Built checked = broken.check();
    assertThat(checked.messages()).isNotEmpty().isEqualTo(broken.build().messages());
    assertThat(checked.result().diagnostics()).allMatch(d -> d.isError());
  }
}
