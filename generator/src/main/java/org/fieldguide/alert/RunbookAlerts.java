package org.fieldguide.alert;

import java.util.List;
import java.util.Optional;
import org.fieldguide.frontmatter.AlertDeclaration;
import org.fieldguide.frontmatter.PageMeta;
import org.fieldguide.frontmatter.ParsedPage;

/**
 * The alerts one runbook file lists in its front matter ({@code alerts:}).
 *
 * @param pageKey the language-neutral page, such as {@code runbooks/replace-failed-disk}
 * @param file the Markdown file, relative to the site folder, such as {@code
 *     content/runbooks/replace-failed-disk.es.md}
 * @param language the file's language
 * @param original true for the default-language file, whose list counts for the alert checks;
 *     translations must list the same alerts
 */
public record RunbookAlerts(String pageKey, String file, String language, boolean original, List<AlertDeclaration> alerts) {

  /** The alerts of a parsed runbook page; empty for any other type of page. */
  public static Optional<RunbookAlerts> of(ParsedPage page, String defaultLanguage) {
    if (!(page.meta() instanceof PageMeta.RunbookMeta runbook)) return Optional.empty();
    return Optional.of(new RunbookAlerts(
        page.source().key(), page.source().displayPath(), page.source().language(),
        page.source().language().equals(defaultLanguage), runbook.alerts()));
  }

  public Optional<AlertDeclaration> declaration(String alert) {
    return alerts.stream().filter(a -> a.alert().equals(alert)).findFirst();
  }
}
