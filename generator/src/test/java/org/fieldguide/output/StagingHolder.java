package org.fieldguide.output;

import java.nio.file.Path;

/**
 * A build in another process, for tests of concurrent builds: stages a page in the output folder
 * given as the first argument, prints {@code ready <staging folder>}, and holds its staging folder
 * (and its lock) until its standard input closes. With a second argument {@code as-dead-process},
 * it names its folder after a process that has ended, as a build in another container (another
 * process id space) would appear.
 */
public final class StagingHolder {
  private StagingHolder() {}

  public static void main(String[] args) throws Exception {
    BuildOwner owner = args.length > 1 && args[1].equals("as-dead-process") ? deadOwner() : BuildOwner.current();
    StagedOutput output = StagedOutput.create(Path.of(args[0]), owner, step -> {}, true);
    output.write("index.html", "staged by another build");
    System.out.println("ready " + output.dir().getFileName());
    System.out.flush();
    while (System.in.read() >= 0) {
      // wait for the test to let go
    }
    output.abandon();
  }

  /** The identity of a process that has ended. */
  static BuildOwner deadOwner() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    // A start time no process has, in case the id is given out again meanwhile.
    return new BuildOwner(p.pid(), 1);
  }
}
