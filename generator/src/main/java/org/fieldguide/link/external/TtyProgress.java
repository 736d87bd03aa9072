package org.fieldguide.link.external;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/** One status line on a terminal, redrawn in place with {@code \r} at most every 100 ms. */
final class TtyProgress implements Progress {
  private static final long INTERVAL = TimeUnit.MILLISECONDS.toNanos(100);

  private final PrintStream out;
  private final LongSupplier nanoTime;
  private long lastDraw;
  private boolean drawn;
  private int lastLength;
  private boolean finished;

  TtyProgress(PrintStream out, LongSupplier nanoTime) {
    this.out = out;
    this.nanoTime = nanoTime;
  }

  @Override
  public synchronized void update(int done, int total, int broken) {
    if (finished) return;
    long now = nanoTime.getAsLong();
    if (drawn && now - lastDraw < INTERVAL) return;
    draw(line(done, total, broken));
    lastDraw = now;
  }

  @Override
  public synchronized void finish(int done, int total, int broken) {
    if (finished) return;
    finished = true;
    draw(line(done, total, broken));
    out.print('\n');
    out.flush();
  }

  private void draw(String text) {
    // Pad with spaces so a shorter line fully covers the previous one.
    out.print("\r" + text + " ".repeat(Math.max(0, lastLength - text.length())));
    out.flush();
    lastLength = text.length();
    drawn = true;
  }

  static String line(int done, int total, int broken) {
    return "Checked " + done + "/" + total + " external links (" + broken + " broken)";
  }
}
