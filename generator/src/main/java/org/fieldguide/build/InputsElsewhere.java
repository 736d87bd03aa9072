package org.fieldguide.build;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fieldguide.alert.RuleFileLoader;

/**
 * What a build reads besides {@code site.yaml}, {@code content/}, the theme and the site's
 * interface strings: the alert rule files that site.yaml's {@code alerts.rules} globs name, and
 * the files of the repository that pages link to ({@code link.RepositoryFiles}), whether they
 * exist or not. A watching server watches these too: a rule file saved, or a linked script
 * deleted, changes what the checks find.
 *
 * @param ruleGlobs the globs, each with the folder its files are looked for in
 * @param repositoryFiles absolute paths, looked up by the last builds of the session
 */
public record InputsElsewhere(List<RuleFileLoader.Glob> ruleGlobs, Set<Path> repositoryFiles) {
  public static final InputsElsewhere NONE = new InputsElsewhere(List.of(), Set.of());

  public InputsElsewhere {
    ruleGlobs = List.copyOf(ruleGlobs);
    repositoryFiles = Set.copyOf(repositoryFiles);
  }

  /** Whether a change of the file at {@code file} (made, saved or deleted) is a change of the build's inputs. */
  public boolean covers(Path file) {
    Path f = file.toAbsolutePath().normalize();
    return repositoryFiles.contains(f) || ruleGlobs.stream().anyMatch(g -> g.matches(f));
  }

  /** Where such changes happen, with their subfolders: the folders of globs that reach into subfolders ({@code rules/**}{@code /*.yml}). */
  public List<Path> trees() {
    Set<Path> trees = new TreeSet<>();
    for (RuleFileLoader.Glob g : ruleGlobs) if (g.spansFolders()) trees.add(g.base().toAbsolutePath().normalize());
    return List.copyOf(trees);
  }

  /** Where such changes happen, without subfolders: the other globs' folders, and the folder of each linked file. */
  public List<Path> folders() {
    Set<Path> flat = new TreeSet<>();
    for (RuleFileLoader.Glob g : ruleGlobs) if (!g.spansFolders()) flat.add(g.base().toAbsolutePath().normalize());
    for (Path p : repositoryFiles) if (p.getParent() != null) flat.add(p.getParent());
    flat.removeAll(trees());
    return List.copyOf(flat);
  }

  /** These inputs, with more linked files ({@code files}: absolute paths). */
  InputsElsewhere withRepositoryFiles(Collection<Path> files) {
    if (repositoryFiles.containsAll(files)) return this;
    Set<Path> all = new TreeSet<>(repositoryFiles);
    all.addAll(files);
    return new InputsElsewhere(ruleGlobs, all);
  }
}
