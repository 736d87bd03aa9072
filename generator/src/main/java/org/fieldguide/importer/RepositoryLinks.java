package org.fieldguide.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.fieldguide.config.RepositoryAddress;
import org.fieldguide.link.UrlPaths;

/**
 * Links out of the imported pages to the repository's other files ({@code ../LICENSE}, {@code
 * ../../scripts/}): the imported site is written elsewhere, where such a path leads nowhere, so
 * each becomes the file's address on the code-hosting site (its {@code blob/} page, a folder's
 * {@code tree/}, the fragment such as {@code #L12} kept), as the repository's own site shows it.
 * Known only when the import says where the repository is published ({@link
 * SourceSite#repository}) and SOURCE is inside a Git working tree, whose top (the folder that
 * holds {@code .git}) is where the file's path starts.
 */
final class RepositoryLinks {
  private final Optional<RepositoryAddress> address;
  private final Optional<Path> top;

  private RepositoryLinks(Optional<RepositoryAddress> address, Optional<Path> top) {
    this.address = address;
    this.top = top;
  }

  static final RepositoryLinks NONE = new RepositoryLinks(Optional.empty(), Optional.empty());

  /** For the site read from {@code source}. */
  static RepositoryLinks of(SourceSite site, Path source) {
    if (site.repository().isEmpty()) return NONE;
    return new RepositoryLinks(site.repository().map(RepositoryAddress::of), workingTreeTop(source));
  }

  /** The folder that holds {@code .git} (a folder, or a worktree's file), from {@code source} up. */
  private static Optional<Path> workingTreeTop(Path source) {
    for (Path p = source.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) return Optional.of(p);
    }
    return Optional.empty();
  }

  /**
   * The address of the repository's file or folder {@code destination} names from the page in
   * {@code pageFile}; empty when it names nothing of the working tree (or nothing is known).
   */
  Optional<String> address(String destination, Path pageFile) {
    if (address.isEmpty() || top.isEmpty() || destination.startsWith("/") || destination.startsWith("#")) return Optional.empty();
    int hash = destination.indexOf('#');
    String path = hash < 0 ? destination : destination.substring(0, hash);
    String fragment = hash < 0 ? "" : destination.substring(hash);
    int query = path.indexOf('?');
    if (query >= 0 || path.isEmpty()) return Optional.empty();
    Path file;
    try {
      file = pageFile.toAbsolutePath().normalize().getParent().resolve(UrlPaths.decode(path)).normalize();
    } catch (java.nio.file.InvalidPathException e) { // a name no path can hold ('%00')
      return Optional.empty();
    }
    if (!file.startsWith(top.get()) || file.equals(top.get()) || !Files.exists(file) || isGitInternal(top.get().relativize(file))) {
      return Optional.empty();
    }
    RepositoryAddress a = address.get();
    String fromTop = "../".repeat(a.depth()) + encoded(top.get().relativize(file).toString().replace('\\', '/'));
    return Optional.of((Files.isDirectory(file) ? a.showFolder(fromTop + "/") : a.show(fromTop)) + fragment);
  }

  /**
   * A file's path as an address holds it: {@link UrlPaths#encode} escapes what a URL cannot hold,
   * and keeps '%', '#' and '?', which in a file's name are part of it.
   */
  private static String encoded(String path) {
    return UrlPaths.encode(path.replace("%", "%25").replace("#", "%23").replace("?", "%3F"));
  }

  private static boolean isGitInternal(Path inTree) {
    return inTree.getNameCount() > 0 && inTree.getName(0).toString().equals(".git");
  }
}
