package org.fieldguide.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.fieldguide.index.EngineDigest;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code fieldguide} command. Exit codes: 0 ok, 1 content errors, 2 usage errors, 3 internal
 * errors (one line and a file with the details; never a stack trace on the terminal).
 */
@Command(
    name = "fieldguide",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Builds and checks a multilingual documentation site from Markdown.")
public final class Main implements Runnable {
  /**
   * The commands, in the order help lists them. A run names one of them, and only that one is
   * given to picocli: picocli reads every option of every command it is given through reflection,
   * and its classes are compiled for Java 5, which no class-data sharing archive of Java 17 holds,
   * so that reading runs in the interpreter at every start.
   */
  private static final List<Named> COMMANDS = List.of(
      new Named("build", BuildCommand.class), new Named("check", CheckCommand.class), new Named("check-html", CheckHtmlCommand.class),
      new Named("i18n", I18nCommand.class), new Named("new", NewCommand.class), new Named("serve", ServeCommand.class),
      new Named("alerts", AlertsCommand.class), new Named("schema", SchemaCommand.class), new Named("import", ImportCommand.class));

  /**
   * A command with the name its {@code @Command} gives it (MainTest keeps the two the same). The
   * name is written here because finding the command a run names by reading every command's
   * annotation parsed nine classes' annotations in the interpreter: some 20 ms of every start.
   */
  private record Named(String name, Class<?> type) {}

  /** The commands that read the site's cache (see {@link EngineDigest#startEarly}). */
  private static final java.util.Set<Class<?>> CACHED = java.util.Set.of(BuildCommand.class, CheckCommand.class, ServeCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // Freemarker would otherwise look for a logging library and log template errors twice.
    System.setProperty("freemarker.loggerLibrary", "none");
    CrashReport crash = new CrashReport(Path.of(System.getProperty("java.io.tmpdir")));
    PrintWriter err = new PrintWriter(System.err, true);
    // A thread of a library that dies would otherwise print its stack trace.
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> crash.report(e, List.of(args), err));
    Optional<Class<?>> named = named(args.length > 0 ? args[0] : "");
    // The commands that read the site's cache start on the digest of this code at once, beside picocli.
    if (named.filter(CACHED::contains).isPresent()) EngineDigest.startEarly();
    if (watchesHeap(args)) HeapWatch.start(crash, err, java.time.Duration.ofSeconds(5));
    int exit;
    try {
      exit = commandLine(crash, named).execute(args);
    } catch (Throwable e) {
      // Anything picocli itself lets through (it passes Errors thrown while parsing).
      exit = crash.report(e, List.of(args), err);
    }
    System.exit(exit);
  }

  /** The configured command line, also used by tests. */
  public static CommandLine commandLine() {
    return commandLine(new CrashReport(Path.of(System.getProperty("java.io.tmpdir"))));
  }

  /** The command line, writing the details of internal errors into {@code crash}'s folder. */
  static CommandLine commandLine(CrashReport crash) {
    return commandLine(crash, "");
  }

  /**
   * The command line for a run whose first argument is {@code first}: with only that command when
   * it names one, else with all of them (help, a mistyped name, no command at all).
   */
  static CommandLine commandLine(CrashReport crash, String first) {
    return commandLine(crash, named(first));
  }

  /** The command line with only the command {@code named} when there is one, else with all of them. */
  private static CommandLine commandLine(CrashReport crash, Optional<Class<?>> named) {
    CommandLine cmd = new CommandLine(new Main());
    if (named.isPresent()) {
      cmd.addSubcommand(named.get());
    } else {
      COMMANDS.forEach(c -> cmd.addSubcommand(c.type()));
      cmd.addSubcommand(CommandLine.HelpCommand.class);
    }
    cmd.setExecutionExceptionHandler((e, c, parseResult) -> crash.report(e, parseResult.originalArgs(), c.getErr()));
    // picocli hands Exceptions to the handler above but lets Errors (StackOverflowError) through.
    CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
    cmd.setExecutionStrategy(parseResult -> {
      try {
        return run.execute(parseResult);
      } catch (CommandLine.ExecutionException | CommandLine.ParameterException e) {
        throw e;
      } catch (Error e) {
        return crash.report(e, parseResult.originalArgs(), parseResult.commandSpec().commandLine().getErr());
      }
    });
    return cmd;
  }

  /**
   * Whether the command run with {@code args} is stopped when its heap thrashes ({@link
   * HeapWatch}): a site that outgrows the heap is told so then, not after minutes of collecting.
   * Not {@code serve}, which keeps watching after a failed build (ServeSession says it then).
   */
  static boolean watchesHeap(String... args) {
    return named(args.length > 0 ? args[0] : "").filter(c -> c == ServeCommand.class).isEmpty();
  }

  /** The command {@code first} names, if it names one. */
  private static Optional<Class<?>> named(String first) {
    for (Named c : COMMANDS) if (c.name().equals(first)) return Optional.of(c.type());
    return Optional.empty();
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: use 'fieldguide build' or 'fieldguide check'.");
  }

  /** The version Maven wrote into the jar. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      if (in != null) p.load(in);
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"fieldguide " + version()};
    }
  }
}
