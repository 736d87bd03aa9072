package org.fieldguide.diagnostic;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Java's heap running out, told apart from a bug: a site that needs more than the heap's ceiling
 * (the launcher sets one, {@code FIELDGUIDE_MAX_HEAP}) is no mistake of the writer's nor of the
 * tool's, and the writer can act on it. Said the same way by the command line and by {@code serve}.
 */
public final class OutOfHeap {
  private OutOfHeap() {}

  /**
   * Whether {@code e} is the heap running out, thrown as it is or the cause of what a pool's task
   * rethrew ({@code CompletionException}, {@code ExecutionException}). Not every {@link
   * OutOfMemoryError} is: no native thread, or no room for class metadata, is something else.
   */
  public static boolean in(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OutOfMemoryError && t.getMessage() != null
          && (t.getMessage().startsWith("Java heap space") || t.getMessage().startsWith("GC overhead limit exceeded"))) {
        return true;
      }
    }
    return false;
  }

  /** What to tell the writer, without the program's name: the ceiling Java had, and how to raise it. */
  public static String message() {
    return "out of memory: this site needs more than the " + (maxHeap() >> 20) + " MiB of heap Java may use here. Give it more and run the"
        + " command again: FIELDGUIDE_MAX_HEAP=2g ./fieldguide … (or java -Xmx2g … without the launcher).";
  }

  /**
   * The heap's ceiling as set (-Xmx): {@link Runtime#maxMemory} is less by a survivor space
   * under the parallel collector, so it would not be the figure the writer set.
   */
  private static long maxHeap() {
    try {
      return Long.parseLong(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption("MaxHeapSize").getValue());
    } catch (RuntimeException | LinkageError notHotSpot) {
      return Runtime.getRuntime().maxMemory();
    }
  }
}
