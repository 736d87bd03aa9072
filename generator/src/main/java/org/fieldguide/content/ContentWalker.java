package org.fieldguide.content;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
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
   * The readable files under {@code root}, the site's {@code content/} folder, sorted by path.
   * Folders are visited through {@code tasks}, several at once where they run so (see {@link
   * #visitFolder}). What is found and reported does not depend on the order.
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
    // content/ is an entry of the site folder, visited as any other: a link out of the site is refused alike.
    Runnable content = walker.visit(entry(null, root, root.getFileName().toString()), "", siteReal, null);
    if (content != null) content.run();
    List<Found> files = new ArrayList<>(walker.found);
    files.sort((a, b) -> a.path().compareTo(b.path()));
    return List.copyOf(files);
  }

  /**
   * Visits the folder {@code dir} (for {@code content/} itself, {@code contentPath} is {@code
   * ""}), whose real path is {@code real}.
   *
   * <p>A folder is read as {@code find} reads it: its entries listed, and each entry's attributes
   * read relative to the open folder ({@link SecureDirectoryStream}, fstatat), not by a path the
   * kernel walks again from the root, seven folders deep in a large site. The real path of a
   * folder is its parent's plus its name unless a link led to it. One task per folder, not per
   * entry: at 10,000 pages x 3 a task per file was 25,000 tasks, and the walk, done while the
   * JIT has compiled little, took 0.4-0.55 s where {@code find} takes 0.09 s.
   *
   * @param open the folders being visited above this one, to stop link loops; null for {@code content/}
   */
  private void visitFolder(Path dir, String contentPath, Path real, Open open) {
    String shown = shown(contentPath);
    if (open != null && open.contains(real)) {
      error(shown, "this symbolic link leads back to a folder that contains it, so the folder would never end. Remove the link.");
      return;
    }
    List<Entry> entries = new ArrayList<>();
    try (DirectoryStream<Path> list = Files.newDirectoryStream(dir)) {
      SecureDirectoryStream<Path> secure = list instanceof SecureDirectoryStream<Path> s ? s : null;
      for (Path child : list) {
        String name = child.getFileName().toString();
        if (!contentPath.isEmpty() && name.equals(OUTPUT_MARKER)) {
          error(shown, "this folder is a site that fieldguide built (it holds " + OUTPUT_MARKER + "), so it is not read as content."
              + " Delete it, and build with an --out folder outside content/.");
          return;
        }
        entries.add(entry(secure, child, name));
      }
    } catch (IOException | java.nio.file.DirectoryIteratorException e) {
      IOException cause = e instanceof IOException io ? io : ((java.nio.file.DirectoryIteratorException) e).getCause();
      error(shown, "cannot read this folder: " + IoReason.of(cause) + ".");
      return;
    }
    // By name: the same folder's entries, and only which of two colliding names is named first depends on it.
    entries.sort((a, b) -> a.name().compareTo(b.name()));
    reportCaseCollisions(entries, contentPath);
    Open inside = new Open(real, open);
    List<Runnable> folders = new ArrayList<>();
    for (Entry e : entries) {
      if (ContentScanner.isHidden(e.name())) continue;
      String childPath = contentPath.isEmpty() ? e.name() : contentPath + "/" + e.name();
      Runnable folder = visit(e, childPath, real, inside);
      if (folder != null) folders.add(folder);
    }
    if (folders.size() == 1) {
      folders.get(0).run();
    } else if (!folders.isEmpty()) {
      tasks.map(folders, f -> {
        f.run();
        return Boolean.TRUE; // nothing to give back: what is found is collected as it is found
      });
    }
  }

  /**
   * An entry of a folder with its own attributes (a link's, not its target's), or, when they could
   * not be read, the failure, which is reported when the entry is visited.
   */
  private record Entry(Path path, String name, BasicFileAttributes attrs, IOException failure) {}

  /** The entry {@code child}, its attributes read relative to the open {@code folder} where there is one. */
  private static Entry entry(SecureDirectoryStream<Path> folder, Path child, String name) {
    try {
      BasicFileAttributes attrs = folder != null
          ? folder.getFileAttributeView(child.getFileName(), BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS).readAttributes()
          : Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return new Entry(child, name, attrs, null);
    } catch (IOException e) {
      return new Entry(child, name, null, e);
    }
  }

  /**
   * Visits one entry of the folder whose real path is {@code parentReal} ({@code content/} itself:
   * of the site folder, with {@code contentPath} {@code ""}): a file is found at once; a folder
   * is given back as work to do ({@code null} for anything else).
   */
  private Runnable visit(Entry e, String contentPath, Path parentReal, Open open) {
    String shown = shown(contentPath);
    Path p = e.path();
    if (e.failure() != null) {
      error(shown, "cannot read this: " + IoReason.of(e.failure()) + ".");
      return null;
    }
    BasicFileAttributes attrs = e.attrs();
    Path real = parentReal.resolve(e.name());
    if (attrs.isSymbolicLink()) {
      try {
        real = p.toRealPath();
        if (!real.startsWith(siteReal)) {
          error(shown, "this is a symbolic link to a place outside the site folder, so it is not read or published. Copy what it"
              + " links to into the site folder instead.");
          return null;
        }
        attrs = Files.readAttributes(real, BasicFileAttributes.class);
      } catch (java.nio.file.NoSuchFileException x) {
        error(shown, "this symbolic link leads nowhere: what it links to does not exist. Remove the link, or make it lead to a file in"
            + " the site folder.");
        return null;
      } catch (IOException x) {
        error(shown, "cannot read this: " + IoReason.of(x) + ".");
        return null;
      }
    }
    if (attrs.isDirectory()) {
      Path folderReal = real;
      return () -> visitFolder(p, contentPath, folderReal, open);
    } else if (attrs.isRegularFile()) {
      found.add(new Found(p, contentPath, new FileStats.Stat(attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS))));
    } else {
      error(shown, "this is not a regular file (it is a named pipe, a socket or a device), so it cannot be published. Remove it.");
    }
    return null;
  }

  /** How an entry is named in a message: by its path in the site folder. */
  private static String shown(String contentPath) {
    return contentPath.isEmpty() ? ContentScanner.CONTENT : ContentScanner.CONTENT + "/" + contentPath;
  }

  /** Names in one folder that are the same file where letter case (or normalisation) does not count. */
  private void reportCaseCollisions(List<Entry> children, String contentPath) {
    Map<String, String> firstByKey = new HashMap<>();
    String folder = contentPath.isEmpty() ? ContentScanner.CONTENT + "/" : ContentScanner.CONTENT + "/" + contentPath + "/";
    for (Entry child : children) {
      String name = child.name();
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
