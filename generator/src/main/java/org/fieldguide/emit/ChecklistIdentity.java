package org.fieldguide.emit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldguide.index.PageFacts;
import org.fieldguide.markdown.ChecklistIds;
import org.fieldguide.markdown.ChecklistItem;
import org.fieldguide.model.Page;
import org.fieldguide.model.SiteTree;
import org.fieldguide.model.TranslationState;

/**
 * The ids of a page's checklist items, which is what a reader's ticks are saved under. An id
 * names the step, not the language: it is a digest of the page and the text of the step in the
 * original, so
 *
 * <ul>
 *   <li>inserting a step never moves the ticks of the others (ids do not depend on position);
 *   <li>a fallback page shows the original's text and so has the original's ids;
 *   <li>a translation stamped as current ({@code source_hash} matches) with as many steps as the
 *       original takes the original's ids step by step, so a crew can switch language mid-task;
 *   <li>any other translation (outdated, unstamped, or with steps added or removed) has ids of its
 *       own, so a tick never lands on a different step.
 * </ul>
 */
final class ChecklistIdentity {
  private final SiteTree tree;

  ChecklistIdentity(SiteTree tree) {
    this.tree = tree;
  }

  List<String> ids(Page page) {
    Optional<PageFacts> shown = page.content();
    if (shown.isEmpty() || shown.get().checklist().isEmpty()) return List.of();
    PageFacts facts = shown.get();
    Optional<PageFacts> original = tree.page(page.key(), tree.config().defaultLanguage()).flatMap(Page::content);
    List<ChecklistItem> steps = facts.checklist();
    String scope = page.key();
    if (original.isPresent() && original.get() != facts) {
      List<ChecklistItem> theirs = original.get().checklist();
      if (page.translation() == TranslationState.CURRENT && theirs.size() == steps.size()) {
        steps = theirs;
      } else {
        scope = page.key() + "@" + facts.source().language();
      }
    }
    List<String> ids = new ArrayList<>(steps.size());
    Map<String, Integer> seen = new HashMap<>();
    for (ChecklistItem item : steps) {
      ids.add(ChecklistIds.of(scope, item.text(), seen.merge(item.text(), 1, Integer::sum)));
    }
    return ids;
  }
}
