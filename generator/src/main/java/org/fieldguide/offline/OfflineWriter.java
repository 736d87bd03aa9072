package org.fieldguide.offline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the offline files of a built site through {@code out} (path relative to the site root,
 * bytes), in three steps the build calls in order: {@link #manifests} before the site is scanned
 * (they are part of what a reader saves), then {@link #language} for each language (its list and
 * its bundle, independent of each other's, so they may run in parallel) and {@link
 * #serviceWorker}, which carry the site version of the scan.
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

  /** Writes {@code offline/<lang>.json} and {@code downloads/fieldguide-<lang>.zip}. */
  public LanguageFiles language(OfflineSite.Language language, PublishedFiles files, BiConsumer<String, byte[]> out) {
    String lang = language.code();
    List<PublishedFiles.Entry> mine = files.entries().stream().filter(e -> belongs(e.path(), lang)).toList();
    byte[] zip = zip(lang, language.title(), mine, files);
    out.accept(bundle(lang), zip);
    long bytes = mine.stream().mapToLong(PublishedFiles.Entry::size).sum();
    StringBuilder sb = new StringBuilder("{\n");
    sb.append("  \"language\": ").append(Json.string(lang)).append(",\n");
    sb.append("  \"version\": \"").append(files.version()).append("\",\n");
    sb.append("  \"bytes\": ").append(bytes).append(",\n");
    sb.append("  \"bundle\": {\"url\": ").append(Json.string(bundle(lang))).append(", \"bytes\": ").append(zip.length).append("},\n");
    sb.append("  \"urls\": [");
    for (int i = 0; i < mine.size(); i++) sb.append(i == 0 ? "\n    " : ",\n    ").append(Json.string(url(mine.get(i).path())));
    sb.append("\n  ]\n}\n");
    out.accept(list(lang), sb.toString().getBytes(StandardCharsets.UTF_8));
    return new LanguageFiles(lang, mine.size(), bytes, bundle(lang), zip.length);
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
  byte[] zip(String lang, String title, List<PublishedFiles.Entry> entries, PublishedFiles files) {
    String top = "fieldguide-" + lang + "/";
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(buffer, StandardCharsets.UTF_8)) {
      zip.setLevel(compression);
      zip.setMethod(ZipOutputStream.DEFLATED);
      put(zip, top + "index.html", opener(lang, title));
      for (PublishedFiles.Entry e : entries) {
        byte[] bytes = files.bytes(e.path());
        if (e.path().endsWith(".html")) bytes = links.rewrite(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        put(zip, top + e.path(), bytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
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

  /** JSON string literals, enough for titles and paths. */
  static final class Json {
    private Json() {}

    static String string(String s) {
      StringBuilder sb = new StringBuilder("\"");
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> sb.append("\\\"");
          case '\\' -> sb.append("\\\\");
          case '\n' -> sb.append("\\n");
          case '\r' -> sb.append("\\r");
          case '\t' -> sb.append("\\t");
          default -> {
            if (c < 0x20 || c == '\u2028' || c == '\u2029') sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
          }
        }
      }
      return sb.append('"').toString();
    }
  }
}
