package org.fieldguide.scaffold;

import java.time.LocalDate;
import org.fieldguide.frontmatter.ContentType;

/** A new page per content type: valid front matter with every field of the type, and a body outline. */
final class PageOutlines {
  private PageOutlines() {}

  static String of(ContentType type, String title, LocalDate today) {
    String common = "---\ntitle: " + quoted(title) + "\ntype: " + type.id() + "\nsummary: One sentence on what this page is for.\nweight: 100\ntags: []\n";
    return switch (type) {
      case RUNBOOK -> common
          + "estimated_time: 1h\nlast_reviewed: " + today + "\nrisk: low\nprerequisites: []\naccess: [Physical access to the rack]\n"
          + "tools: [Laptop]\nrollback: How to undo the change if something goes wrong.\nescalation: Who to contact, and what to send them.\n---\n"
          + "Why and when to run this procedure.\n\n## Before you start {#before-you-start}\n\n- [ ] Tell the site contact you are starting\n\n"
          + "## Steps {#steps}\n\n- [ ] First step\n- [ ] Second step\n\n## Check the result {#check}\n\n- [ ] The server reports to the platform\n";
      case HARDWARE_GUIDE -> common
          + "last_reviewed: " + today + "\nmodel: \"\"\nvendor: \"\"\nstatus: testing\nspecs:\n  CPU: \"\"\n  Memory: \"\"\n  Storage: \"\"\n  Network: \"\"\n---\n"
          + "What this hardware is used for.\n\n## Specifications {#specifications}\n\nNotes on the table above.\n\n"
          + "## Acceptance checks {#acceptance}\n\n- [ ] Serial number recorded\n- [ ] Passes the burn-in test\n";
      case TRAINING_MODULE -> common
          + "estimated_time: 45m\nobjectives: [What the learner can do afterwards]\nprerequisites: []\nquestions:\n"
          + "  - question: A question that checks the main idea?\n    answer: Its answer.\n---\n"
          + "What this module covers.\n\n## Concepts {#concepts}\n\nExplanation.\n\n## Exercise {#exercise}\n\n- [ ] First exercise step\n";
      case PAGE -> common + "---\nIntroduction.\n\n## Section\n\nText.\n";
    };
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
