package org.fieldguide.build;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.fieldguide.concurrent.DataText;
import org.fieldguide.digest.Fingerprint;
import org.fieldguide.index.PageFacts;
import org.fieldguide.model.Page;

/**
 * The version each language's search index had when a build last saw the language's pages as
 * they are now, by a key of those pages ({@link #pagesKey}). With the key unchanged, the version
 * is known without the outlines of the language's pages (the search writer's first pass: a
 * document and two digests per page, about 45 ms of CPU per language in a one-page rebuild at
 * 10,000 pages x 3), and the published files of that version are taken over at once.
 *
 * <p>The key is made of what a page's search document is made of: the site's outline key ({@link
 * org.fieldguide.emit.PageEmitter#outlineKey}: the inputs every page shares, among them the
 * interface strings that name the content types and site.yaml that names the languages; and every
 * page's place, title and front matter, which give a page its section, summary, tags and alert
 * names), then, page by page in address order, the address and the digest of the source the page
 * shows (its text, headings and code; a fallback page shows its original's); and the code of the
 * search index. So an edit of a translated page leaves the other languages' keys as they were,
 * and an edit of a page that is not translated changes the key of every language whose fallback
 * page shows it, as it changes their indexes.
 *
 * <p>Kept in the cache folder. A version known this way only says which files to look for: the
 * published files of that version are checked against the output history as for any other, and
 * the index is made as usual when they are not all there. Thread-safe: languages are written at once.
 */
final class SearchVersions {
  static final String FILE = "search-versions.bin";
  private static final int FORMAT = 1;

  /** A language's pages key and the version of the index made from those pages. */
  record Known(String pagesKey, String version) {}

  /** By language: what the last build saved. */
  private final Map<String, Known> last;
  /** By language: what this build learned. */
  private final Map<String, Known> learned = new ConcurrentHashMap<>();

  private SearchVersions(Map<String, Known> last) {
    this.last = last;
  }

  /** What {@code file} holds; nothing known when it is missing or cannot be read as one. */
  static SearchVersions load(Path file) {
    Map<String, Known> known = new TreeMap<>();
    if (Files.isRegularFile(file)) {
      try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
        if (in.readInt() == FORMAT) {
          for (int n = in.readInt(); n > 0; n--) known.put(DataText.read(in), new Known(DataText.read(in), DataText.read(in)));
        }
      } catch (IOException | RuntimeException e) {
        // Only time is lost: every language's outlines are read.
        known.clear();
      }
    }
    return new SearchVersions(known);
  }

  /** The key of {@code pages}, the pages of {@code language} in address order (see the class description). */
  static String pagesKey(String engine, String language, String outlineKey, List<Page> pages) {
    Fingerprint f = new Fingerprint().addText(engine).addText(language).addText(outlineKey);
    for (Page p : pages) f.addText(p.url()).addText(p.content().map(PageFacts::digest).orElse("-"));
    return f.hex();
  }

  /** The version of the index of {@code language} made from pages of {@code pagesKey}, when the last build learned it. */
  Optional<String> version(String language, String pagesKey) {
    return Optional.ofNullable(last.get(language)).filter(k -> k.pagesKey().equals(pagesKey)).map(Known::version);
  }

  /** That the index of {@code language}, made from pages of {@code pagesKey}, is of {@code version}. */
  void learn(String language, String pagesKey, String version) {
    learned.put(language, new Known(pagesKey, version));
  }

  /** Whether this build learned what the last build did not save, which is then worth saving. */
  boolean changed() {
    return learned.entrySet().stream().anyMatch(e -> !e.getValue().equals(last.get(e.getKey())));
  }

  /** What this build learned, by language, to be read by {@link #load}. */
  void writeTo(DataOutputStream out) throws IOException {
    Map<String, Known> sorted = new TreeMap<>(learned);
    out.writeInt(FORMAT);
    out.writeInt(sorted.size());
    for (Map.Entry<String, Known> e : sorted.entrySet()) {
      DataText.write(out, e.getKey());
      DataText.write(out, e.getValue().pagesKey());
      DataText.write(out, e.getValue().version());
    }
  }
}
