package org.fieldguide.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.fieldguide.concurrent.Tasks;
import org.fieldguide.content.SourceFile;
import org.fieldguide.content.SourceKind;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.frontmatter.FrontMatterReader;
import org.fieldguide.frontmatter.PageReader;
import org.fieldguide.frontmatter.ParsedPage;
import org.fieldguide.frontmatter.SourceDigest;
import org.fieldguide.frontmatter.ContentType;
import org.fieldguide.yaml.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digests translations compare with, made from the original's file when asked for. */
class TranslationDigestsTest {
  @TempDir Path dir;
  private final PageReader reader = new PageReader(new FrontMatterReader(new YamlReader()));

  /** The facts the index would give {@code path}, with the page's text as typed (for the expected digest). */
  private record Indexed(PageFacts facts, ParsedPage page) {}

  private Indexed index(String path, String text) throws Exception {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    String lang = path.matches(".*\\.[a-z]{2}\\.md") ? path.substring(path.length() - 5, path.length() - 3) : "en";
    String key = path.replaceFirst("(\\.[a-z]{2})?\\.md$", "");
    SourceFile source = new SourceFile(dir, path, SourceKind.PAGE, key, lang);
    byte[] bytes = Files.readAllBytes(file);
    Diagnostics diagnostics = new Diagnostics();
    PageReader.Loaded loaded = reader.load(source, bytes, diagnostics).orElseThrow();
    ParsedPage page = reader.type(loaded, ContentType.PAGE, diagnostics).orElseThrow();
    PageFacts facts = new PageFacts(source, Indexer.digest(bytes), page.meta(), Indexer.metaDigest(loaded.split(), ContentType.PAGE, SourceKind.PAGE),
        page.bodyLine(), List.of(), 0, 0, List.of(), null);
    return new Indexed(facts, page);
  }

  @Test
  void theDigestIsTheOneAStampRecordsAndIsMadeOnce() throws Exception {
    Indexed original = index("disk.md", "---\ntitle: Replace a disk  \n---\n\nPull the tray.   \r\nPush the new one.\n");
    TranslationDigests digests = new TranslationDigests(reader);
    // As `fieldguide i18n --stamp` records it: title and body, trailing spaces and line ends not counted.
    String expected = SourceDigest.of(original.page());
    assertThat(digests.of(original.facts())).contains(expected);
    assertThat(expected).isEqualTo(SourceDigest.of("Replace a disk", "\nPull the tray.\nPush the new one."));

    // Made once: asked again after the file went away, the digest of the bytes indexed is known.
    Files.delete(original.facts().source().path());
    assertThat(digests.of(original.facts())).contains(expected);
  }

  @Test
  void aFileThatChangedSinceItWasIndexedIsReadAgainEachTime() throws Exception {
    Indexed original = index("disk.md", "---\ntitle: Replace a disk\n---\nPull the tray.\n");
    TranslationDigests digests = new TranslationDigests(reader);
    Files.writeString(original.facts().source().path(), "---\ntitle: Replace a disk\n---\nPull the other tray.\n");
    Optional<String> changed = digests.of(original.facts());
    assertThat(changed).contains(SourceDigest.of("Replace a disk", "Pull the other tray.\n"));
    // Not kept under the bytes indexed: once they are back, their own digest is given.
    Files.writeString(original.facts().source().path(), "---\ntitle: Replace a disk\n---\nPull the tray.\n");
    assertThat(digests.of(original.facts())).contains(SourceDigest.of(original.page()));
    Files.delete(original.facts().source().path());
    assertThat(new TranslationDigests(reader).of(original.facts())).isEmpty();
  }

  @Test
  void prepareMakesOnlyTheDigestsOfOriginalsWithAStampedTranslation() throws Exception {
    Indexed disk = index("disk.md", "---\ntitle: Replace a disk\n---\nPull the tray.\n");
    Indexed diskEs = index("disk.es.md", "---\ntitle: Cambiar un disco\nsource_hash: \"000000000000\"\n---\nSaque la bandeja.\n");
    Indexed fan = index("fan.md", "---\ntitle: Replace a fan\n---\nOpen the lid.\n");
    Indexed fanEs = index("fan.es.md", "---\ntitle: Cambiar un ventilador\n---\nAbra la tapa.\n");
    TranslationDigests digests = new TranslationDigests(reader);
    digests.prepare(new SiteIndex(List.of(disk.facts(), diskEs.facts(), fan.facts(), fanEs.facts()), List.of()), "en", Tasks.SEQUENTIAL);
    // What was made is known without the files; what was not is read when asked for.
    Files.delete(disk.facts().source().path());
    Files.delete(fan.facts().source().path());
    assertThat(digests.of(disk.facts())).contains(SourceDigest.of(disk.page()));
    assertThat(digests.of(fan.facts())).isEmpty();
  }
}
