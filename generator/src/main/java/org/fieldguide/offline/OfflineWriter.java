package org.fieldguide.offline;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the offline files of a built site through {@code out} (path relative to the site root,
 * bytes), in three steps the build calls in order: {@link #manifests} before the site is scanned
 * (they are part of what a reader saves), then {@link #bundle} for each language (independent of
 * each other, so they may run in parallel), {@link #version} over them, and {@link #write} for
 * each language (its zip and its list) and {@link #serviceWorker}, which carry that version.
 */
public final class OfflineWriter {
  public static final String SERVICE_WORKER = "sw.js";
  public static final String MANIFEST = "site.webmanifest";
  /** The theme files the manifest names as icons, when the theme has them. */
  static final List<String> ICONS = List.of("icon-192.png", "icon-512.png", "favicon.svg");
  private static final String STATIC = "static/";
  /**
   * Every entry of a bundle carries this time (DOS times are local, so it is taken in the
   * machine's zone): the same bytes for the same site on any machine and day.
   */
  private static final long ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();

  private final FileLinks links = new FileLinks();
  private final int compression;

  /** @param compression the bundles' Deflate level, 1 (fastest) to 9 (smallest) */
  public OfflineWriter(int compression) {
    this.compression = compression;
  }

  /** What one language's offline files came to. */
  public record LanguageFiles(String language, int files, long bytes, String bundle, long bundleBytes) {
    public String describe() {
      return language + ": " + files + " files, " + bytes + " bytes to save; " + bundle + " " + bundleBytes + " bytes";
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
   * and assets), the theme's files, the favicon and the language's search index.
   */
  static boolean belongs(String path, String language) {
    return path.startsWith(language + "/") || path.startsWith(STATIC) || path.startsWith("search/" + language + "/")
        || path.equals("favicon.ico");
  }

  /**
   * One language's bundle, written as it is made (never held in memory: a large site's zips are
   * hundreds of megabytes), with its size and a checksum of each of its files as published (for
   * the site version): every file is read once, here.
   */
  public record Bundle(String language, List<PublishedFiles.Entry> entries, long zipBytes, Map<String, Long> checksums) {}

  /**
   * Writes the bundle of {@code language} (see {@link #zip}) to the stream {@code open} gives for
   * its path ({@link #bundle(String)}), and closes it.
   */
  public Bundle bundle(OfflineSite.Language language, PublishedFiles files, Function<String, OutputStream> open) {
    String lang = language.code();
    List<PublishedFiles.Entry> mine = files.entries().stream().filter(e -> belongs(e.path(), lang)).toList();
    Map<String, Long> checksums = new HashMap<>();
    long size;
    try (CountingStream counted = new CountingStream(open.apply(bundle(lang)))) {
      zip(counted, lang, language.title(), mine, files, checksums);
      size = counted.count;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Bundle(lang, mine, size, checksums);
  }

  /** Counts what goes through, for the zip's size in the list. */
  private static final class CountingStream extends FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(new BufferedOutputStream(out, 1 << 16));
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }

  /**
   * The site version: a digest of the path, size and CRC-32 of every published file (the CRCs of
   * the bundles' files come from the bundles; the few files in none are read here). Any change of
   * any byte a reader fetches changes it.
   */
  public String version(PublishedFiles files, List<Bundle> bundles) {
    Map<String, Long> checksums = new HashMap<>();
    bundles.forEach(b -> checksums.putAll(b.checksums()));
    MessageDigest sha = sha256();
    for (PublishedFiles.Entry e : files.entries()) {
      Long crc = checksums.get(e.path());
      if (crc == null) crc = crc(files.bytes(e.path()));
      sha.update((e.path() + "\u0000" + e.size() + "\u0000" + Long.toHexString(crc) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(sha.digest(), 0, 8);
  }

  /** Writes {@code offline/<lang>.json} (the zip was written by {@link #bundle}). */
  public LanguageFiles write(Bundle bundle, String version, BiConsumer<String, byte[]> out) {
    String lang = bundle.language();
    List<PublishedFiles.Entry> mine = bundle.entries();
    long bytes = mine.stream().mapToLong(PublishedFiles.Entry::size).sum();
    StringBuilder sb = new StringBuilder("{\n");
    sb.append("  \"language\": ").append(Json.string(lang)).append(",\n");
    sb.append("  \"version\": \"").append(version).append("\",\n");
    sb.append("  \"bytes\": ").append(bytes).append(",\n");
    sb.append("  \"bundle\": {\"url\": ").append(Json.string(bundle(lang))).append(", \"bytes\": ").append(bundle.zipBytes()).append("},\n");
    sb.append("  \"urls\": [");
    for (int i = 0; i < mine.size(); i++) sb.append(i == 0 ? "\n    " : ",\n    ").append(Json.string(url(mine.get(i).path())));
    sb.append("\n  ]\n}\n");
    out.accept(list(lang), sb.toString().getBytes(StandardCharsets.UTF_8));
    return new LanguageFiles(lang, mine.size(), bytes, bundle(lang), bundle.zipBytes());
  }

  private static long crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
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
   * that opens the language's home page. Entries sorted, one fixed time, no comment: the same
   * bytes for the same site.
   */
  void zip(OutputStream target, String lang, String title, List<PublishedFiles.Entry> entries, PublishedFiles files, Map<String, Long> checksums)
      throws IOException {
    String top = "fieldguide-" + lang + "/";
    try (ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8)) {
      zip.setLevel(compression);
      zip.setMethod(ZipOutputStream.DEFLATED);
      put(zip, top + "index.html", opener(lang, title));
      for (PublishedFiles.Entry e : entries) {
        byte[] bytes = files.bytes(e.path());
        checksums.put(e.path(), crc(bytes));
        if (e.path().endsWith(".html")) bytes = links.rewrite(bytes);
        put(zip, top + e.path(), bytes);
      }
    }
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(ENTRY_TIME);
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
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
      return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }
  }
}
