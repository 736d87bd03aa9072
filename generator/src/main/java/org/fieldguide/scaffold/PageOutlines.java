package org.fieldguide.scaffold;

import static org.fieldguide.scaffold.OutlinePlaceholder.FIRST_EXERCISE_STEP;
import static org.fieldguide.scaffold.OutlinePlaceholder.FIRST_STEP;
import static org.fieldguide.scaffold.OutlinePlaceholder.HARDWARE_INTRO;
import static org.fieldguide.scaffold.OutlinePlaceholder.HARDWARE_SPECS_NOTES;
import static org.fieldguide.scaffold.OutlinePlaceholder.PAGE_INTRO;
import static org.fieldguide.scaffold.OutlinePlaceholder.PAGE_TEXT;
import static org.fieldguide.scaffold.OutlinePlaceholder.RUNBOOK_ESCALATION;
import static org.fieldguide.scaffold.OutlinePlaceholder.RUNBOOK_INTRO;
import static org.fieldguide.scaffold.OutlinePlaceholder.RUNBOOK_ROLLBACK;
import static org.fieldguide.scaffold.OutlinePlaceholder.SECOND_STEP;
import static org.fieldguide.scaffold.OutlinePlaceholder.SUMMARY;
import static org.fieldguide.scaffold.OutlinePlaceholder.TRAINING_ANSWER;
import static org.fieldguide.scaffold.OutlinePlaceholder.TRAINING_CONCEPTS;
import static org.fieldguide.scaffold.OutlinePlaceholder.TRAINING_INTRO;
import static org.fieldguide.scaffold.OutlinePlaceholder.TRAINING_OBJECTIVE;
import static org.fieldguide.scaffold.OutlinePlaceholder.TRAINING_QUESTION;

import java.time.LocalDate;
import java.util.Optional;
import org.fieldguide.frontmatter.ContentType;
import org.fieldguide.frontmatter.PageMeta.Risk;

/**
 * A new page per content type: valid front matter with every field of the type, and a body
 * outline. The texts the writer must replace are {@link OutlinePlaceholder}s; a runbook's risk is
 * never one of them, since a default risk would be read as a decision.
 */
final class PageOutlines {
  private PageOutlines() {}

  static String of(ContentType type, String title, LocalDate today, Optional<Risk> risk) {
    String common = "---\ntitle: " + quoted(title) + "\ntype: " + type.id() + "\nsummary: " + SUMMARY.text() + "\nweight: 100\ntags: []\n";
    return switch (type) {
      case RUNBOOK -> common
          + "estimated_time: 1h\nlast_reviewed: " + today
          + "\nrisk: " + risk.orElseThrow(() -> new IllegalArgumentException("a runbook's risk is the writer's choice")).id()
          + "\nprerequisites: []\naccess: [Physical access to the rack]\n"
          + "tools: [Laptop]\nrollback: " + RUNBOOK_ROLLBACK.text() + "\nescalation: " + RUNBOOK_ESCALATION.text() + "\n---\n"
          + RUNBOOK_INTRO.text() + "\n\n## Before you start {#before-you-start}\n\n- [ ] Tell the site contact you are starting\n\n"
          + "## Steps {#steps}\n\n- [ ] " + FIRST_STEP.text() + "\n- [ ] " + SECOND_STEP.text()
          + "\n\n## Check the result {#check}\n\n- [ ] The server reports to the platform\n";
      case HARDWARE_GUIDE -> common
          + "last_reviewed: " + today + "\nmodel: \"\"\nvendor: \"\"\nstatus: testing\nspecs:\n  CPU: \"\"\n  Memory: \"\"\n  Storage: \"\"\n  Network: \"\"\n---\n"
          + HARDWARE_INTRO.text() + "\n\n## Specifications {#specifications}\n\n" + HARDWARE_SPECS_NOTES.text() + "\n\n"
          + "## Acceptance checks {#acceptance}\n\n- [ ] Serial number recorded\n- [ ] Passes the burn-in test\n";
      case TRAINING_MODULE -> common
          + "estimated_time: 45m\nobjectives: [" + TRAINING_OBJECTIVE.text() + "]\nprerequisites: []\nquestions:\n"
          + "  - question: " + TRAINING_QUESTION.text() + "\n    answer: " + TRAINING_ANSWER.text() + "\n---\n"
          + TRAINING_INTRO.text() + "\n\n## Concepts {#concepts}\n\n" + TRAINING_CONCEPTS.text() + "\n\n## Exercise {#exercise}\n\n- [ ] "
          + FIRST_EXERCISE_STEP.text() + "\n";
      case PAGE -> common + "---\n" + PAGE_INTRO.text() + "\n\n## Section\n\n" + PAGE_TEXT.text() + "\n";
    };
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
