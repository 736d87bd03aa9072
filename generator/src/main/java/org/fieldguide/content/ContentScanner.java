package org.fieldguide.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.fieldguide.concurrent.Tasks;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;

/**
 * Stage 1, discovery: walks {@code content/} and classifies every file as page, section index or
 * asset, with its language from the {@code name.<lang>.md} suffix. Only regular files inside the
 * site folder are found; see {@link ContentWalker} for links, pipes and names that collide.
 *
 * <p>Names starting with {@code _} or {@code .} are skipped (except {@code _index.md}), so
 * writers can keep drafts of includes and editor files beside pages.
 */
public final class ContentScanner {
  public static final String CONTENT = "content";
  private static final Pattern INDEX = Pattern.compile("_index(\\.[A-Za-z-]+)?\\.md");
  /**
   * A Markdown file's name: its base, then optionally a dot and a language code, then {@code .md}
   * ({@code disk.md}, {@code disk.es.md}, {@code disk.pt-BR.md}). {@link MarkdownName#of} splits a
   * name as this does, without a regular expression: matched against each of 22,000 names, its
   * backtracking was 1 % of a one-page rebuild at 10,000 pages x 3, on the main thread.
   * {@code ContentScannerTest} holds the two to the same answers.
   */
  static final Pattern MARKDOWN = Pattern.compile("(.+?)(?:\\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*))?\\.md");

  /** A name split as {@link #MARKDOWN} splits it: groups 1 and 2 (null when there is no language). */
  record MarkdownName(String base, String language) {
    /** The parts of {@code name}; null when it is not a Markdown file's name. */
    static MarkdownName of(String name) {
      int stem = name.length() - 3;
      if (stem < 1 || !name.endsWith(".md")) return null;
      // The pattern's "." matches no line terminator, so a name with one does not match at all.
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return null;
      }
      // The shortest base the rest allows: a language code holds no dot, so it can only be the
      // last dotted part before .md, and only with a base before it.
      int dot = name.lastIndexOf('.', stem - 1);
      if (dot >= 1 && isLanguage(name, dot + 1, stem)) return new MarkdownName(name.substring(0, dot), name.substring(dot + 1, stem));
      return new MarkdownName(name.substring(0, stem), null);
    }

    /** Whether {@code s[from, to)} is [a-z]{2,3} followed by any number of -[A-Za-z0-9]{2,8}. */
    private static boolean isLanguage(String s, int from, int to) {
      int i = from;
      while (i < to && s.charAt(i) >= 'a' && s.charAt(i) <= 'z') i++;
      if (i - from < 2 || i - from > 3) return false;
      while (i < to) {
        if (s.charAt(i) != '-') return false;
        int start = ++i;
        while (i < to && isAsciiLetterOrDigit(s.charAt(i))) i++;
        if (i - start < 2 || i - start > 8) return false;
      }
      return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
  }

  /** All files, sorted by content path so every later stage sees the same order. */
  public List<SourceFile> scan(Path siteDir, SiteConfig config, Diagnostics diagnostics) {
    return discover(siteDir, config, diagnostics, Tasks.SEQUENTIAL).files();
  }

  /** What discovery found: the files, sorted by content path, and what it read of each on disk. */
  public record Discovery(List<SourceFile> files, FileStats stats) {}

  /**
   * As {@link #scan(Path, SiteConfig, Diagnostics)}, with each file's size and time as the walk
   * read them, the folders walked through {@code tasks} (see {@link ContentWalker#walk}).
   */
  public Discovery discover(Path siteDir, SiteConfig config, Diagnostics diagnostics, Tasks tasks) {
    Path root = siteDir.resolve(CONTENT);
    if (!Files.isDirectory(root)) {
      diagnostics.error(
          SourcePos.file(CONTENT),
          "no content/ folder in " + siteDir.toAbsolutePath().normalize() + ". Create it and add Markdown pages.");
      return new Discovery(List.of(), FileStats.NONE);
    }
    List<SourceFile> files = new ArrayList<>();
    Map<String, FileStats.Stat> stats = new HashMap<>();
    for (ContentWalker.Found f : ContentWalker.walk(siteDir, root, diagnostics, tasks)) {
      // The root, not the walker's path: a file's path is made when asked (see SourceFile.path()).
      classify(root, f.contentPath(), config, diagnostics, files);
      stats.put(f.contentPath(), f.stat());
    }
    for (SourceFile f : files) {
      String top = f.contentPath().contains("/") ? f.contentPath().substring(0, f.contentPath().indexOf('/')) : "";
      if (config.hasLanguage(top)) {
        diagnostics.error(
            SourcePos.file(f.displayPath()),
            "the folder content/" + top + "/ has the name of a language, so its pages would collide with the /" + top + "/ site. Rename the folder.");
        break;
      }
    }
    return new Discovery(List.copyOf(files), new FileStats(stats));
  }

  private void classify(Path root, String contentPath, SiteConfig config, Diagnostics diagnostics, List<SourceFile> out) {
    int slash = contentPath.lastIndexOf('/');
    String folder = slash < 0 ? "" : contentPath.substring(0, slash);
    String name = contentPath.substring(slash + 1);
    MarkdownName md = MarkdownName.of(name);
    if (md == null) {
      out.add(new SourceFile(root, contentPath, SourceKind.ASSET, contentPath, config.defaultLanguage()));
      return;
    }
    String base = md.base();
    String lang = md.language();
    if (lang != null && !config.hasLanguage(lang)) {
      diagnostics.warning(
          SourcePos.file(CONTENT + "/" + contentPath),
          "'"
              + lang
              + "' looks like a language suffix but is not a language in site.yaml, so this is published as the page '"
              + base + "." + lang
              + "'. Add '" + lang + "' to languages in site.yaml if it is a translation.");
      base = base + "." + lang;
      lang = null;
    }
    // Interned: every file of a language would otherwise hold its own copy of the code, and the
    // translations of a page their own copy of its key; a site's facts live as long as its build
    // (a heap dump of a 10,000-page x 3 build while it emitted: 487,000 strings, 214,000 distinct).
    String language = (lang == null ? config.defaultLanguage() : lang).intern();
    if (base.equals("_index")) {
      out.add(new SourceFile(root, contentPath, SourceKind.SECTION_INDEX, folder.intern(), language));
    } else {
      String key = (folder.isEmpty() ? base : folder + "/" + base).intern();
      out.add(new SourceFile(root, contentPath, SourceKind.PAGE, key, language));
    }
  }

  /** Whether files or folders of this name are left out: editor files, drafts of includes. */
  static boolean isHidden(String name) {
    return name.startsWith(".") || name.startsWith("_") && !INDEX.matcher(name).matches();
  }
}
