package org.fieldguide.index;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.fieldguide.concurrent.Tasks;
import org.fieldguide.frontmatter.PageReader;
import org.fieldguide.frontmatter.SourceDigest;

/**
 * The digest a translation records of its original in {@code source_hash} ({@link
 * SourceDigest}), made only for originals that a translation compares with: it normalises and
 * hashes the whole text, SHA-256 in plain Java under the launcher's first-tier JIT. Made for every
 * original by the index stage, it was 4 % of a {@code check} of 10,000 pages x 3 whose
 * translations record none (as those of a site that does not stamp them, or of docs written for
 * another generator). Kept by the build session, by the file's bytes and title: a later build in
 * the same session (a watching server) makes only the digests of originals that changed.
 * Thread-safe.
 */
public final class TranslationDigests {
  private final PageReader reader;
  private final Map<String, String> made = new ConcurrentHashMap<>();

  public TranslationDigests(PageReader reader) {
    this.reader = reader;
  }

  /**
   * Makes through {@code tasks}, all at once, the digests that the translations in {@code index}
   * will be compared with: those of the originals (in {@code defaultLanguage}) of translations
   * that record one. Others are made when first asked for.
   */
  public void prepare(SiteIndex index, String defaultLanguage, Tasks tasks) {
    Set<String> stamped = new HashSet<>();
    for (PageFacts f : index.pages()) {
      if (!f.source().language().equals(defaultLanguage) && f.meta().common().sourceHash().isPresent()) stamped.add(f.source().key());
    }
    if (stamped.isEmpty()) return;
    List<PageFacts> originals = index.pages().stream()
        .filter(f -> f.source().language().equals(defaultLanguage) && stamped.contains(f.source().key())).toList();
    tasks.map(originals, this::of);
  }

  /**
   * The digest of {@code original} as its translations record it; empty when its file can no
   * longer be read or split (it changed or went away since it was indexed: the next build sees it).
   */
  public Optional<String> of(PageFacts original) {
    String key = original.digest() + '\u0000' + original.title();
    String known = made.get(key);
    if (known != null) return Optional.of(known);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(original.source().path());
    } catch (IOException e) {
      return Optional.empty();
    }
    Optional<String> digest = reader.body(original.source(), bytes).map(body -> SourceDigest.of(original.title(), body));
    // Kept only when the file is still the one indexed: else the facts describe other bytes.
    if (digest.isPresent() && Indexer.digest(bytes).equals(original.digest())) made.putIfAbsent(key, digest.get());
    return digest;
  }
}
