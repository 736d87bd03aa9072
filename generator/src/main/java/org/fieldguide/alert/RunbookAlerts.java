package org.fieldguide.alert;

import org.fieldguide.content.SourceFile;
import java.util.List;
import java.util.Optional;
import org.fieldguide.frontmatter.AlertDeclaration;
import org.fieldguide.frontmatter.PageMeta;
import org.fieldguide.frontmatter.ParsedPage;

/**
 * The alerts one runbook file lists in its front matter ({@code alerts:}).
 *
 * @param pageKey the language-neutral page, such as {@code runbooks/replace-failed-disk}
 * @param source the Markdown file
 * @param language the file's language
 * @param original true for the default-language file, whose list counts for the alert checks;
 *     translations must list the same alerts
 */
public record RunbookAlerts(String pageKey, SourceFile source, String language, boolean original, List<AlertDeclaration> alerts) {

  /**
   * The Markdown file, relative to the site folder, such as {@code
   * content/runbooks/replace-failed-disk.es.md}. Made when asked, as {@link SourceFile#displayPath}
   * is: the build keeps every runbook's record to the end, and kept, this text was 5.9 MB of the
   * 218 MB live in a heap dump of a 50,000-page x 3 build (49,467 runbooks).
   */
  public String file() {
    return source.displayPath();
  }

  /** The alerts of a parsed runbook page; empty for any other type of page. */
  public static Optional<RunbookAlerts> of(ParsedPage page, String defaultLanguage) {
    return of(page.source(), page.meta(), defaultLanguage);
  }

  /** The alerts of a runbook file read elsewhere (the build's index); empty for any other type of page. */
  public static Optional<RunbookAlerts> of(SourceFile source, PageMeta meta, String defaultLanguage) {
    if (!(meta instanceof PageMeta.RunbookMeta runbook)) return Optional.empty();
    return Optional.of(new RunbookAlerts(
        source.key(), source, source.language(), source.language().equals(defaultLanguage), runbook.alerts()));
  }

  public Optional<AlertDeclaration> declaration(String alert) {
    return alerts.stream().filter(a -> a.alert().equals(alert)).findFirst();
  }
}
