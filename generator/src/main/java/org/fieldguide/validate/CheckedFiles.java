package org.fieldguide.validate;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.fieldguide.concurrent.DataText;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.Severity;
import org.fieldguide.diagnostic.SourcePos;

/**
 * What the link checks and writer warnings found in each Markdown file, kept from one build to
 * the next under the {@code link.LinkUniverse} digest they were found in. A file whose bytes did
 * not change, in a site whose link facts did not change, has the diagnostics it had: a rebuild
 * after a one-page edit checks that page's links only, instead of every link of the site (a
 * tenth of such a rebuild's time at 10,000 pages × 3).
 *
 * <p>Made per build: the last build's findings ({@link #read}, {@link Saved#in}), and this
 * build's, recorded as files are checked or taken over, saved for the next ({@link #writeTo}).
 * Thread-safe.
 */
public final class CheckedFiles {
  /** Changes when the file's layout or what a finding holds changes. */
  private static final String FORMAT = "checked-files-1";

  /** What was found in one file, whose bytes had {@code digest}. */
  private record Found(String digest, List<Diagnostic> diagnostics) {}

  private final String universe;
  private final Map<String, Found> before;
  private final Map<String, Found> now = new ConcurrentHashMap<>();
  /** Whether this build checked any file anew: otherwise the saved findings are still the last build's. */
  private volatile boolean checkedAnew;

  private CheckedFiles(String universe, Map<String, Found> before) {
    this.universe = universe;
    this.before = before;
  }

  /** Nothing known: every file is checked. */
  private static CheckedFiles none(String universe) {
    return new CheckedFiles(universe, Map.of());
  }

  /**
   * What {@code file} holds, whatever universe it was made in; nothing when it is missing,
   * unreadable or damaged (then every file is checked, as without a cache: a cache file never
   * stops a build). A build reads it ahead while the site is assembled: the universe is a digest
   * of the assembled site ({@link Saved#in}).
   */
  public static Saved read(Path file) {
    if (!Files.isRegularFile(file)) return Saved.NONE;
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new org.fieldguide.concurrent.SingleThreadInput(raw, 1 << 16))) {
      if (!DataText.read(in).equals(FORMAT)) return Saved.NONE;
      String universe = DataText.read(in);
      int files = in.readInt();
      Map<String, Found> found = new HashMap<>(files * 4 / 3 + 1);
      for (int i = 0; i < files; i++) {
        String path = DataText.read(in);
        String digest = DataText.read(in);
        int n = in.readInt();
        List<Diagnostic> list = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
          Severity severity = Severity.values()[in.readUnsignedByte()];
          SourcePos pos = new SourcePos(DataText.read(in), in.readInt(), in.readInt());
          list.add(new Diagnostic(severity, pos, DataText.read(in)));
        }
        found.put(path, new Found(digest, List.copyOf(list)));
      }
      return new Saved(universe, found);
    } catch (IOException | RuntimeException e) {
      // Cut short (EOFException), or damaged: a negative count, an unknown severity.
      return Saved.NONE;
    }
  }

  /** A findings file as read, with the universe its findings were made in. */
  public static final class Saved {
    static final Saved NONE = new Saved(null, Map.of());

    private final String universe;
    private final Map<String, Found> found;

    private Saved(String universe, Map<String, Found> found) {
      this.universe = universe;
      this.found = found;
    }

    /** The findings, when they were made in {@code universe}; else none. */
    public CheckedFiles in(String universe) {
      return universe.equals(this.universe) ? new CheckedFiles(universe, found) : none(universe);
    }
  }


  /**
   * What the last build found in the file at {@code contentPath}, if its bytes had {@code digest}
   * then; recorded as this build's finding too.
   */
  public Optional<List<Diagnostic>> takeOver(String contentPath, String digest) {
    Found f = before.get(contentPath);
    if (f == null || !f.digest().equals(digest)) return Optional.empty();
    now.put(contentPath, f);
    return Optional.of(f.diagnostics());
  }

  /** What this build found in the file at {@code contentPath}, whose bytes have {@code digest}. */
  public void record(String contentPath, String digest, List<Diagnostic> diagnostics) {
    checkedAnew = true;
    // A finding without a position cannot be saved: that file is checked again next time.
    if (diagnostics.stream().anyMatch(d -> d.pos() == null)) return;
    now.put(contentPath, new Found(digest, List.copyOf(diagnostics)));
  }

  /** A file checked anew whose findings are not kept (too many to know them all): checked again next time. */
  public void notKept() {
    checkedAnew = true;
  }

  /** Whether what {@link #writeTo} writes differs from what was loaded: worth saving. */
  public boolean changed() {
    return checkedAnew || now.size() != before.size();
  }

  /**
   * This build's findings, for the next build, in the order of {@code files} (the build's own
   * order, so the same findings give the same bytes; sorting them here was a third of the time
   * this file took to write at 10,000 pages × 3).
   */
  public void writeTo(DataOutputStream out, List<String> files) throws IOException {
    DataText.write(out, FORMAT);
    DataText.write(out, universe);
    List<Map.Entry<String, Found>> sorted = new ArrayList<>(now.size());
    for (String file : files) {
      Found f = now.get(file);
      if (f != null) sorted.add(Map.entry(file, f));
    }
    out.writeInt(sorted.size());
    for (Map.Entry<String, Found> e : sorted) {
      DataText.write(out, e.getKey());
      DataText.write(out, e.getValue().digest());
      List<Diagnostic> list = e.getValue().diagnostics();
      out.writeInt(list.size());
      for (Diagnostic d : list) {
        out.writeByte(d.severity().ordinal());
        DataText.write(out, d.pos().file());
        out.writeInt(d.pos().line());
        out.writeInt(d.pos().column());
        DataText.write(out, d.message());
      }
    }
  }
}
