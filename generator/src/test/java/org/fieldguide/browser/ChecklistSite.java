package org.fieldguide.browser;

import java.nio.file.Path;
import org.fieldguide.testing.TestSite;

/** The inline site of the checklist browser tests: English, Spanish and right-to-left Arabic. */
final class ChecklistSite {
  static final String SITE_YAML =
      """
      title: Test Site
      base_url: https://guides.example.org/
      default_language: en
      languages:
        en: { name: English }
        es: { name: Español }
        ar: { name: العربية, direction: rtl }
      """;

  /** Three items in two lists, one of them nested: {@code en/runbooks/replace-disk/}. */
  static final String REPLACE_DISK =
      """
      ---
      title: Replace a disk
      summary: Swap a failed disk.
      last_reviewed: 2026-09-14
      ---
      Check the array first.

      ## Before you start

      - [ ] Note the serial number from `lsblk`
        - [ ] Photograph the label

      ## Swap it

      - [ ] Pull the failed disk
      """;

  static final String REPLACE_DISK_ES =
      """
      ---
      title: Reemplazar un disco
      ---
      ## Antes de empezar

      - [ ] Anote el número de serie
        - [ ] Fotografíe la etiqueta

      ## Cambiarlo

      - [ ] Retire el disco averiado
      """;

  static final String REPLACE_DISK_AR =
      """
      ---
      title: استبدال قرص
      ---
      ## قبل أن تبدأ

      - [ ] سجّل الرقم التسلسلي
        - [ ] صوّر الملصق

      ## الاستبدال

      - [ ] اسحب القرص المعطوب
      """;

  /** An item published ticked ({@code - [x]}): {@code en/runbooks/defaults/}. */
  static final String DEFAULTS =
      """
      ---
      title: Defaults
      ---
      - [x] Order the replacement
      - [ ] Pull the disk
      """;

  /** Three steps; the insertion test adds a fourth: {@code en/runbooks/insert/}. */
  static final String INSERT =
      """
      ---
      title: Insert
      ---
      - [ ] Alpha
      - [ ] Bravo
      - [ ] Charlie
      """;

  private ChecklistSite() {}

  static TestSite in(Path dir) {
    return TestSite.in(dir)
        .with("site.yaml", SITE_YAML)
        .with("content/runbooks/_index.md", "---\ntitle: Runbooks\ntype: runbook\n---\n- [ ] Read the safety notes\n")
        .with("content/runbooks/replace-disk.md", REPLACE_DISK)
        .with("content/runbooks/replace-disk.es.md", REPLACE_DISK_ES)
        .with("content/runbooks/replace-disk.ar.md", REPLACE_DISK_AR)
        .with("content/runbooks/defaults.md", DEFAULTS)
        .with("content/runbooks/insert.md", INSERT)
        .page("content/runbooks/no-steps.md", "No steps", "Just text.\n");
  }
}
