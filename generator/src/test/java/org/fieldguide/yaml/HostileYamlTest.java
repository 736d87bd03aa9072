package org.fieldguide.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldguide.config.ConfigLoader;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML anchors, aliases and bytes that are not UTF-8, in front matter and site.yaml. */
class HostileYamlTest {
  @TempDir Path dir;

  private final YamlReader reader = new YamlReader();

  private static final String ALIAS_HINT = "' are not allowed. Write the value out in full; for text that starts with * or &, put it in quotes.";
  private static final String ANCHOR_HINT = "' are not allowed. Remove the anchor and write the value out in full wherever it is needed;"
      + " for text that starts with & or *, put it in quotes.";

  @Test
  void anAliasInFrontMatterIsAnErrorNotItsNameAsText() {
    TestSite.Built b = TestSite.in(dir).with("content/a.md", "---\ntitle: A\nsummary: *a\n---\nBody\n").build();
    b.assertDiagnostics("content/a.md:3:10: error: YAML aliases such as '*a" + ALIAS_HINT);
    assertThat(b.result().written()).isFalse();
  }

  @Test
  void anAnchorInFrontMatterIsAnError() {
    TestSite.in(dir).with("content/a.md", "---\ntitle: &t Deploy\nsummary: *t\n---\n").check()
        .assertDiagnostics("content/a.md:2:8: error: YAML anchors such as '&t" + ANCHOR_HINT);
  }

  @Test
  void aBillionLaughsIsRefusedAtItsFirstAnchor() {
    String bomb = "---\ntitle: A\nlol: &lol [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        + "lol2: &lol2 [*lol, *lol, *lol, *lol, *lol, *lol, *lol, *lol, *lol]\n"
        + "lol3: &lol3 [*lol2, *lol2, *lol2, *lol2, *lol2, *lol2, *lol2, *lol2, *lol2]\n---\n";
    TestSite.in(dir).with("content/a.md", bomb).check()
        .assertDiagnostics("content/a.md:3:6: error: YAML anchors such as '&lol" + ANCHOR_HINT);
  }

  @Test
  void anAliasInSiteYamlIsAnError() {
    TestSite.in(dir).with("site.yaml", TestSite.SITE_YAML + "description: *d\n").page("content/a.md", "A", "x").check()
        .assertDiagnostics("site.yaml:7:14: error: YAML aliases such as '*d" + ALIAS_HINT);
  }

  @Test
  void anchorsAreFoundOnKeysListsMappingsAndAfterTags() {
    assertThatThrownBy(() -> reader.read("&k title: x\n", "f", 0)).hasMessage("f:1:1: error: YAML anchors such as '&k" + ANCHOR_HINT);
    assertThatThrownBy(() -> reader.read("tags: &l\n  - a\n", "f", 0)).hasMessage("f:1:7: error: YAML anchors such as '&l" + ANCHOR_HINT);
    assertThatThrownBy(() -> reader.read("specs: &m {a: 1}\n", "f", 0)).hasMessage("f:1:8: error: YAML anchors such as '&m" + ANCHOR_HINT);
    assertThatThrownBy(() -> reader.read("a: !!str &z v\n", "f", 0)).hasMessage("f:1:10: error: YAML anchors such as '&z" + ANCHOR_HINT);
    assertThatThrownBy(() -> reader.read("tags: [a, *b]\n", "f", 0)).hasMessage("f:1:11: error: YAML aliases such as '*b" + ALIAS_HINT);
    assertThatThrownBy(() -> reader.read("<<: *base\n", "f", 0)).hasMessage("f:1:5: error: YAML aliases such as '*base" + ALIAS_HINT);
  }

  @Test
  void quotedTextStartingWithAStarOrAmpersandIsText() throws Exception {
    YamlNode.Mapping m = (YamlNode.Mapping) reader.read("a: \"*important*\"\nb: '&more'\nc: x & y *z\n", "f", 0);
    assertThat(m.entries()).extracting(e -> ((YamlNode.Scalar) e.value()).text()).containsExactly("*important*", "&more", "x & y *z");
  }

  @Test
  void invalidUtf8InAPageIsReportedAtItsLineAndColumn() throws Exception {
    TestSite site = TestSite.in(dir);
    site.writeFiles();
    byte[] latin1 = "---\ntitle: Caf\u00e9 r\u00e9seau\n---\nBody\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.createDirectories(dir.resolve("content"));
    Files.write(dir.resolve("content/a.md"), latin1);
    site.check().assertDiagnostics("content/a.md:2:11: error: the file is not valid UTF-8 text: the byte 0xE9 here is not part of a"
        + " UTF-8 character. Save the file as UTF-8 in your editor.");
  }

  @Test
  void invalidUtf8IsCountedInCharactersAfterValidMultibyteText() throws Exception {
    TestSite site = TestSite.in(dir);
    site.writeFiles();
    byte[] ok = "---\ntitle: Проверка \u00ff".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[ok.length + 6];
    System.arraycopy(ok, 0, bytes, 0, ok.length);
    bytes[ok.length] = (byte) 0xC3; // a lead byte followed by a line end: malformed
    System.arraycopy("\n---\n".getBytes(StandardCharsets.UTF_8), 0, bytes, ok.length + 1, 5);
    Files.createDirectories(dir.resolve("content"));
    Files.write(dir.resolve("content/a.md"), bytes);
    site.check().assertDiagnostics("content/a.md:2:18: error: the file is not valid UTF-8 text: the byte 0xC3 here is not part of a"
        + " UTF-8 character. Save the file as UTF-8 in your editor.");
  }

  @Test
  void invalidUtf8InSiteYamlIsReportedAtItsLineAndColumn() throws Exception {
    Files.write(dir.resolve("site.yaml"), "base_url: https://g.example.org/\ntitle: Gu\u00eda\n".getBytes(StandardCharsets.ISO_8859_1));
    Diagnostics d = new Diagnostics();
    assertThat(new ConfigLoader(reader).load(dir, d)).isEmpty();
    assertThat(d.sorted()).extracting(Object::toString).containsExactly("site.yaml:2:10: error: the file is not valid UTF-8 text: the"
        + " byte 0xED here is not part of a UTF-8 character. Save the file as UTF-8 in your editor.");
  }
}
