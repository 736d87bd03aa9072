package org.fieldguide.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fieldguide.diagnostic.IoReason;

/**
 * The renames that publish one staged site into its output folder, run under the swap lock by
 * {@link StagedOutput#commit}: a plan of steps, each named as a failure message names it, written
 * down in a {@link SwapJournal} first and undone at once when one fails. Deleting the journal is
 * the moment of publishing (see {@link StagedOutput} for the whole scheme, and for what a kill
 * leaves to the next build).
 *
 * <p>Apart from {@link StagedOutput} because it knows nothing of how the staged files were
 * written or compared with the published ones: only the folders, the journal and the order of
 * the moves.
 */
final class Swap {
  private final Path shown;
  private final Path out;
  private final Path staging;
  /** The folder the published entries move into, inside {@code out}; deleted once the site is published. */
  private final Path old;
  private final StagedOutput.Steps steps;

  /**
   * @param shown the output folder as the writer named it, for messages
   * @param out the output folder, links followed
   * @param staging the staging folder inside {@code out}
   * @param old where the published entries go (not there yet)
   */
  Swap(Path shown, Path out, Path staging, Path old, StagedOutput.Steps steps) {
    this.shown = shown;
    this.out = out;
    this.staging = staging;
    this.old = old;
    this.steps = steps;
  }

  /** One rename (or file operation) of a swap, named as a failure message names it. */
  private record Step(String doing, FileAction action) {}

  private interface FileAction {
    void run() throws IOException;
  }

  /** Swaps the top-level {@code entries} of the staging folder in, and moves the published ones the new site lacks aside. */
  void whole(SwapJournal journal, List<String> entries) throws IOException {
    // Planned up front, under the swap lock, so the steps can be named and counted.
    List<Step> plan = start(journal);
    for (String e : entries) {
      Path published = out.resolve(e);
      if (Files.exists(published, LinkOption.NOFOLLOW_LINKS)) {
        plan.add(new Step("moving " + e + " aside", () -> SwapJournal.move(published, old.resolve(e))));
      }
      plan.add(new Step("moving the new " + e + " in", () -> SwapJournal.move(staging.resolve(e), published)));
    }
    Set<String> keep = new HashSet<>(entries);
    for (String e : OutputFolders.siteEntries(out)) {
      if (!keep.contains(e)) plan.add(new Step("moving " + e + " aside", () -> SwapJournal.move(out.resolve(e), old.resolve(e))));
    }
    run(finish(plan), journal);
  }

  /**
   * Swaps in, file by file, the files the journal lists as staged, and moves aside the published
   * files it lists as removed; every other published file stays where it is.
   */
  void inPlace(SwapJournal journal) throws IOException {
    List<Step> plan = start(journal);
    // Files first out of the way, so that a file may become a folder, or a folder a file.
    for (String f : journal.removed()) plan.add(new Step("moving " + f + " aside", () -> SwapJournal.moveMaking(out.resolve(f), old.resolve(f))));
    for (String f : journal.entries()) {
      Path published = out.resolve(f);
      if (Files.isDirectory(published, LinkOption.NOFOLLOW_LINKS)) {
        // Its files are all moved aside above (the new site has a file here): only empty folders are left.
        plan.add(new Step("removing the folder " + f, () -> OutputFolders.deleteEmptyTree(published)));
      } else if (Files.exists(published, LinkOption.NOFOLLOW_LINKS)) {
        plan.add(new Step("moving " + f + " aside", () -> SwapJournal.moveMaking(published, old.resolve(f))));
      }
      plan.add(new Step("moving the new " + f + " in", () -> SwapJournal.moveMaking(staging.resolve(f), published)));
    }
    run(finish(plan), journal);
  }

  /** The first steps of every swap: a folder for the published entries, then the journal. */
  private List<Step> start(SwapJournal journal) {
    List<Step> plan = new ArrayList<>();
    plan.add(new Step("creating the folder for the previous site's files", () -> Files.createDirectory(old)));
    plan.add(new Step("writing " + SwapJournal.FILE, () -> journal.write(out)));
    return plan;
  }

  /** The last steps of every swap: the folder marked, and the journal deleted. */
  private List<Step> finish(List<Step> plan) {
    plan.add(new Step("marking the folder as published", this::markPublished));
    // Publishing happens here: without the journal nothing would undo the swap.
    plan.add(new Step("deleting " + SwapJournal.FILE, () -> Files.delete(out.resolve(SwapJournal.FILE))));
    return plan;
  }

  private void run(List<Step> plan, SwapJournal journal) throws IOException {
    for (Step step : plan) {
      try {
        step.action().run();
      } catch (IOException e) {
        boolean undone = undo(journal);
        String message = "cannot publish the site into " + shown + ": " + step.doing() + " failed: " + IoReason.of(e) + ". " + (undone
            ? "Nothing was published; the previous site is untouched."
            : "Undoing the swap failed too, so the folder holds a mix of both sites; the next build puts the previous site back.");
        // In place, a file of the site may refuse what a whole swap can still do (a folder made immutable).
        throw undone && journal.inPlace()
            ? new StagedOutput.InPlaceRefused(message, e)
            : new StagedOutput.PublishFailure(message, e);
      }
      steps.after(step.doing());
    }
  }

  /** Undoes a failed swap at once; whether the previous site is untouched. */
  private boolean undo(SwapJournal journal) {
    try {
      // Without a journal nothing has moved yet.
      if (Files.exists(out.resolve(SwapJournal.FILE))) journal.rollBack(out);
      OutputFolders.deleteTree(old);
      return true;
    } catch (IOException undo) {
      return false;
    }
  }

  /**
   * Marks a publication (see {@link StagedOutput}'s {@code publication}): a later time than the
   * marker had, even on a coarse clock.
   */
  private void markPublished() throws IOException {
    Path marker = out.resolve(StagedOutput.MARKER);
    Instant before = Files.getLastModifiedTime(marker).toInstant();
    Instant now = Instant.now();
    Files.setLastModifiedTime(marker, FileTime.from(now.isAfter(before) ? now : before.plusMillis(1)));
  }
}
