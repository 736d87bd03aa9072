package org.fieldguide.scaffold;

import java.util.Optional;

/**
 * The texts {@code fieldguide new} writes into a page's outline for the writer to replace. Public
 * so that a check can warn about a page that still carries one. Each text is written exactly
 * once, as a whole front matter value, paragraph or checklist item, so a check compares whole
 * texts, never substrings.
 */
public enum OutlinePlaceholder {
  SUMMARY(Place.FRONT_MATTER, "summary", "One sentence on what this page is for."),
  RUNBOOK_ROLLBACK(Place.FRONT_MATTER, "rollback", "How to undo the change if something goes wrong."),
  RUNBOOK_ESCALATION(Place.FRONT_MATTER, "escalation", "Who to contact, and what to send them."),
  TRAINING_OBJECTIVE(Place.FRONT_MATTER, "objectives", "What the learner can do afterwards"),
  TRAINING_QUESTION(Place.FRONT_MATTER, "questions", "A question that checks the main idea?"),
  TRAINING_ANSWER(Place.FRONT_MATTER, "questions", "Its answer."),
  RUNBOOK_INTRO(Place.PARAGRAPH, null, "Why and when to run this procedure."),
  HARDWARE_INTRO(Place.PARAGRAPH, null, "What this hardware is used for."),
  HARDWARE_SPECS_NOTES(Place.PARAGRAPH, null, "Notes on the table above."),
  TRAINING_INTRO(Place.PARAGRAPH, null, "What this module covers."),
  TRAINING_CONCEPTS(Place.PARAGRAPH, null, "Explanation."),
  PAGE_INTRO(Place.PARAGRAPH, null, "Introduction."),
  PAGE_TEXT(Place.PARAGRAPH, null, "Text."),
  FIRST_STEP(Place.CHECKLIST_ITEM, null, "First step"),
  SECOND_STEP(Place.CHECKLIST_ITEM, null, "Second step"),
  FIRST_EXERCISE_STEP(Place.CHECKLIST_ITEM, null, "First exercise step");

  /** Where in a page the text is written. */
  public enum Place {
    /** The value (or an item of the list value) of a front matter field. */
    FRONT_MATTER,
    /** A paragraph of the body. */
    PARAGRAPH,
    /** The text of a checklist item ({@code - [ ] …}) of the body. */
    CHECKLIST_ITEM
  }

  private final Place place;
  private final String field;
  private final String text;

  OutlinePlaceholder(Place place, String field, String text) {
    this.place = place;
    this.field = field;
    this.text = text;
  }

  public Place place() {
    return place;
  }

  /** The front matter field that holds it, for {@link Place#FRONT_MATTER}. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** The exact text, as {@code new} writes it. */
  public String text() {
    return text;
  }
}
