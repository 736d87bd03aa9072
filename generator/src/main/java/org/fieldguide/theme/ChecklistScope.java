package org.fieldguide.theme;

import java.util.Optional;
import org.fieldguide.index.PageFacts;
import org.fieldguide.model.Page;
import org.fieldguide.model.SiteTree;
import org.fieldguide.model.TranslationState;

/**
 * Which steps name a page's checklist items, and under which name a reader's ticks of them are
 * kept. A tick belongs to a step, not to a language:
 *
 * <ul>
 *   <li>the original and its fallback pages (the original's text in another language's site)
 *       share the original's steps;
 *   <li>a translation stamped as current ({@code source_hash} matches) with as many steps as the
 *       original shares them too, step by step, so a crew can switch language mid-task;
 *   <li>any other translation (outdated, unstamped, or with steps added or removed) has steps and
 *       a scope of its own ({@code key@lang}), so a tick never lands on a different step.
 * </ul>
 *
 * The item ids ({@code emit.ChecklistIdentity}), the storage key the browser keeps ticks under
 * and the progress that section pages show all follow this one rule.
 */
public final class ChecklistScope {
  /**
   * @param name the page key, or {@code key@lang} for a translation with steps of its own
   * @param steps the facts whose checklist items name this page's items, in order
   */
  public record Scope(String name, PageFacts steps) {}

  private final SiteTree tree;

  public ChecklistScope(SiteTree tree) {
    this.tree = tree;
  }

  /** The scope of a page's checklist; empty when the page has no checklist items. */
  public Optional<Scope> of(Page page) {
    Optional<PageFacts> shown = page.content();
    if (shown.isEmpty() || shown.get().checklistItems() == 0) return Optional.empty();
    PageFacts facts = shown.get();
    Optional<PageFacts> original = tree.page(page.key(), tree.config().defaultLanguage()).flatMap(Page::content);
    if (original.isEmpty() || original.get() == facts) return Optional.of(new Scope(page.key(), facts));
    if (page.translation() == TranslationState.CURRENT && original.get().checklistItems() == facts.checklistItems()) {
      return Optional.of(new Scope(page.key(), original.get()));
    }
    return Optional.of(new Scope(page.key() + "@" + facts.source().language(), facts));
  }

  /**
   * The name a browser keeps the page's ticks under: the site's address and the scope, so two
   * sites on one host never share ticks, and every language of a step does. Empty without a
   * checklist.
   */
  public String storageKey(Page page) {
    return of(page).map(s -> tree.config().baseUrl() + "#" + s.name()).orElse("");
  }
}
