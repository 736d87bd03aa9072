package org.fieldguide.browser;

import java.nio.file.Path;
import org.fieldguide.testing.TestSite;

/** A three-language site (English, Spanish, Arabic) with a translated and an untranslated page. */
final class LanguageSite {
  private LanguageSite() {}

  static TestSite in(Path dir) {
    return TestSite.in(dir)
        .with("site.yaml", """
            title: Site Host Guides
            base_url: https://guides.example.org/
            default_language: en
            languages:
              en: { name: English }
              es: { name: Español, title: Guías para anfitriones }
              ar: { name: العربية, direction: rtl, title: أدلة مضيفي المواقع }
            """)
        .with("content/_index.md", "---\ntitle: Site Host Guides\n---\nWelcome.\n")
        .with("content/_index.es.md", "---\ntitle: Guías\n---\nBienvenida.\n")
        .with("content/_index.ar.md", "---\ntitle: الأدلة\n---\nمرحبًا.\n")
        .with("content/runbooks/_index.md", "---\ntitle: Runbooks\ntype: runbook\n---\n")
        .with("content/runbooks/deploy.md", "---\ntitle: Deploy a new site\nestimated_time: 1h30m\nrisk: medium\naccess: [Physical access to the rack]\n---\n"
            + "## Rack the server {#rack}\n\nRun this on the console:\n\n```bash\nip -br link show\n```\n\n- [ ] Rack the server\n- [ ] Cable the uplink\n\nSee [disks](disk.md).\n")
        .with("content/runbooks/deploy.es.md", "---\ntitle: Desplegar un sitio nuevo\nestimated_time: 1h30m\nrisk: medium\n---\n## Instalar el servidor {#rack}\n\n- [ ] Instalar el servidor\n")
        .with("content/runbooks/deploy.ar.md", "---\ntitle: نشر موقع جديد\nestimated_time: 1h30m\nrisk: medium\naccess: [وصول مادي إلى الحامل]\n---\n"
            + "## تركيب الخادم في الحامل {#rack}\n\nشغّل هذا الأمر في وحدة التحكم:\n\n```bash\nip -br link show\n```\n\n- [ ] ركّب الخادم\n- [ ] وصّل كابل الشبكة\n\nراجع [الأقراص](disk.md).\n")
        .with("content/runbooks/disk.md", "---\ntitle: Replace a failed disk\n---\n## Find the disk\n\nText.\n");
  }
}
