package org.fieldguide.index;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.codec.digest.MurmurHash3;
import org.fieldguide.content.SourceFile;
import org.fieldguide.content.SourceKind;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.frontmatter.ContentType;
import org.fieldguide.frontmatter.PageMeta;
import org.fieldguide.frontmatter.PageReader;
import org.fieldguide.frontmatter.ParsedPage;
import org.fieldguide.frontmatter.Split;
import org.fieldguide.html.FragmentSanitizer;
import org.fieldguide.markdown.BodyInput;
import org.fieldguide.markdown.Limits;
import org.fieldguide.markdown.MarkdownEngine;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.markdown.RenderedBody;

/**
 * Reads one Markdown file into its {@link PageFacts}: front matter typed, body rendered once into
 * the {@link BodyStore}, facts kept. Thread-safe; one per build session.
 */
public final class Indexer {
  /** Separates a body's plain text from its code terms in the store. */
  public static final String CODE_TERMS = "\n\u0001";

  private final PageReader reader;
  private final MarkdownEngine markdown;
  private final Limits limits;
  private final boolean bodies;

  /** @param markdown shared by every indexer of a session: it is built once and thread-safe */
  public Indexer(PageReader reader, MarkdownEngine markdown, Limits limits) {
    this(reader, markdown, limits, true);
  }

  private Indexer(PageReader reader, MarkdownEngine markdown, Limits limits, boolean bodies) {
    this.reader = reader;
    this.markdown = markdown;
    this.limits = limits;
    this.bodies = bodies;
  }

  /**
   * An indexer that finds the same facts and problems but stores neither the rendered body nor
   * its search text (both empty in the {@link BodyStore}): for a run that shows no page and keeps
   * nothing for a later one. Its facts must never be taken for a build's.
   */
  public Indexer factsOnly() {
    return new Indexer(reader, markdown, limits, false);
  }

  /** An error when a file is larger than a page may be; checked before the file is parsed. */
  public Optional<Diagnostic> tooLarge(SourceFile file, long bytes) {
    if (bytes <= limits.pageBytes()) return Optional.empty();
    return Optional.of(
        Diagnostic.error(
            new SourcePos(file.displayPath(), 1, 1),
            "this page is " + bytes + " bytes, more than the " + limits.pageBytes()
                + " a page may have (limits.page_bytes in site.yaml). Split it into several pages."));
  }

  /**
   * What rendering depends on besides the file itself; part of the cache key.
   *
   * @param labels interface strings bodies show, per language of the text
   */
  public record Settings(Map<String, BodyInput.Labels> labels, FragmentSanitizer.Mode rawHtml) {}

  /**
   * The type pages inside a section inherit from its {@code _index.md}, read before the pages.
   * Problems are reported when the file itself is indexed.
   */
  public Optional<ContentType> sectionType(SourceFile index) {
    Diagnostics ignored = new Diagnostics();
    return reader.load(index, ignored)
        .flatMap(l -> reader.type(l, ContentType.PAGE, ignored))
        .flatMap(p -> p.meta() instanceof PageMeta.SectionMeta s ? s.childType() : Optional.empty());
  }

  /**
   * The facts of one file, or empty after reporting why it cannot be used.
   *
   * @param inherited the type the page gets when its front matter names none
   * @param bytes the file's bytes, as read for its digest (not read a second time here)
   * @param digest digest of {@code bytes}, as {@link #digest} computed it
   */
  public Optional<PageFacts> index(
      SourceFile file, byte[] bytes, String digest, ContentType inherited, Settings settings, BodyStore store, Diagnostics diagnostics) {
    Diagnostics local = new Diagnostics();
    Optional<PageReader.Loaded> loaded = reader.load(file, bytes, local);
    Optional<ParsedPage> parsed = loaded.flatMap(l -> reader.type(l, inherited, local));
    if (parsed.isEmpty() || local.hasErrors()) {
      local.sorted().forEach(diagnostics::report);
      return Optional.empty();
    }
    ParsedPage page = parsed.get();
    BodyInput.Labels labels = settings.labels().get(file.language());
    boolean guide = page.meta().type() == ContentType.HARDWARE_GUIDE && file.kind() == SourceKind.PAGE;
    BodyInput input = new BodyInput(page.body(), file.displayPath(), page.bodyLine(), labels, settings.rawHtml(), guide);
    RenderedBody body = bodies ? markdown.render(input) : markdown.facts(input);
    String searchText = !bodies ? "" : body.codeTerms().isEmpty() ? body.text() : body.text() + CODE_TERMS + String.join(" ", body.codeTerms());
    BodyRef ref = store.put(body.html(), searchText, new PageDetails(body.headings(), body.links(), body.checklist()));
    List<Diagnostic> own = new ArrayList<>(local.sorted());
    own.addAll(body.diagnostics());
    own.forEach(diagnostics::report);
    return Optional.of(
        new PageFacts(
            file, digest, page.meta(), metaDigest(loaded.get().split(), inherited, file.kind()), page.bodyLine(), body.ids(),
            body.checklist().size(), body.diagrams(), List.copyOf(own), ref));
  }

  /** What a page's front matter reads to depends on, besides site.yaml (see {@link PageFacts#metaDigest}), as one digest. */
  static String metaDigest(Split split, ContentType inherited, SourceKind kind) {
    return digest(utf8(split.yamlLine() + "\u0000" + inherited.id() + "\u0000" + kind.name() + "\u0000" + split.yaml()));
  }

  /**
   * A digest of a file's bytes (128 bits, as 32 hex digits): the key its facts are cached under,
   * and what page fingerprints and the site version say of it. It is compared only with digests
   * of files on the same machine, never trusted from outside, so it needs to be unlikely to
   * collide by accident, not hard to forge: MurmurHash3 is. Every source file is hashed on a
   * build without a cache and on every {@code check --no-cache}, and SHA-256, which ran here in
   * plain Java under the first-tier JIT (about 180 MB/s), took 4 % of a check; this takes an
   * eighth of that.
   */
  public static String digest(byte[] bytes) {
    long[] h = MurmurHash3.hash128x64(bytes);
    return HexFormat.of().toHexDigits(h[0]) + HexFormat.of().toHexDigits(h[1]);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
