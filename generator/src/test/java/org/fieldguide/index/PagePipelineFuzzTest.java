package org.fieldguide.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.fieldguide.content.SourceFile;
import org.fieldguide.content.SourceKind;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.frontmatter.ContentType;
import org.fieldguide.frontmatter.FrontMatterReader;
import org.fieldguide.frontmatter.PageReader;
import org.fieldguide.html.FragmentSanitizer;
import org.fieldguide.markdown.BodyInput;
import org.fieldguide.markdown.Limits;
import org.fieldguide.markdown.LinkRef;
import org.fieldguide.markdown.MarkdownEngine;
import org.fieldguide.markdown.Placeholders;
import org.fieldguide.testing.ScriptAudit;
import org.fieldguide.yaml.YamlReader;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the index stage, the part of a build that reads what writers send: one Markdown file
 * (front matter and body, as raw bytes, so bad UTF-8 too) through {@link PageReader} and the
 * shared {@link MarkdownEngine} into its {@link PageFacts} and body, exactly as {@link Indexer}
 * does in a build. For every input:
 *
 * <ul>
 *   <li>nothing but diagnostics comes out: no exception, no {@link StackOverflowError};
 *   <li>the sanitised body, with every link placeholder filled with the URL as written (what an
 *       external link publishes), has nothing a browser would run: no script element, no {@code
 *       on*} handler, no {@code javascript:} URL, no style ({@link ScriptAudit}, parsed by jsoup);
 *   <li>one input takes at most 10 seconds ({@code @Timeout}, which Jazzer also passes to
 *       libFuzzer as {@code -timeout} when fuzzing).
 * </ul>
 *
 * <p>The normal test run executes the inputs in {@code PagePipelineFuzzTestInputs/} (seeds and
 * every past finding). Fuzzing: {@code ./mvnw -B -ntp test -Pfuzz} (60 s; {@code
 * -Dfuzz.seconds=1200} for longer), see README, Security.
 */
class PagePipelineFuzzTest {
  private static final BodyInput.Labels LABELS = new BodyInput.Labels("Link to this section", Map.of("note", "Note"));
  private static final ContentType[] TYPES = ContentType.values();

  private final MarkdownEngine markdown = new MarkdownEngine();
  private final Indexer indexer =
      new Indexer(new PageReader(new FrontMatterReader(new YamlReader())), markdown, Limits.DEFAULT);

  @TempDir Path dir;

  @FuzzTest(maxDuration = "60s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  // No newline or tab in entries: Jazzer 0.24 writes them unescaped and libFuzzer rejects the file.
  @DictionaryEntries({
    "---", "title: ", "type: runbook", "risk: high", "summary: ", "tags: [", "permalink: ", "aliases: [",
    "prerequisites: [", "alerts:", "questions:", "specs:", "{#", "{.", "{onclick=", "{href=", "](", "![", "]: ",
    "<http", "javascript:", "JaVaScRiPt:", "&#106;", "&#x6A;", "&colon;", "data:text/html,", "vbscript:",
    "<script>", "</script>", "<img src=x onerror=", "<svg onload=", "<a href=\"", "<!--", "-->", "<!-->",
    "<![CDATA[", "]]>", "<?", "?>", "<!DOCTYPE ", "<style>", "<textarea>", "<noscript>", "<iframe", "<math>",
    "srcset=\"", "style=\"", "\u0000", "!!! note \"", "??? warning", "- [ ] ", "[^1]", "```", "    ", "> ",
    ": ", ":   ", ":::tip", "| a | b |", "|---|---|", "\u0002L0\u0003", "\u0000L0\u0003", "&#0;L0&#3;", "&#2;L0&#3;", "\uE000", "*", "_", "`", "\\"
  })
  void pagePipeline(FuzzedDataProvider data) throws IOException {
    boolean section = data.consumeBoolean();
    ContentType inherited = TYPES[data.consumeInt(0, TYPES.length - 1)];
    byte[] file = data.consumeRemainingAsBytes();
    String contentPath = "x/" + (section ? "_index.md" : "page.md");
    Path path = dir.resolve(contentPath);
    Files.createDirectories(path.getParent());
    Files.write(path, file);
    SourceFile source =
        new SourceFile(dir, contentPath, section ? SourceKind.SECTION_INDEX : SourceKind.PAGE,
            section ? "x" : "x/page", "en");
    Diagnostics diagnostics = new Diagnostics();
    Indexer.Settings settings = new Indexer.Settings(Map.of("en", LABELS), FragmentSanitizer.Mode.SANITISE);
    try (BodyStore store = BodyStore.temporary()) {
      Optional<PageFacts> facts =
          indexer.tooLarge(source, file.length).isPresent()
              ? Optional.empty()
              : indexer.index(source, file, Indexer.digest(file), inherited, settings, store, diagnostics);
      for (Diagnostic d : diagnostics.sorted()) {
        assertThat(d.toString()).as("every diagnostic names the file").startsWith("content/x/");
      }
      if (facts.isEmpty()) return;
      List<LinkRef> links = store.details(facts.get().body()).links();
      String body =
          Placeholders.fill(
              store.htmlUtf8(facts.get().body()),
              new Placeholders.Values() {
                @Override
                public String href(int index) {
                  return links.get(index).url();
                }

                @Override
                public String checklistId(int index) {
                  return "c" + index;
                }

                @Override
                public String imageSize(int index) {
                  return "";
                }
              });
      assertThat(ScriptAudit.of(body, source.displayPath())).as(body).isEmpty();
    }
  }
}
