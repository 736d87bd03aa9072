package org.fieldguide.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Watches a site's sources with the JDK {@link WatchService} and reports every changed path to a
 * {@link ChangeBatcher}. The site folder itself is watched alone (for {@code site.yaml} and for
 * the source folders appearing or going), and each folder of {@link SiteSources#TREES} with all
 * its subfolders. A folder created later (a new section, {@code translations/} made for the
 * first time) is registered as soon as it appears, and the files already inside it are reported,
 * since they may have been written before the registration.
 *
 * <p>On Linux this is inotify and Windows has its own native watcher: events arrive within
 * milliseconds. On macOS the JDK polls, here every 2 seconds (see {@link #pollingModifiers}).
 */
final class SourceWatcher implements AutoCloseable {
  private final SiteSources sources;
  private final ChangeBatcher batcher;
  private final WatchService service;
  private static final WatchEvent.Kind<?>[] KINDS = {ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY};
  private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
  /** Folders outside the source trees watched with their subfolders ({@link #watchElsewhere}). */
  private final java.util.concurrent.CopyOnWriteArrayList<Path> elsewhereTrees = new java.util.concurrent.CopyOnWriteArrayList<>();
  /** Folders outside the source trees watched alone. */
  private final java.util.Set<Path> watchedElsewhere = ConcurrentHashMap.newKeySet();
  private final WatchEvent.Modifier[] modifiers;
  private final Thread thread;

  private SourceWatcher(SiteSources sources, ChangeBatcher batcher, WatchService service) {
    this.sources = sources;
    this.batcher = batcher;
    this.service = service;
    this.modifiers = pollingModifiers(service);
    this.thread = new Thread(this::run, "fieldguide-serve-watcher");
    thread.setDaemon(true);
  }

  /** Registers every source folder, then watches on a thread of its own until closed. */
  static SourceWatcher start(SiteSources sources, ChangeBatcher batcher) throws IOException {
    SourceWatcher w = new SourceWatcher(sources, batcher, sources.siteDir().getFileSystem().newWatchService());
    w.register(sources.siteDir());
    for (String tree : SiteSources.TREES) {
      Path root = sources.siteDir().resolve(tree);
      if (Files.isDirectory(root)) w.registerTree(root, false);
    }
    w.thread.start();
    return w;
  }

  @Override
  public void close() throws IOException {
    service.close();
  }

  private void run() {
    try {
      while (true) {
        WatchKey key = service.take();
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
          if (event.kind() == OVERFLOW || folder == null) {
            batcher.addEverything();
            continue;
          }
          Path changed = folder.resolve((Path) event.context());
          onEvent(folder, changed, event.kind());
        }
        if (!key.reset()) folders.remove(key); // the folder was deleted; its parent reported that
      }
    } catch (ClosedWatchServiceException | InterruptedException e) {
      // Closed: serving stops.
    }
  }

  private void onEvent(Path folder, Path changed, WatchEvent.Kind<?> kind) {
    if (folder.equals(sources.siteDir())) {
      String name = changed.getFileName().toString();
      if (name.equals(SiteSources.SITE_YAML) || sources.isElsewhere(changed)) {
        batcher.add(changed);
      } else if (SiteSources.TREES.contains(name)) {
        // A whole source folder appeared (translations/ created for the first time) or went.
        if (kind == ENTRY_CREATE && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) registerTree(changed, true);
        else batcher.add(changed);
      } else if (kind == ENTRY_CREATE && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
        // The folder of a file a page links to, which did not exist (tools/ for ../tools/check.sh):
        // watched from now on, with what was written in it before this line ran.
        for (Path f : sources.elsewhere().folders()) {
          if (f.startsWith(changed) && Files.isDirectory(f) && watchedElsewhere.add(f)) registerElsewhere(f, false, true);
        }
      }
      return;
    }
    boolean newFolder = kind == ENTRY_CREATE && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS);
    if (!inSourceTree(folder)) {
      // A folder the last build read a file of (monitoring/rules/): its files are classified by
      // whether the build read them; a new subfolder counts where a glob reaches into subfolders.
      if (newFolder && elsewhereTrees.stream().anyMatch(folder::startsWith)) registerElsewhere(changed, true, true);
      else if (!newFolder) batcher.add(changed);
      return;
    }
    if (newFolder) {
      registerTree(changed, true);
    } else {
      batcher.add(changed);
    }
  }

  /** Whether {@code folder} is in one of {@link SiteSources#TREES}, which are watched whole. */
  private boolean inSourceTree(Path folder) {
    return sources.relative(folder).map(r -> SiteSources.TREES.contains(r.split("/")[0])).orElse(false);
  }

  /**
   * Watches also the folders where the files the last build read elsewhere are ({@link
   * Elsewhere}): after each build, since a page may link a file of another folder. A folder
   * watched stays watched; what its events name is classified by the last build's inputs.
   */
  void watchElsewhere(Elsewhere inputs) {
    // After every build: only folders not watched yet are registered (a tree is walked once); one
    // missing now is tried again after the next build.
    for (Path f : inputs.folders()) {
      if (Files.isDirectory(f) && watchedElsewhere.add(f)) registerElsewhere(f, false, false);
    }
    for (Path t : inputs.trees()) {
      if (Files.isDirectory(t) && elsewhereTrees.addIfAbsent(t)) registerElsewhere(t, true, false);
    }
  }

  private void registerElsewhere(Path folder, boolean tree, boolean reportFiles) {
    // The site folder is watched already, alone: never its whole tree (public/, .git/).
    if (folder.equals(sources.siteDir()) || inSourceTree(folder) || !Files.isDirectory(folder)) return;
    registerTree(folder, reportFiles, tree ? Integer.MAX_VALUE : 1);
  }

  /** Watches {@code root} and its subfolders; with {@code reportFiles}, reports the files already in them. */
  private void registerTree(Path root, boolean reportFiles) {
    registerTree(root, reportFiles, Integer.MAX_VALUE);
  }

  /**
   * As {@link #registerTree(Path, boolean)}, {@code depth} levels down ({@code 1}: the folder and
   * its files). Hidden and editor folders are skipped, by their path in the site folder, or by
   * their name above it.
   */
  private void registerTree(Path root, boolean reportFiles, int depth) {
    try {
      Files.walkFileTree(root, java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class), depth, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
          if (!dir.equals(root) && ignored(dir)) return FileVisitResult.SKIP_SUBTREE;
          register(dir);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          // At the depth limit, folders come here too: they are not watched, nor files.
          if (reportFiles && !attrs.isDirectory()) batcher.add(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE; // deleted while we looked: its own event tells
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // The folder went away again before it could be watched; its deletion was reported.
    }
  }

  private boolean ignored(Path dir) {
    return sources.relative(dir).map(sources::isIgnoredFolder).orElseGet(() -> sources.isIgnoredFolder(dir.getFileName().toString()));
  }

  private void register(Path dir) throws IOException {
    folders.put(dir.register(service, KINDS, modifiers), dir);
  }

  /**
   * Where the JDK has no native watcher (macOS) it polls, every 10 s by default; the JDK's
   * "high sensitivity" modifier makes that 2 s. It is looked up by name, since it is outside the
   * standard API (and may go in a later JDK, which then simply polls at its default).
   */
  private static WatchEvent.Modifier[] pollingModifiers(WatchService service) {
    if (!service.getClass().getSimpleName().contains("Polling")) return new WatchEvent.Modifier[0];
    try {
      Class<?> sensitivity = Class.forName("com.sun.nio.file.SensitivityWatchEventModifier");
      return new WatchEvent.Modifier[] {(WatchEvent.Modifier) sensitivity.getField("HIGH").get(null)};
    } catch (ReflectiveOperationException | RuntimeException e) {
      return new WatchEvent.Modifier[0];
    }
  }
}
