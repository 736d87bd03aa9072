package org.fieldguide.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fieldguide.diagnostic.OutOfHeap;

/**
 * A failure that is not a writer's mistake (those are diagnostics): a bug, or a machine out of
 * memory or stack. The writer sees one line that says so and how to report it; the stack trace,
 * which means nothing to them and can run to a thousand lines, goes to a file whose path the line
 * gives. The heap running out is told apart: its line says how to give Java more. Exit code 3.
 */
final class CrashReport {
  static final int EXIT_CODE = 3;
  private static final int MAX_DETAIL = 200;

  private final Path folder;

  /** @param folder where trace files are written (the system's temporary folder in use) */
  CrashReport(Path folder) {
    this.folder = folder;
  }

  /** Reports {@code e} on {@code err} in one line, writing the trace to a file; returns the exit code. */
  int report(Throwable e, List<String> args, PrintWriter err) {
    // Not a bug, and nothing a trace would help with. Written without the trace file, which
    // would need memory too.
    if (OutOfHeap.in(e)) return outOfHeap(err);
    String where = writeTrace(e, args).map(p -> " and the file " + p).orElse("");
    err.println("fieldguide: internal error (" + summary(e) + "). This is a bug in fieldguide, not in your site: please report it"
        + " with the command you ran" + where + ".");
    err.flush();
    return EXIT_CODE;
  }

  /**
   * Says on {@code err} that the site needs more heap than Java has, and how to give it more;
   * returns the exit code. For Java's out-of-memory error and for a heap that thrashes ({@link HeapWatch}).
   */
  int outOfHeap(PrintWriter err) {
    err.println("fieldguide: " + OutOfHeap.message());
    err.flush();
    return EXIT_CODE;
  }

  /** The exception's type and the first line of its message, kept short: one line, whatever it holds. */
  static String summary(Throwable e) {
    String message = e.getMessage() == null ? "" : e.getMessage().strip();
    int nl = message.indexOf('\n');
    if (nl >= 0) message = message.substring(0, nl).strip();
    if (message.length() > MAX_DETAIL) message = message.substring(0, MAX_DETAIL) + "…";
    return e.getClass().getName() + (message.isEmpty() ? "" : ": " + message);
  }

  private java.util.Optional<Path> writeTrace(Throwable e, List<String> args) {
    try {
      Files.createDirectories(folder);
      Path file = Files.createTempFile(folder, "fieldguide-crash-", ".txt");
      StringWriter trace = new StringWriter();
      trace.append("fieldguide ").append(Main.version()).append('\n');
      trace.append("command: fieldguide ").append(String.join(" ", args)).append('\n');
      trace.append("java: ").append(System.getProperty("java.version")).append(", ").append(System.getProperty("os.name")).append("\n\n");
      try (PrintWriter w = new PrintWriter(trace)) {
        e.printStackTrace(w);
      }
      Files.writeString(file, trace.toString(), StandardCharsets.UTF_8);
      return java.util.Optional.of(file);
    } catch (IOException | RuntimeException | OutOfMemoryError failed) {
      return java.util.Optional.empty(); // the one line is what matters
    }
  }
}
