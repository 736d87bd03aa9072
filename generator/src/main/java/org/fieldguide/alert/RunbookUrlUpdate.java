package org.fieldguide.alert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fieldguide.yaml.YamlReader;

/**
 * {@code fieldguide alerts --write-runbook-urls}: sets every alert's runbook_url, in every rule
 * file, to the published URL of the one runbook that lists it. Alerts without exactly one runbook
 * are left as they are ({@code check} reports them). A file is written only when it changes, and
 * replaced in one step, so an interrupted run never leaves half a file.
 */
public final class RunbookUrlUpdate {
  private final RunbookUrlWriter writer;

  public RunbookUrlUpdate(YamlReader yaml) {
    this.writer = new RunbookUrlWriter(new RuleFileReader(yaml));
  }

  /** The changes made to one file. */
  public record FileChanges(String file, List<RunbookUrlWriter.Change> changes) {}

  /**
   * Rewrites the rule files of {@code site} (found under {@code siteDir}); call only when reading
   * them reported no errors.
   *
   * @return the files that changed, sorted by path
   */
  public List<FileChanges> run(Path siteDir, AlertSite site, List<AlertListing.Entry> entries) throws IOException {
    Map<String, String> urlByAlert = new TreeMap<>();
    for (AlertListing.Entry e : entries) e.runbook().ifPresent(r -> urlByAlert.put(e.alert(), r.url()));
    List<FileChanges> out = new ArrayList<>();
    for (RuleFile f : site.ruleFiles()) {
      Path file = siteDir.resolve(f.path());
      String text = Files.readString(file, StandardCharsets.UTF_8);
      RunbookUrlWriter.Result result = writer.rewrite(text, urlByAlert);
      if (result.changes().isEmpty()) continue;
      replace(file, result.text());
      out.add(new FileChanges(f.path(), result.changes()));
    }
    return List.copyOf(out);
  }

  private static void replace(Path file, String text) throws IOException {
    Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
      if (posix != null) Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
