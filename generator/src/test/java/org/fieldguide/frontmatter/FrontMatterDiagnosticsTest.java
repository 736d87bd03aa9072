package org.fieldguide.frontmatter;

import java.nio.file.Path;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every front matter diagnostic, with its exact text and position. */
class FrontMatterDiagnosticsTest {
  @TempDir Path dir;

  private TestSite.Built check(String file) {
    return TestSite.in(dir).with("content/a.md", file).check();
  }

  @Test
  void rejectsPageWithoutFrontMatter() {
    check("# Hello\n").assertDiagnostics(
        "content/a.md:1:1: error: no front matter: a page must start with a line '---', YAML such as 'title: …', and another '---' (line 1 is '# Hello'). Add the front matter at the top of the file.");
  }

  @Test
  void rejectsUnterminatedFrontMatter() {
    check("---\ntitle: A\nBody\n").assertDiagnostics(
        "content/a.md:1:1: error: front matter is not closed: the '---' on line 1 has no closing '---' line. Add a line '---' after the last YAML line.");
  }

  @Test
  void rejectsMissingTitle() {
    check("---\nsummary: x\n---\n").assertDiagnostics(
        "content/a.md:2:1: error: missing required field 'title'. Add a line such as title: Replace a failed disk.");
  }

  @Test
  void rejectsEmptyTitle() {
    check("---\ntitle: \"\"\n---\n").assertDiagnostics(
        "content/a.md:2:1: error: field 'title' is empty. Give it a value, such as title: Replace a failed disk.");
  }

  @Test
  void rejectsWrongTypeWithPosition() {
    check("---\ntitle: A\nweight: ten\n---\n").assertDiagnostics(
        "content/a.md:3:9: error: 'weight' in front matter must be a whole number, such as weight: 10, found text.");
  }

  @Test
  void catchesYaml11BooleanTrap() {
    check("---\ntitle: no\n---\n").assertDiagnostics(
        "content/a.md:2:8: error: 'title' must be text, but YAML reads no as a yes/no value. Put it in quotes: \"no\".");
  }

  @Test
  void rejectsUnknownType() {
    check("---\ntitle: A\ntype: runbok\n---\n").assertDiagnostics(
        "content/a.md:3:7: error: unknown type 'runbok'; did you mean 'runbook'? Use one of page, runbook, hardware-guide, training-module.");
  }

  @Test
  void rejectsUnknownFieldWithSuggestion() {
    check("---\ntitle: A\nsumary: x\n---\n").assertDiagnostics(
        "content/a.md:3:1: error: unknown field 'sumary' in the front matter of a page; did you mean 'summary'? Known fields: title, summary, weight, tags, draft, estimated_time, last_reviewed, source_hash, permalink, url, aliases, type. If another tool needs it, declare it in site.yaml under front_matter: fields (such as sumary: text), or list it under front_matter: ignore.");
  }

  @Test
  void rejectsDuplicateKeys() {
    check("---\ntitle: A\ntitle: B\n---\n").assertDiagnostics(
        "content/a.md:3:1: error: duplicate key 'title' (first set on line 2). Keep one of the two.");
  }

  @Test
  void rejectsInvalidYaml() {
    check("---\ntitle: A: B\n---\n").assertDiagnostics(
        "content/a.md:2:9: error: invalid YAML: mapping values are not allowed here. Check indentation, and put values that contain ': ' or start with [ { * & ! | > ' \" % @ ` in quotes.");
  }

  @Test
  void rejectsBadEstimatedTime() {
    check("---\ntitle: A\nestimated_time: soon\n---\n").assertDiagnostics(
        "content/a.md:3:17: error: 'estimated_time' must be a duration such as 45m, 1h or 1h30m, found 'soon'.");
  }

  @Test
  void rejectsBadDate() {
    check("---\ntitle: A\nlast_reviewed: 14/09/2026\n---\n").assertDiagnostics(
        "content/a.md:3:16: error: 'last_reviewed' in front matter must be a date written as YYYY-MM-DD, such as last_reviewed: 2026-09-14, found text.");
  }

  @Test
  void rejectsUnknownRisk() {
    check("---\ntitle: A\ntype: runbook\nrisk: severe\n---\n").assertDiagnostics(
        "content/a.md:4:7: error: 'risk' must be one of low, medium, high, found 'severe'.");
  }

  @Test
  void rejectsFieldOfAnotherType() {
    check("---\ntitle: A\nrisk: low\n---\n").assertDiagnostics(
        "content/a.md:3:1: error: unknown field 'risk' in the front matter of a page. Known fields: title, summary, weight, tags, draft, estimated_time, last_reviewed, source_hash, permalink, url, aliases, type. If another tool needs it, declare it in site.yaml under front_matter: fields (such as risk: text), or list it under front_matter: ignore.");
  }

  @Test
  void hardwareGuideImageWithoutAltTextIsAnError() {
    check("---\ntitle: A\ntype: hardware-guide\n---\n![](front.png)\n").assertDiagnostics(
        "content/a.md:5:1: error: image 'front.png' has no alt text. Describe what it shows: ![Front of the server with the power button](front.png).",
        "content/a.md:5:1: error: image target 'front.png' not found. Check the path, relative to this page's folder.");
  }

  @Test
  void otherPagesWarnAboutMissingAltText() {
    TestSite.in(dir).with("content/a.md", "---\ntitle: A\n---\n![](i.png)\n").with("content/i.png", "png").check().assertDiagnostics(
        "content/a.md:4:1: warning: image 'i.png' has no alt text. Describe what it shows: ![Front of the server with the power button](i.png).");
  }

  @Test
  void rejectsUnknownHardwareStatus() {
    check("---\ntitle: A\ntype: hardware-guide\nstatus: suported\n---\n").assertDiagnostics(
        "content/a.md:4:9: error: 'status' must be one of supported, testing, deprecated, unsupported, found 'suported'; did you mean 'supported'?");
  }

  @Test
  void rejectsSpecsThatAreNotAMapping() {
    check("---\ntitle: A\ntype: hardware-guide\nspecs: [CPU, RAM]\n---\n").assertDiagnostics(
        "content/a.md:4:8: error: 'specs' in front matter must be a mapping of 'label: value' lines, found a list.");
  }

  @Test
  void rejectsQuestionWithoutAnswer() {
    check("---\ntitle: A\ntype: training-module\nquestions:\n  - question: Why?\n---\n").assertDiagnostics(
        "content/a.md:5:5: error: missing required field 'answer'. Add a line such as answer: lsblk.");
  }

  @Test
  void rejectsPrerequisiteThatIsNotAPath() {
    check("---\ntitle: A\ntype: runbook\nprerequisites: [42]\n---\n").assertDiagnostics(
        "content/a.md:4:17: error: each of 'prerequisites' must be the path of a page, such as ../hardware/supported-servers.md.");
  }

  @Test
  void tabIndentationIsReportedWhereTheTabIs() {
    check("---\ntitle: A\n\tweight: 1\n---\n").assertDiagnostics(
        "content/a.md:3:1: error: invalid YAML: while scanning for the next token: found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation). Check indentation, and put values that contain ': ' or start with [ { * & ! | > ' \" % @ ` in quotes.");
  }
}
