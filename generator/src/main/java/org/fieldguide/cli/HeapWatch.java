package org.fieldguide.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryUsage;
import java.util.ArrayDeque;
import java.util.Optional;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Ends a command whose heap is full with the out-of-heap line ({@link CrashReport#outOfHeap}),
 * instead of letting it collect for minutes. Java throws its out-of-memory error only when a
 * collection frees nothing at all; a build whose live data sits just under the ceiling frees a
 * little each time, and goes on. Measured: a first build of 50,000 pages x 3 with a cache folder
 * under a 300 MiB ceiling made 624 full collections in five minutes before Java gave up, and the
 * writer saw nothing but a silent terminal. Java's own limit ({@code -XX:GCTimeLimit}, {@code
 * GCHeapFreeLimit}) did not give up sooner at any setting tried: one of its conditions is a young
 * generation all but full after the full collection, and in that build a fifth of it was free.
 *
 * <p>The watch listens to the collectors' notifications (on a thread of Java's own) and judges
 * each full collection ({@link Judge}). Not for {@code serve}, which keeps watching after a build
 * that failed, with that build's memory free again.
 */
final class HeapWatch {
  private HeapWatch() {}

  /** One full collection as the watch sees it. */
  record Collection(long endMillis, long gcMillisSoFar, long oldAfter, long oldMax) {
    double fullness() {
      return oldMax <= 0 ? 0 : (double) oldAfter / oldMax;
    }
  }

  /**
   * The decision, over the full collections in order: the heap is thrashing when each of the last
   * {@link #RUN} left the old generation at least {@link #FULL} full, and collecting (full and young
   * alike) took at least {@link #SHARE} of the time between the first of them and the last. A
   * build whose live data still fits frees most of the old generation at a full collection;
   * one that grows it toward the ceiling does so a few times, not eight in a row with most of the
   * time spent collecting.
   */
  static final class Judge {
    static final int RUN = 8;
    static final double FULL = 0.9;
    static final double SHARE = 0.5;
    private final ArrayDeque<Collection> run = new ArrayDeque<>();

    /** @return whether the heap is thrashing, after {@code c} */
    boolean thrashing(Collection c) {
      if (c.fullness() < FULL) {
        run.clear();
        return false;
      }
      run.addLast(c);
      if (run.size() > RUN) run.removeFirst();
      if (run.size() < RUN) return false;
      Collection first = run.peekFirst();
      long elapsed = c.endMillis() - first.endMillis();
      long collecting = c.gcMillisSoFar() - first.gcMillisSoFar();
      return elapsed <= 0 || collecting >= SHARE * elapsed;
    }
  }

  /**
   * Starts watching this process's heap {@code after} this call; when it thrashes, {@code crash}
   * says so on {@code err} as for Java's out-of-memory error, and the process ends with its exit
   * code. Where the collectors send no notifications (not HotSpot), nothing is watched.
   */
  static void start(CrashReport crash, PrintWriter err, java.time.Duration after) {
    // Loading Java's management classes and listening cost a short command 2 % of its time (a cold
    // build of 1,000 pages x 3: 75 ms of 3.8 s, 170 ms of CPU, A/B over ten runs); thrash lasts
    // minutes, so the watch starts late, on a thread of its own.
    Thread setUp = new Thread(() -> {
      try {
        Thread.sleep(after.toMillis());
      } catch (InterruptedException e) {
        return;
      }
      watch(crash, err);
    }, "heap-watch");
    setUp.setDaemon(true);
    setUp.start();
  }

  private static void watch(CrashReport crash, PrintWriter err) {
    Judge judge = new Judge();
    Optional<MemoryPoolMXBean> old = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> isOld(p.getName())).findFirst();
    if (old.isEmpty()) return;
    long oldMax = old.get().getUsage().getMax() > 0 ? old.get().getUsage().getMax() : Runtime.getRuntime().maxMemory();
    String oldName = old.get().getName();
    long startMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (!(gc instanceof NotificationEmitter emitter)) continue;
      emitter.addNotificationListener((notification, handback) -> {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) return;
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        // "end of major GC": a full collection, under the parallel and the serial collectors and G1 alike.
        if (!info.getGcAction().contains("major")) return;
        MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().getOrDefault(oldName, null);
        if (after == null) return;
        long max = after.getMax() > 0 ? after.getMax() : oldMax;
        Collection c = new Collection(startMillis + info.getGcInfo().getEndTime(), collectingMillis(), after.getUsed(), max);
        boolean stop;
        synchronized (judge) {
          stop = judge.thrashing(c);
        }
        // The build is stopped where it is, as Ctrl-C would stop it: nothing is published, and
        // the next build sets right a swap of the output folder left half done.
        if (stop) Runtime.getRuntime().halt(crash.outOfHeap(err));
      }, null, null);
    }
  }

  /** The time every collector has spent, young and full, since the process started. */
  private static long collectingMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) sum += Math.max(0, gc.getCollectionTime());
    return sum;
  }

  /** The pools that hold what outlives young collections: "PS Old Gen", "G1 Old Gen", "Tenured Gen". */
  static boolean isOld(String pool) {
    return pool.endsWith("Old Gen") || pool.equals("Tenured Gen");
  }
}
