package org.fieldguide.browser;

import java.nio.file.Path;
import org.fieldguide.testing.TestSite;

/**
 * The inline site of the offline tests: English and Spanish, a section of two runbooks (so pages
 * have a breadcrumb, navigation and a next page), the first with checklist steps.
 */
final class OfflineSiteFixture {
  private OfflineSiteFixture() {}

  static TestSite in(Path dir) {
    return TestSite.in(dir)
        .with("content/_index.md", "---\ntitle: Site Host Guides\n---\nWelcome.\n")
        .with("content/_index.es.md", "---\ntitle: Guías para anfitriones\n---\nBienvenida.\n")
        .with("content/runbooks/_index.md", "---\ntitle: Runbooks\ntype: runbook\n---\n")
        .with("content/runbooks/_index.es.md", "---\ntitle: Procedimientos\n---\n")
        .with("content/runbooks/a-replace-disk.md", """
            ---
            title: Replace a disk
            ---
            ## Before you start

            - [ ] Note the serial number
            - [ ] Pull the failed disk
            """)
        .with("content/runbooks/a-replace-disk.es.md", """
            ---
            title: Reemplazar un disco
            ---
            ## Antes de empezar

            - [ ] Anote el número de serie
            - [ ] Retire el disco averiado
            """)
        .with("content/runbooks/b-network.md", """
            ---
            title: Restore the network
            ---
            Check the uplink cable.
            """)
        .with("content/runbooks/b-network.es.md", """
            ---
            title: Restablecer la red
            ---
            Revise el cable de enlace ascendente y los conmutadores.
            """);
  }
}
