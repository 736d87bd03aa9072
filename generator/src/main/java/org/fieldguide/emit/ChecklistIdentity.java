package org.fieldguide.emit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldguide.markdown.ChecklistIds;
import org.fieldguide.index.BodyStore;
import org.fieldguide.index.PageDetails;
import org.fieldguide.index.PageFacts;
import org.fieldguide.markdown.ChecklistItem;
import org.fieldguide.model.Page;
import org.fieldguide.model.SiteTree;
import org.fieldguide.theme.ChecklistScope;

/**
 * The ids of a page's checklist items, which is what a reader's ticks are saved under. An id
 * names the step, not the language: it is a digest of the scope and the text of the step that
 * {@link ChecklistScope} says names it (the original's, for fallbacks and current translations
 * with as many steps), so inserting a step never moves the ticks of the others (ids do not depend
 * on position) and a crew can switch language mid-task.
 */
final class ChecklistIdentity {
  private final ChecklistScope scopes;
  private final BodyStore bodies;

  ChecklistIdentity(SiteTree tree, BodyStore bodies) {
    this.scopes = new ChecklistScope(tree);
    this.bodies = bodies;
  }

  /** @param shown the details of the page's own facts (its steps, unless another language's name them) */
  List<String> ids(Page page, PageDetails shown) {
    Optional<ChecklistScope.Scope> scope = scopes.of(page);
    if (scope.isEmpty()) return List.of();
    PageFacts steps = scope.get().steps();
    List<ChecklistItem> items = (page.content().orElse(null) == steps ? shown : bodies.details(steps.body())).checklist();
    List<String> ids = new ArrayList<>(items.size());
    Map<String, Integer> seen = new HashMap<>();
    for (ChecklistItem item : items) {
      ids.add(ChecklistIds.of(scope.get().name(), item.text(), seen.merge(item.text(), 1, Integer::sum)));
    }
    return ids;
  }
}
