package org.fieldguide.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code fieldguide} command. Exit codes: 0 ok, 1 content errors, 2 usage errors.
 */
@Command(
    name = "fieldguide",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Builds and checks a multilingual documentation site from Markdown.",
    subcommands = {
      BuildCommand.class, CheckCommand.class, CheckHtmlCommand.class, I18nCommand.class, NewCommand.class, ServeCommand.class,
      AlertsCommand.class, SchemaCommand.class, ImportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // Freemarker would otherwise look for a logging library and log template errors twice.
    System.setProperty("freemarker.loggerLibrary", "none");
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also used by tests. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main()).setExecutionExceptionHandler(new InternalErrorHandler());
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

  /**
   * A failure that is not a writer's mistake (those are diagnostics): a bug or a broken disk.
   * Shown briefly, with the stack trace only under {@code --verbose}, and exit code 3.
   */
  static final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
      cmd.getErr().println("fieldguide: internal error: " + e + ". Please report it with the command you ran.");
      if (parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose")) {
        e.printStackTrace(cmd.getErr());
      }
      return 3;
    }
  }
}
