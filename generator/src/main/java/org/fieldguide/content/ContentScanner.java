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
   * Other extensions of Markdown files, in lower case: {@code .md} in capitals ({@code NOTES.MD}),
   * those Jekyll and Hugo read as pages, and MDX's (Docusaurus). Only {@code .md} files are pages
   * here, so such a file would be published as a file to download, and a writer who moved it in
   * from another site would never see it as a page.
   */
  private static final java.util.Set<String> OTHER_MARKDOWN = java.util.Set.of("md", "markdown", "mdown", "mkd", "mkdn", "mdwn", "mdx");

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
      int dot = name.lastIndexOf('.');
      String extension = name.substring(dot + 1);
      if (dot > 0 && OTHER_MARKDOWN.contains(extension.toLowerCase(java.util.Locale.ROOT))) {
        String stem = name.substring(0, dot);
        diagnostics.warning(
            SourcePos.file(CONTENT + "/" + contentPath),
            extension.equalsIgnoreCase("mdx")
                ? "an MDX file is not read as a page (only .md files are), so it is published as a file to download. If it holds"
                    + " Markdown alone, rename it to '" + stem + ".md'; write what its components show as Markdown or HTML."
                : "only .md files are read as pages, so this ." + extension + " file is published as a file to download. Rename it"
                    + " to '" + stem + ".md', and links to it too.");
      }
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
