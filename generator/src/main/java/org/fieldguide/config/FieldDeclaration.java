package org.fieldguide.config;

import java.util.List;
import org.fieldguide.diagnostic.SourcePos;

/**
 * A front-matter field the site adds to the built-in ones, declared under {@code front_matter:
 * fields:} in {@code site.yaml}. Pages that have it pass its value to templates as {@code
 * page.extra.<name>}.
 *
 * @param appliesTo where the field may be written: content type ids and {@code section} (for
 *     {@code _index.md}); empty means everywhere
 * @param description shown by editors through the generated JSON schemas; may be empty
 * @param pos where it is declared, for messages that send the writer to site.yaml
 */
public record FieldDeclaration(String name, FieldType type, List<String> appliesTo, String description, SourcePos pos) {

  /**
   * The places a field can be declared for: the content types and {@code section}. Kept here, not
   * taken from the front-matter stage, because configuration is read before it; a test keeps the
   * two in step.
   */
  public static final List<String> PLACES = List.of("page", "runbook", "hardware-guide", "training-module", "section");

  /**
   * The front-matter fields fieldguide itself reads, in every content type, which a site cannot
   * declare again. A test keeps this list in step with the front-matter reader.
   */
  public static final List<String> BUILT_IN = List.of(
      "title", "summary", "weight", "tags", "draft", "estimated_time", "last_reviewed", "source_hash", "permalink", "url",
      "aliases", "type", "risk", "prerequisites", "access", "tools", "rollback", "escalation", "alerts", "model", "vendor", "status",
      "specs", "objectives", "questions");

  /** Whether a page of {@code place} (a content type id, or {@code section}) may have the field. */
  public boolean appliesTo(String place) {
    return appliesTo.isEmpty() || appliesTo.contains(place);
  }
}
