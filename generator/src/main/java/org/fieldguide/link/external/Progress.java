package org.fieldguide.link.external;

import java.io.PrintStream;

/**
 * Where a long check reports how far it is. Implementations are thread-safe: workers report as
 * they finish. Which implementation fits is the caller's decision (it knows whether output is a
 * terminal and whether it runs in CI).
 */
public interface Progress {

  /** {@code done} of {@code total} addresses are finished, {@code broken} of them broken. */
  void update(int done, int total, int broken);

  /** The run is over; called once, after which updates are ignored. */
  void finish(int done, int total, int broken);

  /** Reports nothing. */
  static Progress none() {
    return new Progress() {
      @Override
      public void update(int done, int total, int broken) {}

      @Override
      public void finish(int done, int total, int broken) {}
    };
  }

  /**
   * Progress for a console: on a terminal ({@code isTty}) one status line redrawn with {@code \r}
   * at most every 100 ms; otherwise (CI logs, pipes) a plain line at every 10 % step or every 5 s.
   */
  static Progress forConsole(PrintStream out, boolean isTty) {
    return isTty ? new TtyProgress(out, System::nanoTime) : new LogProgress(out, System::nanoTime);
  }
}
