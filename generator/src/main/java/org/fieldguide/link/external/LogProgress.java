package org.fieldguide.link.external;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Plain progress lines for logs, where {@code \r} would make a mess: one at each new 10 % step,
 * and one at least every 5 s while anything changes.
 */
final class LogProgress implements Progress {
  private static final long INTERVAL = TimeUnit.SECONDS.toNanos(5);

  private final PrintStream out;
  private final LongSupplier nanoTime;
  private long lastPrint;
  private int lastTenth = -1;
  private int lastDone = -1;
  private boolean finished;

  LogProgress(PrintStream out, LongSupplier nanoTime) {
    this.out = out;
    this.nanoTime = nanoTime;
    this.lastPrint = nanoTime.getAsLong();
  }

  @Override
  public synchronized void update(int done, int total, int broken) {
    if (finished || done == lastDone) return;
    long now = nanoTime.getAsLong();
    int tenth = total == 0 ? 10 : (int) (10L * done / total);
    if (tenth > lastTenth || now - lastPrint >= INTERVAL) {
      print(done, total, broken);
      lastTenth = tenth;
      lastPrint = now;
    }
  }

  @Override
  public synchronized void finish(int done, int total, int broken) {
    if (finished) return;
    finished = true;
    if (done != lastDone) print(done, total, broken);
  }

  private void print(int done, int total, int broken) {
    out.println(TtyProgress.line(done, total, broken));
    out.flush();
    lastDone = done;
  }
}
