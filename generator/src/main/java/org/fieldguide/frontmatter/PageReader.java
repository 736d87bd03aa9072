package org.fieldguide.frontmatter;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.fieldguide.config.FrontMatterConfig;
import org.fieldguide.content.SourceFile;
import org.fieldguide.content.SourceKind;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.IoReason;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.diagnostic.Utf8Text;
import org.fieldguide.yaml.YamlNode;

/**
 * Reads Markdown files in two steps, both thread-safe: {@link #load} reads, splits and parses the
 * YAML of any file; {@link #type} types it once the section types (from {@code _index.md}
 * files) are known, since a page without {@code type:} takes its section's.
 */
public final class PageReader {
  private final FrontMatterSplitter splitter = new FrontMatterSplitter();
  private final FrontMatterReader reader;
  private final FrontMatterConfig declared;

  public PageReader(FrontMatterReader reader) {
    this(reader, FrontMatterConfig.NONE);
  }

  private PageReader(FrontMatterReader reader, FrontMatterConfig declared) {
    this.reader = reader;
    this.declared = declared;
  }

  /**
   * A reader that also accepts the fields a site declares (and the keys it ignores) in {@code
   * site.yaml}; the configuration is known only once a build has read it.
   */
  public PageReader declaring(FrontMatterConfig declared) {
    return new PageReader(reader, declared);
  }

  /** A file with its front matter parsed but not yet typed. */
  public record Loaded(SourceFile source, Split split, YamlNode yaml) {}

  public Optional<Loaded> load(SourceFile file, Diagnostics diagnostics) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file.path());
    } catch (IOException e) {
      diagnostics.error(SourcePos.file(file.displayPath()), "cannot read the file: " + IoReason.of(e) + ".");
      return Optional.empty();
    }
    return load(file, bytes, diagnostics);
  }

  /** As {@link #load(SourceFile, Diagnostics)}, from the file's bytes already read (for its digest: read once). */
  public Optional<Loaded> load(SourceFile file, byte[] bytes, Diagnostics diagnostics) {
    return split(file, bytes, diagnostics)
        .flatMap(split -> reader.parse(split, file.displayPath(), diagnostics).map(yaml -> new Loaded(file, split, yaml)));
  }

  /**
   * The body of a file's {@code bytes}, split from its front matter as {@link #load} splits it,
   * without reading the front matter; empty when the file is not UTF-8 or cannot be split (what
   * {@link #load} reports).
   */
  public Optional<String> body(SourceFile file, byte[] bytes) {
    return split(file, bytes, new Diagnostics()).map(Split::body);
  }

  /** The file decoded and split into front matter and body; empty after reporting why it cannot be. */
  private Optional<Split> split(SourceFile file, byte[] bytes, Diagnostics diagnostics) {
    Optional<String> decoded = Utf8Text.decode(bytes, file.displayPath(), diagnostics);
    if (decoded.isEmpty()) return Optional.empty();
    FrontMatterSplitter.Result result = splitter.split(FrontMatterSplitter.normalise(decoded.get()), file.displayPath());
    result.problem().ifPresent(diagnostics::report);
    return result.split();
  }

  /** The typed page; {@code defaultType} is the type its section gives. */
  public Optional<ParsedPage> type(Loaded loaded, ContentType defaultType, Diagnostics diagnostics) {
    Optional<PageMeta> meta =
        loaded.source().kind() == SourceKind.SECTION_INDEX
            ? reader.readSection(loaded.yaml(), declared, diagnostics)
            : reader.readPage(loaded.yaml(), defaultType, declared, diagnostics);
    return meta.map(m -> new ParsedPage(loaded.source(), m, loaded.split().body(), loaded.split().bodyLine()));
  }
}
