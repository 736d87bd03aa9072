package org.fieldguide.browser;

import java.nio.file.Path;
import org.fieldguide.testing.TestSite;

/**
 * A five-language site for search: one runbook translated into every language, with words whose
 * plurals, verb forms and unaccented spellings readers type; a network page that mentions disks
 * only in passing (so ranking shows); and a hardware page only in English (a fallback elsewhere).
 */
final class SearchSite {
  private SearchSite() {}

  static TestSite in(Path dir) {
    return TestSite.in(dir)
        .with("site.yaml", """
            title: Site Host Guides
            base_url: https://guides.example.org/
            default_language: en
            languages:
              en: { name: English }
              es: { name: Español }
              fr: { name: Français }
              pt: { name: Português }
              ar: { name: العربية, direction: rtl }
            """)
        .with("content/_index.md", "---\ntitle: Site Host Guides\n---\nWelcome.\n")
        .with("content/runbooks/_index.md", "---\ntitle: Runbooks\ntype: runbook\n---\n")
        .with("content/runbooks/_index.es.md", "---\ntitle: Procedimientos\n---\n")
        .with("content/runbooks/_index.fr.md", "---\ntitle: Procédures\n---\n")
        .with("content/runbooks/_index.pt.md", "---\ntitle: Procedimentos\n---\n")
        .with("content/runbooks/_index.ar.md", "---\ntitle: إجراءات التشغيل\n---\n")
        .with("content/runbooks/replace-disk.md", """
            ---
            title: Replace a failed disk
            summary: Swap a disk of the RAID array without stopping the server.
            tags: [storage]
            ---
            ## Find the failed disk

            The array controller marks the failed disk with an amber light.

            ```bash
            sudo mdadm --detail /dev/md0
            ```

            ```yaml
            - alert: NodeDiskFailing
              expr: node_disk_io_time_seconds_total > 0.9
            ```
            """)
        .with("content/runbooks/replace-disk.es.md", """
            ---
            title: Reemplazar un disco dañado
            ---
            ## Buscar el disco

            Saque el disco de la bahía. Compruebe los controladores RAID antes de continuar.
            """)
        .with("content/runbooks/replace-disk.fr.md", """
            ---
            title: Remplacer un disque défaillant
            ---
            ## Trouver le disque

            Redémarrez le serveur après le remplacement, puis vérifiez le réseau.
            """)
        .with("content/runbooks/replace-disk.pt.md", """
            ---
            title: Substituir um disco com falha
            ---
            ## Encontrar o disco

            Verifique as instalações elétricas e as fontes de alimentação.
            """)
        .with("content/runbooks/replace-disk.ar.md", """
            ---
            title: استبدال قرص معطّل
            ---
            ## العثور على القرص

            افحص التحديثات قبل أن يبدأ المُستخدِم العمل، وتأكد من أن الشبكة تعمل.
            """)
        .with("content/runbooks/network.md", """
            ---
            title: Network troubleshooting
            ---
            ## Check the uplink

            Ping the gateway first. A full disk on the router can also drop packets.
            """)
        .with("content/hardware/_index.md", "---\ntitle: Hardware\ntype: hardware-guide\n---\n")
        .with("content/hardware/cooling.md", """
            ---
            title: Cooling and airflow
            ---
            Keep the airflow of the rack front to back, and clean the fans every year.
            Racks in the HA room need twice the airflow.
            """);
  }
}
