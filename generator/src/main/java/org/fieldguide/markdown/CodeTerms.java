package org.fieldguide.markdown;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a code block that a technician would type into search: the commands run in shell
 * blocks ({@code ipmitool}, {@code systemctl}), alert names ({@code alert: NodeDown} and any other
 * CamelCase name such as {@code KubePodCrashLooping}) and metric names ({@code
 * node_filesystem_avail_bytes}). The rest of a code block (addresses, flags, file contents) is
 * left out of the index: it would match almost any query.
 */
public final class CodeTerms {
  private static final Set<String> SCRIPTS = Set.of("", "bash", "sh", "shell", "zsh");
  /** Sessions: commands follow a prompt, other lines are their output. */
  private static final Set<String> SESSIONS = Set.of("console", "shell-session", "terminal");
  /** Words before the command itself, and shell keywords. */
  private static final Set<String> PREFIXES = Set.of(
      "sudo", "doas", "env", "time", "nohup", "exec", "watch", "if", "then", "else", "elif", "fi", "for", "while", "until",
      "do", "done", "case", "esac", "function", "{", "}", "!");
  /** A prompt before a command; {@code #} is root's prompt in a session but a comment in a script. */
  private static final Pattern SESSION_PROMPT = Pattern.compile("^\\s*(?:[$#>%]|PS>)\\s+");
  private static final Pattern SCRIPT_PROMPT = Pattern.compile("^\\s*[$>%]\\s+");
  private static final Pattern COMMAND = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");
  private static final Pattern ALERT = Pattern.compile("\\balert:\\s*['\"]?([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern CAMEL = Pattern.compile("\\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\\b");
  private static final Pattern SNAKE = Pattern.compile("\\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\\b");

  private CodeTerms() {}

  /**
   * @param code the text of the block
   * @param language the block's language as written after the fence ({@code bash}), or empty
   */
  public static List<String> of(String code, String language) {
    Set<String> terms = new LinkedHashSet<>();
    String lang = language.toLowerCase(Locale.ROOT);
    if (SCRIPTS.contains(lang) || SESSIONS.contains(lang)) {
      boolean session = SESSIONS.contains(lang);
      Pattern prompt = session ? SESSION_PROMPT : SCRIPT_PROMPT;
      boolean continued = false;
      for (String line : code.split("\n")) {
        Matcher m = prompt.matcher(line);
        boolean prompted = m.find();
        // The second line of a command split with a backslash holds its arguments, not a command.
        if (!continued && (prompted || !session)) command(prompted ? line.substring(m.end()) : line).ifPresent(terms::add);
        continued = line.stripTrailing().endsWith("\\");
      }
    }
    Matcher alert = ALERT.matcher(code);
    while (alert.find()) terms.add(alert.group(1));
    Matcher camel = CAMEL.matcher(code);
    while (camel.find()) terms.add(camel.group());
    Matcher snake = SNAKE.matcher(code);
    while (snake.find()) terms.add(snake.group());
    return List.copyOf(terms);
  }

  /** The command a shell line (without its prompt) runs: its first word after {@code sudo} and variable assignments. */
  private static java.util.Optional<String> command(String line) {
    String rest = line.strip();
    if (rest.isEmpty() || rest.startsWith("#")) return java.util.Optional.empty();
    for (String word : rest.split("\\s+")) {
      if (PREFIXES.contains(word) || word.matches("[A-Za-z_][A-Za-z0-9_]*=.*") || word.startsWith("-")) continue;
      String name = word.substring(word.lastIndexOf('/') + 1); // /usr/sbin/ipmitool → ipmitool
      return COMMAND.matcher(name).matches() ? java.util.Optional.of(name) : java.util.Optional.empty();
    }
    return java.util.Optional.empty();
  }
}
