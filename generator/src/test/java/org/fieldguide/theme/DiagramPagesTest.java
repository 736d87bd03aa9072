package org.fieldguide.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page with a {@code ```mermaid} block loads the library that draws it, and only such a page;
 * a language's offline files hold the library only when one of its pages (or a fallback page
 * shown in it) has a diagram. The drawing itself is tested in a browser (DiagramsIT).
 */
class DiagramPagesTest {
  @TempDir Path dir;

  private static final String LIBRARY = "static/vendor/mermaid/mermaid.min.js";

  @Test
  void onlyPagesWithADiagramLoadTheLibraryAndOnlyTheirLanguagesSaveItOffline() throws Exception {
    TestSite.Built built = TestSite.in(dir)
        .with("site.yaml", TestSite.SITE_YAML + "  fr: { name: Français }\n")
        .page("content/index.md", "Home", "Welcome.\n")
        .page("content/index.es.md", "Inicio", "Bienvenida.\n")
        .page("content/index.fr.md", "Accueil", "Bienvenue.\n")
        .page("content/uplink.md", "Uplink", "The path:\n\n```mermaid\nflowchart LR\n  Router --> Switch\n```\n")
        // Translated without the drawing; fr has no translation, so it shows the English page.
        .page("content/uplink.es.md", "Enlace", "El camino: router, switch.\n")
        .build()
        .assertOk();

    String drawn = built.file("en/uplink/index.html");
    assertThat(drawn)
        .contains("<div class=\"diagram\" role=\"group\" aria-label=\"Diagram\"><pre class=\"mermaid\" tabindex=\"0\">flowchart LR\n  Router --&gt; Switch\n</pre></div>")
        .containsPattern("<script src=\"[./]*static/vendor/mermaid/mermaid\\.min\\.js(\\?[^\"]*)?\" defer></script>\n"
            + "<script src=\"[./]*static/js/diagrams\\.js(\\?[^\"]*)?\" defer></script>")
        .contains("data-diagram-failed=\"This diagram could not be drawn; its source is shown instead.\"");
    // The fallback page shows the English text (its labels too) in a French frame.
    assertThat(built.file("fr/uplink/index.html")).contains("mermaid.min.js", "aria-label=\"Diagram\"",
        "data-diagram-failed=\"Ce diagramme n’a pas pu être dessiné ; sa source est affichée à la place.\"");
    for (String page : new String[] {"en/index.html", "es/uplink/index.html", "fr/index.html"}) {
      assertThat(built.file(page)).as(page).doesNotContain("mermaid", "diagrams.js", "data-diagram-failed");
    }

    assertThat(built.exists(LIBRARY)).isTrue();
    assertThat(built.file("offline/en.json")).contains(LIBRARY);
    assertThat(built.file("offline/fr.json")).contains(LIBRARY);
    assertThat(built.file("offline/es.json")).doesNotContain("mermaid").contains("static/js/diagrams.js");
    try (ZipFile es = new ZipFile(built.out().resolve("downloads/fieldguide-es.zip").toFile());
        ZipFile en = new ZipFile(built.out().resolve("downloads/fieldguide-en.zip").toFile())) {
      assertThat(es.stream().map(e -> e.getName()).filter(n -> n.contains("mermaid"))).isEmpty();
      assertThat(en.stream().map(e -> e.getName()).filter(n -> n.endsWith("mermaid.min.js"))).hasSize(1);
    }
  }

  @Test
  void aSiteWithoutDiagramsPublishesNoLibrary() {
    TestSite.Built built = TestSite.in(dir).page("content/index.md", "Home", "Welcome.\n\n```bash\nls\n```\n").build().assertOk();
    assertThat(built.exists(LIBRARY)).isFalse();
    assertThat(built.exists("static/js/diagrams.js")).isTrue();
    assertThat(built.file("offline/en.json")).doesNotContain("mermaid");
  }
}
