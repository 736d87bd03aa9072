package org.fieldguide.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real {@code fieldguide serve} in a JVM of its own, as a writer runs it: started on port 0 with
 * the classpath of the tests, its address read from the line it prints. Its temporary folder is
 * {@code tmp} (through {@code java.io.tmpdir}), so a test can see that stopping removes the build.
 */
final class ServeProcess implements AutoCloseable {
  private static final Pattern SERVING = Pattern.compile("fieldguide: serving (http://\\S+) \\(press Ctrl-C to stop\\)");
  /** A bound for waits, so a broken server fails the test instead of hanging the build. */
  private static final long WAIT_NANOS = TimeUnit.MINUTES.toNanos(3);

  private final Process process;
  private final Lines out;
  private final Lines err;
  private final URI url;

  private ServeProcess(Process process) throws IOException {
    this.process = process;
    this.out = new Lines(process.getInputStream());
    this.err = new Lines(process.getErrorStream());
    String line = out.await(l -> SERVING.matcher(l).matches(), 0);
    Matcher m = SERVING.matcher(line);
    if (!m.matches()) throw new IllegalStateException(line);
    this.url = URI.create(m.group(1));
  }

  static ServeProcess start(Path site, Path tmp, String... args) throws IOException {
    Files.createDirectories(tmp);
    List<String> command = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse("java"),
        "-Djava.io.tmpdir=" + tmp, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"),
        "org.fieldguide.cli.Main", "serve", "--site", site.toString(), "--port", "0"));
    command.addAll(List.of(args));
    return new ServeProcess(new ProcessBuilder(command).start());
  }

  URI url() {
    return url;
  }

  URI url(String path) {
    return url.resolve(path);
  }

  long pid() {
    return process.pid();
  }

  /** Stdout lines printed so far. */
  List<String> out() {
    return out.all();
  }

  /** Waits for a stdout line after the first {@code skip} lines that matches; returns it. */
  String awaitOut(Predicate<String> condition, int skip) {
    return out.await(condition, skip);
  }

  String awaitErr(Predicate<String> condition, int skip) {
    return err.await(condition, skip);
  }

  int outCount() {
    return out.all().size();
  }

  int errCount() {
    return err.all().size();
  }

  /** Sends {@code signal} (such as {@code INT} for Ctrl-C) and waits for the exit; returns the exit code. */
  int signal(String signal) throws IOException, InterruptedException {
    new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).inheritIO().start().waitFor();
    if (!process.waitFor(3, TimeUnit.MINUTES)) throw new IllegalStateException("serve did not stop on SIG" + signal);
    out.drain();
    return process.exitValue();
  }

  /** True when this process ignores SIGINT (inherited from a shell that started the tests in the background). */
  boolean ignoresInterrupt() throws IOException {
    Path status = Path.of("/proc/" + process.pid() + "/status");
    if (!Files.exists(status)) return false;
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("SigIgn:")) return (Long.parseLong(line.substring(7).trim(), 16) & 0x2) != 0;
    }
    return false;
  }

  @Override
  public void close() throws InterruptedException {
    if (!process.isAlive()) return;
    process.destroy();
    if (!process.waitFor(1, TimeUnit.MINUTES)) process.destroyForcibly();
  }

  /** The lines of one output stream, read on a thread of their own so the process never blocks on a full pipe. */
  private static final class Lines {
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;
    private boolean ended;

    Lines(InputStream in) {
      reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          for (String line = r.readLine(); line != null; line = r.readLine()) add(line);
        } catch (IOException e) {
          // The process ended.
        } finally {
          end();
        }
      });
      reader.setDaemon(true);
      reader.start();
    }

    private synchronized void add(String line) {
      System.out.println("[serve] " + line);
      lines.add(line);
      notifyAll();
    }

    private synchronized void end() {
      ended = true;
      notifyAll();
    }

    synchronized List<String> all() {
      return List.copyOf(lines);
    }

    void drain() throws InterruptedException {
      reader.join(TimeUnit.MINUTES.toMillis(1));
    }

    synchronized String await(Predicate<String> condition, int skip) {
      long until = System.nanoTime() + WAIT_NANOS;
      int next = skip;
      while (true) {
        for (; next < lines.size(); next++) {
          if (condition.test(lines.get(next))) return lines.get(next);
        }
        long left = until - System.nanoTime();
        if (ended || left <= 0) throw new IllegalStateException("serve never printed the line awaited; it printed: " + lines);
        try {
          wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
  }
}
