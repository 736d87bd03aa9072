package org.fieldguide.link;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.fieldguide.config.RepositoryAddress;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.yaml.Suggestions;

/**
 * The files of the repository the site's folder is part of, outside {@code content/}: a rule
 * file, a script, the repository's README. Writers link them as they work on the code-hosting
 * site ({@code ../../monitoring/rules/node.yml}), where such a link opens the file. The site
 * does not publish them; with site.yaml's {@code repository}, a link to one that exists leads to
 * it on the code-hosting site ({@link Resolution.ToRepository}).
 *
 * <p>Made per build, so a file made or deleted since the last one is seen: each path is looked
 * up on disk once, whichever page or stage asks (the checks, then every page that is written).
 * What the checks found for a file with such links is therefore never taken over by the next
 * build ({@code validate.FileChecks}): the files it names are not among the facts the index
 * keeps. Thread-safe.
 */
public final class RepositoryFiles {
  /** What a path of the site's folder names on disk. */
  public enum Kind {
    FILE,
    FOLDER,
    NONE
  }

  private final Path siteDir;
  private final Optional<RepositoryAddress> address;
  /** The site's folder in the repository ({@code docs/}), or empty: how far above the site's folder a link may lead. */
  private final String folder;

  private final Map<String, Kind> known = new ConcurrentHashMap<>();

  private RepositoryFiles(Path siteDir, Optional<RepositoryAddress> address) {
    this.siteDir = siteDir;
    this.address = address;
    this.folder = address.map(RepositoryAddress::folder).orElse("");
  }

  /** The repository of the site in {@code siteDir}, as its site.yaml names it (or names none). */
  public static RepositoryFiles of(Path siteDir, SiteConfig config) {
    return new RepositoryFiles(siteDir, config.repository().map(RepositoryAddress::of));
  }

  /** Where its files are shown; empty when site.yaml names no repository. */
  public Optional<RepositoryAddress> address() {
    return address;
  }

  /**
   * Where the decoded relative path {@code written}, in the content folder {@code contentFolder},
   * leads in the site's folder, for a path that climbs out of {@code content/}: {@code
   * monitoring/rules/node.yml}, or {@code ../README.md} when the repository's address names the
   * site's folder ({@code …/tree/main/docs}) and the path climbs no higher than the repository's
   * top. Empty when it climbs higher, or leads to the site's folder itself.
   */
  public Optional<String> sitePath(String contentFolder, String written) {
    return climb(contentFolder, written).filter(this::nameable);
  }

  private Optional<String> climb(String contentFolder, String written) {
    String from = contentFolder.isEmpty() ? "content" : "content/" + contentFolder;
    Optional<String> inSite = UrlPaths.resolve(from, written);
    if (inSite.isPresent()) return inSite.filter(p -> !p.isEmpty());
    if (folder.isEmpty()) return Optional.empty();
    Optional<String> inRepository = UrlPaths.resolve(folder + from, written);
    if (inRepository.isEmpty() || inRepository.get().isEmpty()) return Optional.empty();
    return Optional.of(ContentPaths.relative(folder.substring(0, folder.length() - 1), inRepository.get()));
  }

  /** Every path looked up so far, whether something is there or not: where a change would change what links find. */
  public java.util.Set<Path> lookedUp() {
    java.util.Set<Path> out = new java.util.TreeSet<>();
    for (String p : known.keySet()) out.add(siteDir.resolve(p).toAbsolutePath().normalize());
    return out;
  }

  /**
   * Whether the file system can name the path at all: a link's {@code %00} decodes to a
   * character no file name holds, and looking it up would throw. Such a link leads nowhere.
   */
  private boolean nameable(String sitePath) {
    try {
      siteDir.resolve(sitePath);
      return true;
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  /** What {@code sitePath} ({@link #sitePath}) names on disk. */
  public Kind kind(String sitePath) {
    return known.computeIfAbsent(sitePath, p -> {
      try {
        BasicFileAttributes a = Files.readAttributes(siteDir.resolve(p), BasicFileAttributes.class);
        return a.isDirectory() ? Kind.FOLDER : Kind.FILE;
      } catch (IOException e) {
        return Kind.NONE;
      }
    });
  }

  /**
   * The name in the same folder closest to the missing {@code sitePath}'s (a letter off, another
   * letter case), as a site path; empty when none is close or the folder is missing too. Asked
   * for error messages only: it lists the folder.
   */
  public Optional<String> closest(String sitePath) {
    int slash = sitePath.lastIndexOf('/');
    String parent = slash < 0 ? "" : sitePath.substring(0, slash + 1);
    String name = sitePath.substring(slash + 1);
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(siteDir.resolve(parent.isEmpty() ? "." : parent))) {
      for (Path e : entries) names.add(e.getFileName().toString());
    } catch (IOException e) {
      return Optional.empty();
    }
    names.sort(null); // the listing's order is the file system's: the same suggestion on every machine
    return Optional.ofNullable(Suggestions.closest(name, names, Math.max(1, name.length() / 5))).map(n -> parent + n);
  }
}
