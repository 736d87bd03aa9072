package org.fieldguide.offline;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldguide.concurrent.Reusable;
import org.fieldguide.concurrent.Tasks;
import org.fieldguide.digest.Fingerprint;

/**
 * Writes the offline files of a built site through {@code out} (path relative to the site root,
 * bytes), in three steps the build calls in order: {@link #manifests} before the site is scanned
 * (they are part of what a reader saves), then {@link #bundle} for each language over one {@link
 * Sources} (independent of each other, so they may run in parallel), {@link #version} over them,
 * and {@link #write} for each language (its zip and its list) and {@link #serviceWorker}, which
 * carry that version. {@link #history} is what the next build may take over.
 */
public final class OfflineWriter {
  public static final String SERVICE_WORKER = "sw.js";
  public static final String MANIFEST = "site.webmanifest";
  /** The theme files the manifest names as icons, when the theme has them. */
  static final List<String> ICONS = List.of("icon-192.png", "icon-512.png", "favicon.svg");
  private static final String STATIC = "static/";
  private static final String FAVICON = "favicon.ico";

  /** Entries compressed at once, in slices of {@link #SLICE_ENTRIES}: enough to keep every core busy, few enough to hold. */
  private static final int WAVE_ENTRIES = 256;
  private static final int SLICE_ENTRIES = 16;

  private final FileLinks links = new FileLinks();
  private final int compression;

  /** @param compression the bundles' Deflate level, 1 (fastest) to 9 (smallest) */
  public OfflineWriter(int compression) {
    this.compression = compression;
  }

  /** What one language's offline files came to. */
  public record LanguageFiles(String language, int files, long bytes, String bundle, long bundleBytes, int copied) {
    public String describe() {
      return language + ": " + files + " files, " + bytes + " bytes to save; " + bundle + " " + bundleBytes + " bytes"
          + (copied > 0 ? " (" + copied + " entries copied from the last build's)" : "");
    }
  }

  public static String list(String language) {
    return "offline/" + language + ".json";
  }

  public static String bundle(String language) {
    return "downloads/fieldguide-" + language + ".zip";
  }

  /** {@code <lang>/site.webmanifest} for every language; icons only those the theme has. */
  public void manifests(OfflineSite site, Set<String> staticFiles, BiConsumer<String, byte[]> out) {
    for (OfflineSite.Language l : site.languages()) {
      StringBuilder sb = new StringBuilder("{\n");
      sb.append("  \"name\": ").append(Json.string(l.title())).append(",\n");
      sb.append("  \"short_name\": ").append(Json.string(l.title())).append(",\n");
      if (!l.description().isEmpty()) sb.append("  \"description\": ").append(Json.string(l.description())).append(",\n");
      sb.append("  \"lang\": ").append(Json.string(l.code())).append(",\n");
      sb.append("  \"dir\": \"").append(l.rtl() ? "rtl" : "ltr").append("\",\n");
      // Relative to the manifest: the language's home page; the scope is the whole site, so an
      // installed guide opens links to other languages inside it.
      sb.append("  \"start_url\": \"./\",\n  \"scope\": \"../\",\n  \"display\": \"standalone\",\n");
      sb.append("  \"theme_color\": \"#0b5cad\",\n  \"background_color\": \"#ffffff\",\n  \"icons\": [");
      List<String> icons = new ArrayList<>();
      for (String icon : ICONS) {
        if (!staticFiles.contains(icon)) continue;
        String type = icon.endsWith(".svg") ? "image/svg+xml" : "image/png";
        String sizes = icon.endsWith(".svg") ? "any" : icon.replaceAll("\\D", "") + "x" + icon.replaceAll("\\D", "");
        icons.add("\n    {\"src\": " + Json.string("../" + STATIC + icon) + ", \"sizes\": \"" + sizes + "\", \"type\": \"" + type + "\"}");
      }
      sb.append(String.join(",", icons)).append(icons.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
      out.accept(l.code() + "/" + MANIFEST, sb.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * The files a reader of {@code language} needs: its pages (with fallback pages, its 404 page
   * and assets), the theme's files, the favicon and the language's search index; in the order of
   * {@code files}. Each of those folders is one run of the sorted files: testing four prefixes of
   * every file of the site, for each language, was 5 % of a one-page rebuild's offline stage at
   * 10,000 pages x 3.
   */
  static List<PublishedFiles.Entry> belonging(PublishedFiles files, String language) {
    return belonging(files, language, List.of());
  }

  /** As {@link #belonging(PublishedFiles, String)}, without the files under the folders {@code leftOut}. */
  static List<PublishedFiles.Entry> belonging(PublishedFiles files, String language, List<String> leftOut) {
    // Disjoint runs: a language code (checked when site.yaml is read) is never "static" or "search".
    List<List<PublishedFiles.Entry>> runs = new ArrayList<>();
    for (String folder : List.of(language + "/", STATIC, "search/" + language + "/")) runs.add(files.startingWith(folder));
    int favicon = files.indexOf(FAVICON);
    if (favicon >= 0) runs.add(List.of(files.entries().get(favicon)));
    runs.removeIf(List::isEmpty);
    runs.sort(java.util.Comparator.comparing(run -> run.get(0).path()));
    List<PublishedFiles.Entry> mine = new ArrayList<>();
    runs.forEach(mine::addAll);
    // Each folder left out is one run of the sorted files too: its entries, by identity.
    Set<PublishedFiles.Entry> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (String folder : leftOut) out.addAll(files.startingWith(folder));
    if (!out.isEmpty()) mine.removeIf(out::contains);
    return List.copyOf(mine);
  }

  /**
   * One language's bundle, written as it is made (never held in memory: a large site's zips are
   * hundreds of megabytes), with its size, its identity on disk (for the next build's {@link
   * OfflineHistory}) and how many of its entries were copied from the last build's bundle.
   */
  public record Bundle(String language, List<PublishedFiles.Entry> entries, long zipBytes, String identity, int copied, String listing) {}

  /** What the bundles of one build read: see {@link Sources}. */
  public Sources sources(PublishedFiles files, OfflineHistory history) {
    return new Sources(files, history);
  }

  /**
   * Writes the bundle of {@code language} (see {@link #zip}) to the stream {@code open} gives for
   * its path ({@link #bundle(String)}), and closes it. Entries of files that did not change since
   * the last build are copied, still compressed, from its bundle.
   */
  public Bundle bundle(OfflineSite.Language language, Sources sources, Function<String, OutputStream> open) {
    return bundle(language, sources, open, (path, previous) -> false, Tasks.SEQUENTIAL);
  }

  /**
   * As {@link #bundle(OfflineSite.Language, Sources, Function)}; when no file of the bundle
   * changed since the last build, {@code keep} is offered the last build's zip first (it would
   * be written again byte for byte), and nothing is written when it takes it. Entries are
   * compressed through {@code tasks}, several at once where it runs them so; the bytes are the
   * same either way.
   */
  public Bundle bundle(OfflineSite.Language language, Sources sources, Function<String, OutputStream> open,
      java.util.function.BiPredicate<String, Path> keep, Tasks tasks) {
    String lang = language.code();
    List<PublishedFiles.Entry> mine = belonging(sources.files, lang, language.leftOut());
    long size;
    int copied;
    String listing = listing(lang, language.title(), mine);
    // The last bundle is kept when it lists the same entries and each file is as it was then:
    // known from the history, without opening the zip (reading its directory of 16,000 entries
    // per language took a third of a one-page rebuild's offline stage at 10,000 pages).
    Optional<Path> same = sources.history.bundle(bundle(lang), listing);
    try {
      if (same.isPresent() && mine.stream().allMatch(e -> sources.content(e).asBefore()) && keep.test(bundle(lang), same.get())) {
        size = Files.size(same.get());
        copied = mine.size() + 1;
      } else {
        Optional<BundleZip.Previous> previous = sources.history.bundle(bundle(lang)).flatMap(BundleZip.Previous::open);
        try (OutputStream target = new BufferedOutputStream(open.apply(bundle(lang)), 1 << 16)) {
          BundleZip.Writer zip = new BundleZip.Writer(target);
          copied = zip(zip, lang, language.title(), mine, sources, previous, tasks);
          size = zip.finish();
        } finally {
          if (previous.isPresent()) previous.get().close();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String identity = PublishedFiles.identity(sources.files.file(bundle(lang))).orElse("");
    return new Bundle(lang, mine, size, identity, copied, listing);
  }

  /**
   * What a bundle holds, by name and in order (its opening page, then {@code entries}), as a short
   * digest (MurmurHash3, {@link Fingerprint}: it only tells one listing from another).
   */
  private static String listing(String lang, String title, List<PublishedFiles.Entry> entries) {
    Fingerprint f = new Fingerprint().addText(lang).addText(Long.toHexString(crc(opener(lang, title))));
    for (PublishedFiles.Entry e : entries) f.addText(e.path());
    return f.hex();
  }

  /**
   * The published files as one build's bundles read them, each at most once: a file's checksum
   * as published (for the site version), whether it is the file the last build published (then
   * its entry is copied from the last bundle, and a file taken over unchanged is not read at
   * all), and for files that several bundles hold (the theme's), their compressed entry.
   * Thread-safe: the bundles are written in parallel.
   */
  public final class Sources {
    private final PublishedFiles files;
    private final OfflineHistory history;
    /**
     * Each file's CRC-32 plus one, by its place in {@code files}; 0 while not known. An array, not
     * a map by path: at 50,000 pages x 3 the map's 240,000 entries and boxed numbers were 17 MB
     * held through the offline stage.
     */
    private final AtomicLongArray checksums;
    private final Map<String, Content> sharedContent = new ConcurrentHashMap<>();
    private final Map<String, Payload> sharedPayloads = new ConcurrentHashMap<>();

    private Sources(PublishedFiles files, OfflineHistory history) {
      this.files = files;
      this.history = history;
      this.checksums = new AtomicLongArray(files.entries().size());
    }

    /** A file's checksum, whether it is as last published, and its bytes when they had to be read. */
    private record Content(long crc, boolean asBefore, byte[] bytes) {}

    private Content content(PublishedFiles.Entry e) {
      if (!shared(e.path())) return read(e);
      return sharedContent.computeIfAbsent(e.path(), p -> read(e));
    }

    private Content read(PublishedFiles.Entry e) {
      Optional<Long> known = history.sameFile(e);
      Content c;
      if (known.isPresent()) {
        c = new Content(known.get(), true, null);
      } else {
        byte[] bytes = files.bytes(e.path());
        long crc = crc(bytes);
        c = new Content(crc, history.sameBytes(e.path(), bytes, crc), bytes);
      }
      checksums.set(files.indexOf(e.path()), c.crc() + 1);
      return c;
    }

    /** The entry of a file as a bundle holds it: pages with links to folders made to point at {@code index.html}. */
    private Payload payload(PublishedFiles.Entry e, Content c, Deflater deflater) {
      if (shared(e.path())) return sharedPayloads.computeIfAbsent(e.path(), p -> compress(e, c, deflater));
      return compress(e, c, deflater);
    }

    private Payload compress(PublishedFiles.Entry e, Content c, Deflater deflater) {
      byte[] bytes = c.bytes() != null ? c.bytes() : files.bytes(e.path());
      if (e.path().endsWith(".html")) bytes = links.rewrite(bytes);
      return Payload.of(bytes, deflater);
    }

    /**
     * The checksum of the file at place {@code at} of the list (the version walks it in order).
     * For a file that no bundle holds it is known from the history or read here a block at a
     * time: only its checksum is needed, and these are the site's largest files (the parts of a
     * sitemap, up to 50 MB each); read whole, the parts of a site of 50,000 pages x 3 were some
     * 100 MB held at once, at the very end of the build, and grew the heap by as much.
     */
    private long checksum(int at) {
      long crc = checksums.get(at) - 1;
      if (crc >= 0) return crc; // read by a bundle, or known from the history
      PublishedFiles.Entry e = files.entries().get(at);
      crc = history.sameFile(e).orElseGet(() -> files.crc(e.path()));
      checksums.set(at, crc + 1);
      return crc;
    }

    /** Files in every language's bundle: read and compressed once. */
    private boolean shared(String path) {
      return path.startsWith(STATIC) || path.equals(FAVICON);
    }
  }

  /** One entry's data: its checksum and size, and its bytes compressed (raw Deflate, as a zip holds them). */
  private record Payload(long crc, long size, byte[] deflated) {
    static Payload of(byte[] bytes, Deflater deflater) {
      deflater.reset();
      deflater.setInput(bytes);
      deflater.finish();
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length / 3 + 64);
      byte[] buffer = new byte[1 << 14];
      while (!deflater.finished()) {
        int n = deflater.deflate(buffer);
        out.write(buffer, 0, n);
      }
      return new Payload(OfflineWriter.crc(bytes), bytes.length, out.toByteArray());
    }
  }

  /**
   * The site version, once the bundles read {@code sources}: a digest of the path, size and
   * CRC-32 of every published file (the CRCs of the bundles' files come from the bundles; the few
   * files in none are read here). Any change of any byte a reader fetches changes it.
   */
  public String version(Sources sources) {
    // MurmurHash3 ({@link Fingerprint}), not SHA-256: under the first-tier compiler SHA-256 over
    // the 90,000 entries of 10,000 pages x 3 was a tenth of a one-page rebuild's offline stage.
    Fingerprint f = new Fingerprint();
    List<PublishedFiles.Entry> entries = sources.files.entries();
    for (int i = 0; i < entries.size(); i++) {
      PublishedFiles.Entry e = entries.get(i);
      f.addText(e.path()).add((int) (e.size() >>> 32)).add((int) e.size()).add((int) (sources.checksum(i) >>> 32)).add((int) sources.checksum(i));
    }
    return f.hex().substring(0, 16);
  }

  /**
   * What the next build needs to know of this one's offline files (once it is published): every
   * file's checksum as {@link #version(Sources)} computed them, and the bundles' identities.
   */
  public OfflineHistory history(Sources sources, List<Bundle> bundles) {
    // In the entries' order (their paths'): the history is saved and read back in this order.
    Map<String, OfflineHistory.Known> known = new java.util.LinkedHashMap<>();
    List<PublishedFiles.Entry> entries = sources.files.entries();
    for (int i = 0; i < entries.size(); i++) {
      PublishedFiles.Entry e = entries.get(i);
      long crc = sources.checksums.get(i) - 1;
      if (crc < 0) continue;
      String identity = e.identity(); // a text made per file: once
      if (!identity.isEmpty()) known.put(e.path(), new OfflineHistory.Known(e.size(), identity, crc));
    }
    Map<String, String> zips = new HashMap<>();
    for (Bundle b : bundles) if (!b.identity().isEmpty()) zips.put(bundle(b.language()), OfflineHistory.recorded(b.identity(), b.listing()));
    return new OfflineHistory(null, known, zips);
  }

  /** Writes {@code offline/<lang>.json} (the zip was written by {@link #bundle}). */
  public LanguageFiles write(Bundle bundle, String version, BiConsumer<String, byte[]> out) {
    String lang = bundle.language();
    List<PublishedFiles.Entry> mine = bundle.entries();
    long bytes = mine.stream().mapToLong(PublishedFiles.Entry::size).sum();
    // About 60 characters a file: 16,000 files a language at 10,000 pages x 3.
    StringBuilder sb = new StringBuilder(256 + 64 * mine.size()).append("{\n");
    sb.append("  \"language\": ").append(Json.string(lang)).append(",\n");
    sb.append("  \"version\": \"").append(version).append("\",\n");
    sb.append("  \"bytes\": ").append(bytes).append(",\n");
    sb.append("  \"bundle\": {\"url\": ").append(Json.string(bundle(lang))).append(", \"bytes\": ").append(bundle.zipBytes()).append("},\n");
    sb.append("  \"urls\": [");
    for (int i = 0; i < mine.size(); i++) Json.append(sb.append(i == 0 ? "\n    " : ",\n    "), url(mine.get(i).path()));
    sb.append("\n  ]\n}\n");
    out.accept(list(lang), sb.toString().getBytes(StandardCharsets.UTF_8));
    return new LanguageFiles(lang, mine.size(), bytes, bundle(lang), bundle.zipBytes(), bundle.copied());
  }

  private static long crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }

  /** The address a reader's browser asks for: a folder, not its {@code index.html}. */
  static String url(String path) {
    if (path.equals("index.html")) return "./";
    return path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
  }

  /** {@code sw.js} at the site root, carrying the site version (a new version installs a new worker). */
  public void serviceWorker(String version, BiConsumer<String, byte[]> out) {
    String template;
    try (InputStream in = OfflineWriter.class.getResourceAsStream("sw.js")) {
      if (in == null) throw new IllegalStateException("sw.js is missing from fieldguide's resources");
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.accept(SERVICE_WORKER, template.replace("@VERSION@", version).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The bundle: every file of the language under one folder {@code fieldguide-<lang>/}, pages with
   * links to folders made to point at {@code index.html}, and an {@code index.html} at the top
   * that opens the language's home page. Entries sorted, one fixed time, no comment but the
   * format's: the same bytes for the same site. An entry is the same bytes however it was made
   * (compressed here, or copied still compressed from the last bundle), so entries of files that
   * did not change are copied from the last bundle, those that stay together as one range.
   *
   * @return how many entries were copied from the last bundle
   */
  private int zip(
      BundleZip.Writer zip, String lang, String title, List<PublishedFiles.Entry> entries, Sources sources, Optional<BundleZip.Previous> previous,
      Tasks tasks) throws IOException {
    String top = "fieldguide-" + lang + "/";
    // Compressing is nearly all of a bundle's cost and each entry's alone: the entries of a wave
    // are read and compressed at once (while the languages' bundles are also made at once), then
    // written in their order. A Deflater is not thread-safe: one serves one slice at a time.
    Reusable<Deflater> deflaters = new Reusable<>(() -> new Deflater(compression, true));
    int copied = 0;
    List<BundleZip.Entry> run = new ArrayList<>();
    try {
      put(zip, top, "index.html", deflaters.with(d -> Payload.of(opener(lang, title), d)));
      for (Made m : tasks.inWaves(entries, WAVE_ENTRIES, SLICE_ENTRIES, deflaters, (deflater, e) -> {
        Sources.Content c = sources.content(e);
        Optional<BundleZip.Entry> old = c.asBefore() ? previous.flatMap(p -> p.entry(top + e.path())).filter(o -> previous.get().inside(o)) : Optional.empty();
        // No payload: copied from the last bundle, still compressed.
        return new Made(e, old.orElse(null), old.isPresent() ? null : sources.payload(e, c, deflater));
      })) {
        if (m.old() != null) {
          if (!run.isEmpty() && !previous.get().follows(run.get(run.size() - 1), m.old())) {
            zip.copy(previous.get(), run);
            run.clear();
          }
          run.add(m.old());
          copied++;
        } else {
          zip.copy(previous.orElse(null), run);
          run.clear();
          put(zip, top, m.entry().path(), m.payload());
        }
      }
      if (!run.isEmpty()) zip.copy(previous.get(), run);
    } finally {
      deflaters.forEach(Deflater::end);
    }
    return copied;
  }

  /** An entry of a bundle as made in a wave: its entry in the last bundle to copy, or its compressed data. */
  private record Made(PublishedFiles.Entry entry, BundleZip.Entry old, Payload payload) {}

  private static void put(BundleZip.Writer zip, String folder, String path, Payload payload) throws IOException {
    zip.add(folder, path, payload.crc(), payload.size(), payload.deflated());
  }

  /** The page at the top of a bundle: sends the reader to the language's home page, without script. */
  private static byte[] opener(String lang, String title) {
    String target = lang + "/index.html";
    String escaped = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return ("<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"refresh\" content=\"0; url=" + target + "\">\n<title>" + escaped + "</title>\n</head>\n"
        + "<body><p><a href=\"" + target + "\">" + escaped + "</a></p></body>\n</html>\n").getBytes(StandardCharsets.UTF_8);
  }

  /** JSON string literals, escaped by Jackson (already the build's JSON library). */
  static final class Json {
    private Json() {}

    static String string(String s) {
      return append(new StringBuilder(s.length() + 2), s).toString();
    }

    /**
     * {@code s} as a JSON string literal, appended to {@code sb}: straight into it, as the list of
     * a language's files quotes one address per published file (16,000 at 10,000 pages x 3), and
     * each was copied three times on its way there.
     */
    static StringBuilder append(StringBuilder sb, String s) {
      sb.append('"');
      JsonStringEncoder.getInstance().quoteAsString(s, sb);
      return sb.append('"');
    }
  }
}
