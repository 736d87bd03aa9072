package org.fieldguide.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.fieldguide.concurrent.Tasks;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.IoReason;
import org.fieldguide.diagnostic.SourcePos;

/**
 * Finds the files under {@code content/} that may be read: regular files inside the site folder.
 *
 * <p>Pull requests come from many hands, so a symbolic link is never followed out of the site
 * folder: a link that leads outside it (or nowhere, or in a loop) is an error at the link's path,
 * its target is not read, and nothing of it is quoted. Links that stay inside the site folder
 * are followed, to files and to folders. Pipes, sockets and devices are errors too (reading a pipe
 * would wait for ever). Names that differ only in letter case (also Unicode normalisation, as on
 * macOS) are errors: on case-insensitive checkouts they are one file, and one page silently
 * replaces the other. A folder holding {@link #OUTPUT_MARKER} is a site fieldguide built, never
 * content.
 */
final class ContentWalker {
  /** The marker file of an output folder; the same name as {@code output.StagedOutput.MARKER} (a test keeps them equal). */
  static final String OUTPUT_MARKER = ".fieldguide-output";

  /**
   * A file that may be read, by the path it was found at (inside a linked folder, through the
   * link), with the size and time the walk read for it (the link's target's).
   */
  record Found(Path path, String contentPath, FileStats.Stat stat) {}

  /**
   * The folders being visited, from the one just entered up to {@code content/}: a link that
   * leads back to one of them would never end. One chain per path walked, shared by the folders
   * below it, so folders can be walked at once.
   */
  private record Open(Path real, Open outer) {
    boolean contains(Path folder) {
      for (Open o = this; o != null; o = o.outer) if (o.real.equals(folder)) return true;
      return false;
    }
  }

  private final Path siteReal;
  private final Diagnostics diagnostics;
  private final Tasks tasks;
  private final ConcurrentLinkedQueue<Found> found = new ConcurrentLinkedQueue<>();

  private ContentWalker(Path siteReal, Diagnostics diagnostics, Tasks tasks) {
    this.siteReal = siteReal;
    this.diagnostics = diagnostics;
    this.tasks = tasks;
  }

  /**
   * The readable files under {@code root}, the site's {@code content/} folder, sorted by path. A
   * folder's entries are visited through {@code tasks}, several at once where they run so: asking
   * the file system about each file was most of finding them (0.35-0.5 s at 10,000 pages x 3 on
   * one thread). What is found and reported does not depend on the order.
   */
  static List<Found> walk(Path siteDir, Path root, Diagnostics diagnostics, Tasks tasks) {
    Path siteReal;
    try {
      siteReal = siteDir.toRealPath();
    } catch (IOException e) {
      diagnostics.error(SourcePos.file(ContentScanner.CONTENT), "cannot read the site folder: " + IoReason.describe(e, siteDir) + ".");
      return List.of();
    }
    ContentWalker walker = new ContentWalker(siteReal, diagnostics, tasks);
    walker.visit(root, "", null);
    List<Found> files = new ArrayList<>(walker.found);
    files.sort((a, b) -> a.path().compareTo(b.path()));
    return List.copyOf(files);
  }

  /**
   * Visits one entry.
   *
   * @param contentPath the entry's path under {@code content/}, {@code ""} for the folder itself
   * @param open the folders being visited, to stop link loops; null above {@code content/}
   */
  private void visit(Path p, String contentPath, Open open) {
    String shown = contentPath.isEmpty() ? ContentScanner.CONTENT : ContentScanner.CONTENT + "/" + contentPath;
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (attrs.isSymbolicLink()) {
        Path target = p.toRealPath();
        if (!target.startsWith(siteReal)) {
          error(shown, "this is a symbolic link to a place outside the site folder, so it is not read or published. Copy what it"
              + " links to into the site folder instead.");
          return;
        }
        attrs = Files.readAttributes(target, BasicFileAttributes.class);
      }
    } catch (java.nio.file.NoSuchFileException e) {
      error(shown, "this symbolic link leads nowhere: what it links to does not exist. Remove the link, or make it lead to a file in"
          + " the site folder.");
      return;
    } catch (IOException e) {
      error(shown, "cannot read this: " + IoReason.of(e) + ".");
      return;
    }
    if (attrs.isDirectory()) {
      visitFolder(p, contentPath, shown, open);
    } else if (attrs.isRegularFile()) {
      found.add(new Found(p, contentPath, new FileStats.Stat(attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS))));
    } else {
      error(shown, "this is not a regular file (it is a named pipe, a socket or a device), so it cannot be published. Remove it.");
    }
  }

  private void visitFolder(Path dir, String contentPath, String shown, Open open) {
    Path real;
    List<Path> children;
    try {
      real = dir.toRealPath();
      if (!contentPath.isEmpty() && Files.exists(dir.resolve(OUTPUT_MARKER), LinkOption.NOFOLLOW_LINKS)) {
        error(shown, "this folder is a site that fieldguide built (it holds " + OUTPUT_MARKER + "), so it is not read as content."
            + " Delete it, and build with an --out folder outside content/.");
        return;
      }
      if (open != null && open.contains(real)) {
        error(shown, "this symbolic link leads back to a folder that contains it, so the folder would never end. Remove the link.");
        return;
      }
      try (Stream<Path> list = Files.list(dir)) {
        children = list.sorted().toList();
      }
    } catch (IOException e) {
      error(shown, "cannot read this folder: " + IoReason.of(e) + ".");
      return;
    }
    reportCaseCollisions(children, contentPath);
    Open inside = new Open(real, open);
    tasks.map(children, child -> {
      String name = child.getFileName().toString();
      String childPath = contentPath.isEmpty() ? name : contentPath + "/" + name;
      if (!ContentScanner.isHidden(name)) visit(child, childPath, inside);
      return Boolean.TRUE; // nothing to give back: what is found is collected as it is found
    });
  }

  /** Names in one folder that are the same file where letter case (or normalisation) does not count. */
  private void reportCaseCollisions(List<Path> children, String contentPath) {
    Map<String, String> firstByKey = new HashMap<>();
    String folder = contentPath.isEmpty() ? ContentScanner.CONTENT + "/" : ContentScanner.CONTENT + "/" + contentPath + "/";
    for (Path child : children) {
      String name = child.getFileName().toString();
      if (name.startsWith(".")) continue; // never published
      String key = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
      String first = firstByKey.putIfAbsent(key, name);
      if (first != null) {
        String how = name.toLowerCase(Locale.ROOT).equals(first.toLowerCase(Locale.ROOT)) ? "in letter case" : "in how accented letters are encoded";
        error(folder + name, "'" + name + "' and '" + first + "' in " + folder + " differ only " + how + ", so they are one and the"
            + " same on Windows and macOS checkouts and one replaces the other. Rename one of them.");
      }
    }
  }

  private void error(String shown, String message) {
    diagnostics.error(SourcePos.file(shown), message);
  }
}
