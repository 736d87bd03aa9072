package org.fieldguide.output;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The process a staging folder belongs to, written into the folder's name so that another build
 * can tell a folder in use from one a killed build left behind. The start time guards against a
 * process id the system has given to a newer process since.
 *
 * @param startMillis when the process started (epoch milliseconds), or 0 when the system does not
 *     say; then any live process with that id counts as the owner
 */
record BuildOwner(long pid, long startMillis) {
  private static final Pattern ID = Pattern.compile("(\\d+)-(\\d+)-.*");

  /** This process. */
  static BuildOwner current() {
    ProcessHandle self = ProcessHandle.current();
    return new BuildOwner(self.pid(), self.info().startInstant().map(i -> i.toEpochMilli()).orElse(0L));
  }

  /** {@code <pid>-<start>}, the start of a staging folder's name after its prefix. */
  String id() {
    return pid + "-" + startMillis;
  }

  /** The owner named by a staging folder's name after its prefix, if it has that form. */
  static Optional<BuildOwner> parse(String id) {
    Matcher m = ID.matcher(id);
    if (!m.matches()) return Optional.empty();
    try {
      return Optional.of(new BuildOwner(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Whether the process is still running (as far as this process can see). */
  boolean isRunning() {
    Optional<ProcessHandle> handle = ProcessHandle.of(pid);
    if (handle.isEmpty() || !handle.get().isAlive()) return false;
    if (startMillis == 0) return true;
    // A process started at another time has only reused the id.
    return handle.get().info().startInstant().map(i -> i.toEpochMilli() == startMillis).orElse(true);
  }
}
