package org.fieldguide.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.yaml.YamlReader;
import org.junit.jupiter.api.Test;

/** A runbook's {@code alerts:} front matter, and every diagnostic about it. */
class RunbookAlertsFrontMatterTest {
  private static final String FILE = "content/runbooks/a.md";

  private final Diagnostics diagnostics = new Diagnostics();

  /** Reads front matter written from line 2 of the file, as after a first line '---'. */
  private Optional<PageMeta> read(String yaml, ContentType type) throws Exception {
    return new FrontMatterReader(new YamlReader()).readPage(new YamlReader().read(yaml, FILE, 1), type, diagnostics);
  }

  private List<AlertDeclaration> alerts(String yaml) throws Exception {
    PageMeta meta = read(yaml, ContentType.RUNBOOK).orElseThrow();
    assertThat(diagnostics.sorted()).isEmpty();
    return ((PageMeta.RunbookMeta) meta).alerts();
  }

  private String messages() {
    return String.join("\n", diagnostics.sorted().stream().map(Object::toString).toList());
  }

  @Test
  void readsAlertNamesAndAnchorsWithPositions() throws Exception {
    assertThat(alerts("title: A\nalerts:\n  - NodeDown\n  - {alert: DiskFailing, anchor: replace-the-disk}\n")).containsExactly(
        new AlertDeclaration("NodeDown", new SourcePos(FILE, 4, 5), Optional.empty(), new SourcePos(FILE, 4, 5)),
        new AlertDeclaration("DiskFailing", new SourcePos(FILE, 5, 13), Optional.of("replace-the-disk"), new SourcePos(FILE, 5, 34)));
  }

  @Test
  void readsAFlowListOfNames() throws Exception {
    assertThat(alerts("title: A\nalerts: [NodeDown, DiskFailing]\n")).extracting(AlertDeclaration::alert).containsExactly("NodeDown", "DiskFailing");
  }

  @Test
  void acceptsAnAnchorWrittenWithItsHash() throws Exception {
    assertThat(alerts("title: A\nalerts:\n  - alert: NodeDown\n    anchor: \"#check-power\"\n").get(0).anchor()).contains("check-power");
  }

  @Test
  void aRunbookWithoutAlertsListsNone() throws Exception {
    assertThat(alerts("title: A\n")).isEmpty();
  }

  @Test
  void rejectsAnAlertThatIsNotAName() throws Exception {
    assertThat(read("title: A\nalerts: [NodeDown, 42]\n", ContentType.RUNBOOK)).isEmpty();
    assertThat(messages()).isEqualTo(
        "content/runbooks/a.md:3:20: error: each of 'alerts' must be the name of a Prometheus alert, such as - NodeDown, or - {alert: NodeDown, anchor: check-power}; found the number 42.");
  }

  @Test
  void rejectsAnEntryWithoutAlert() throws Exception {
    assertThat(read("title: A\nalerts:\n  - anchor: check-power\n", ContentType.RUNBOOK)).isEmpty();
    assertThat(messages()).isEqualTo("content/runbooks/a.md:4:5: error: missing required field 'alert'. Add a line such as alert: NodeDown.");
  }

  @Test
  void rejectsAMisspelledKeyOfAnEntry() throws Exception {
    assertThat(read("title: A\nalerts:\n  - {alert: NodeDown, anchr: check-power}\n", ContentType.RUNBOOK)).isEmpty();
    assertThat(messages()).isEqualTo(
        "content/runbooks/a.md:4:23: error: unknown field 'anchr' in an entry of 'alerts'; did you mean 'anchor'? Known fields: alert, anchor.");
  }

  @Test
  void rejectsAnEmptyAnchor() throws Exception {
    assertThat(read("title: A\nalerts:\n  - {alert: NodeDown, anchor: \"\"}\n", ContentType.RUNBOOK)).isEmpty();
    assertThat(messages()).isEqualTo(
        "content/runbooks/a.md:4:31: error: 'anchor' is empty. Give the id of a heading of this runbook, such as anchor: check-power, or remove the line.");
  }

  @Test
  void rejectsAnAlertListedTwice() throws Exception {
    assertThat(read("title: A\nalerts:\n  - NodeDown\n  - {alert: NodeDown, anchor: x}\n", ContentType.RUNBOOK)).isEmpty();
    assertThat(messages()).isEqualTo(
        "content/runbooks/a.md:5:5: error: alert 'NodeDown' is listed twice in 'alerts' (first on line 4). Remove one.");
  }

  @Test
  void onlyRunbooksListAlerts() throws Exception {
    assertThat(read("title: A\nalerts: [NodeDown]\n", ContentType.PAGE)).isEmpty();
    assertThat(messages()).isEqualTo(
        "content/runbooks/a.md:3:1: error: unknown field 'alerts' in the front matter of a page. Known fields: title, summary, weight, tags, draft, estimated_time, last_reviewed, source_hash, permalink, url, aliases, type. If another tool needs it, declare it in site.yaml under front_matter: fields (such as alerts: text), or list it under front_matter: ignore.");
  }
}
