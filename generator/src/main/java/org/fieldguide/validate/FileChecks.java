package org.fieldguide.validate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.fieldguide.concurrent.Tasks;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.index.BodyStore;
import org.fieldguide.index.PageDetails;
import org.fieldguide.index.PageFacts;
import org.fieldguide.link.LinkChecks;
import org.fieldguide.model.Page;

/**
 * The checks of the validate stage that look at one Markdown file at a time: its links ({@link
 * LinkChecks}) and its writer warnings ({@link WriterWarnings}), from the file's details, read
 * from the store once for both. With what the last build found ({@link CheckedFiles}), a file
 * whose bytes did not change, in a site whose link facts did not change, is not checked again:
 * its findings are taken over. Thread-safe.
 */
public final class FileChecks {
  private final LinkChecks links;
  private final BodyStore store;
  private final WriterWarnings warnings = new WriterWarnings();

  public FileChecks(LinkChecks links, BodyStore store) {
    this.links = links;
    this.store = store;
  }

  /**
   * What checking the files gave besides their diagnostics.
   *
   * @param linkedFrom for each page key, the files whose links lead to it; empty unless asked for
   * @param takenOver how many files' findings were the last build's
   */
  public record Checked(Map<String, Set<String>> linkedFrom, int takenOver) {}

  /**
   * Checks the file of every page in {@code withText} (each file once: {@link
   * LinkChecks#pagesWithText}), then warns about the files of {@code all} that no page shows
   * (drafts, in a build without them).
   *
   * @param known the last build's findings, which this build's are recorded into; empty without a
   *     cache, and when {@code graph} is asked for (every file's link targets are needed then)
   * @param graph whether to collect which files link to which page
   */
  public Checked check(
      List<Page> withText, List<PageFacts> all, Optional<CheckedFiles> known, boolean graph, Tasks tasks, Diagnostics diagnostics) {
    Map<String, Set<String>> linkedFrom = new ConcurrentHashMap<>();
    AtomicInteger takenOver = new AtomicInteger();
    tasks.map(withText, p -> {
      PageFacts facts = p.content().orElseThrow();
      String file = facts.source().contentPath();
      if (known.isEmpty()) {
        Set<String> targets = check(p, facts, diagnostics).targets();
        if (graph) for (String key : targets) linkedFrom.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(file);
        return null;
      }
      CheckedFiles checked = known.get();
      Optional<List<Diagnostic>> before = checked.takeOver(file, facts.digest());
      if (before.isPresent()) {
        before.get().forEach(diagnostics::report);
        takenOver.incrementAndGet();
        return null;
      }
      Diagnostics found = new Diagnostics();
      boolean repositoryFiles = check(p, facts, found).repositoryFiles();
      Optional<List<Diagnostic>> whole = found.reported();
      if (whole.isPresent()) {
        // Links to the repository's files hold only while those files are as they are now.
        if (repositoryFiles) checked.notKept();
        else checked.record(file, facts.digest(), whole.get());
        whole.get().forEach(diagnostics::report);
      } else {
        // More than a file shows: checked again into the build's own, which counts what it holds back.
        checked.notKept();
        check(p, facts, diagnostics);
      }
      return null;
    });
    Set<String> shown = new java.util.HashSet<>();
    for (Page p : withText) shown.add(p.content().orElseThrow().source().contentPath());
    for (PageFacts f : all) {
      if (!shown.contains(f.source().contentPath())) warnings.check(f, store.details(f.body()), diagnostics);
    }
    return new Checked(linkedFrom, takenOver.get());
  }

  /** The link checks and writer warnings of one page. */
  private LinkChecks.Checked check(Page page, PageFacts facts, Diagnostics diagnostics) {
    PageDetails details = store.details(facts.body());
    LinkChecks.Checked checked = links.check(page, details, diagnostics);
    warnings.check(facts, details, diagnostics);
    return checked;
  }
}
