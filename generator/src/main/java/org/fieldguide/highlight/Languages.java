package org.fieldguide.highlight;

import static org.fieldguide.highlight.Token.COMMENT;
import static org.fieldguide.highlight.Token.FUNCTION;
import static org.fieldguide.highlight.Token.KEYWORD;
import static org.fieldguide.highlight.Token.NAME;
import static org.fieldguide.highlight.Token.NUMBER;
import static org.fieldguide.highlight.Token.STRING;
import static org.fieldguide.highlight.Token.VARIABLE;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The lexers of the languages our runbooks use. They aim at what helps a reader at a terminal
 * (where a command starts, which part is an option, a variable, a string or a comment), not at a
 * full grammar: a construct they do not know is left plain, never mangled. Every quantifier that
 * could meet a long run of text is possessive or bounded, so no input makes them backtrack.
 */
final class Languages {
  private Languages() {}

  // Java tries a bounded lookbehind at each length it allows, and the joined pattern is tried at
  // every character of the code: on shell and YAML blocks that was most of the time spent reading
  // pages. Each costly lookbehind below is therefore put behind a one-character one that only
  // restates what it requires of the character just before (one of a few, or none at a line's
  // start), which rules out the middle of every word at once. What matches is unchanged.
  /** Line terminators besides \s's, where a MULTILINE ^ also matches. */
  private static final String OTHER_LINE_ENDS = "\\u0085\\u2028\\u2029";

  // Where a shell command word can start: a line's start (not a continuation line), after a
  // pipe, list operator or subshell, or after words that take a command (sudo, then, do, …).
  private static final String COMMAND_POSITION =
      "(?<![^\\s|&;(`" + OTHER_LINE_ENDS + "])(?:(?<=^[ \\t]{0,32})(?<!\\\\\\n[ \\t]{0,32})|(?<=[|&;(`][ \\t]{0,8})|(?<=\\$\\([ \\t]{0,4})"
          + "|(?<=\\b(?:sudo|then|do|else|exec|time|nohup|xargs|watch)[ \\t]{1,8}))";

  static Lexer shell() {
    return new Lexer(
        List.of(
            new TokenRule("(?<![^\\s;|&(])#[^\\n]*+", COMMENT),
            new TokenRule("\\$'(?:[^'\\\\]|\\\\.)*+'|'[^']*+'|\"(?:[^\"\\\\]|\\\\.)*+\"", STRING),
            new TokenRule("\\$\\{[^}\\n]*+\\}|\\$[A-Za-z_]\\w*+|\\$[0-9@#?*!$-]", VARIABLE),
            new TokenRule(COMMAND_POSITION + "(?:if|then|else|elif|fi|for|while|until|do|done|case|esac|function|return|export|local)(?![\\w.-])",
                KEYWORD),
            new TokenRule(COMMAND_POSITION + "[A-Za-z_]\\w*+(?==)", NAME),
            new TokenRule(COMMAND_POSITION + "[A-Za-z_./~][\\w./+:@~-]*+", FUNCTION),
            new TokenRule("(?<=\\s)--?[A-Za-z0-9][\\w.-]*+", NAME)),
        Pattern.MULTILINE);
  }

  // A YAML value starts after "key: ", "- ", "[" or ",".
  private static final String YAML_VALUE = "(?<=[ \\t\\[,])(?<=:[ \\t]{1,8}|^[ \\t]{0,64}-[ \\t]{1,8}|\\[[ \\t]{0,8}|,[ \\t]{0,8})";
  private static final String YAML_VALUE_END = "(?=[ \\t]*+(?:$|#|,|\\]|\\}))";

  static Lexer yaml() {
    return new Lexer(
        List.of(
            new TokenRule("(?<![^\\s])#[^\\n]*+", COMMENT),
            new TokenRule("\"(?:[^\"\\\\\\n]|\\\\.)*+\"|'(?:[^'\\n]|'')*+'", STRING),
            new TokenRule("^(?:---|\\.\\.\\.)(?=[ \\t]|$)", KEYWORD),
            new TokenRule("(?<![^\\s" + OTHER_LINE_ENDS + "])(?<=^[ \\t]{0,64}|^[ \\t]{0,64}-[ \\t]{1,4}|^[ \\t]{0,64}-[ \\t]{1,4}-[ \\t]{1,4})[^\\s#'\"{}\\[\\],&*!|>%@`-][^\\n:#]*+(?=:(?:[ \\t]|$))", NAME),
            new TokenRule("(?<=[\\s:\\[,])[&*][\\w-]++|(?<=[\\s:\\[,])!!?[\\w-]*+", VARIABLE),
            new TokenRule(YAML_VALUE + "(?:true|false|True|False|null|Null|~)" + YAML_VALUE_END, KEYWORD),
            new TokenRule(YAML_VALUE + "[-+]?(?:\\d[\\d_]*+(?:\\.\\d++)?|\\.\\d++)(?:[eE][-+]?\\d++)?" + YAML_VALUE_END, NUMBER)),
        Pattern.MULTILINE);
  }

  static Lexer json() {
    return new Lexer(
        List.of(
            new TokenRule("\"(?:[^\"\\\\\\n]|\\\\.)*+\"(?=\\s*+:)", NAME),
            new TokenRule("\"(?:[^\"\\\\\\n]|\\\\.)*+\"", STRING),
            new TokenRule("-?(?:0|[1-9]\\d*+)(?:\\.\\d++)?(?:[eE][-+]?\\d++)?", NUMBER),
            new TokenRule("\\b(?:true|false|null)\\b", KEYWORD)),
        0);
  }

  static Lexer promql() {
    return new Lexer(
        List.of(
            new TokenRule("#[^\\n]*+", COMMENT),
            new TokenRule("\"(?:[^\"\\\\\\n]|\\\\.)*+\"|'(?:[^'\\\\\\n]|\\\\.)*+'|`[^`]*+`", STRING),
            // (?<!\\w): try names at the start of a word only, not at each of its letters.
            new TokenRule("(?<!\\w)[a-zA-Z_]\\w*+(?=\\s*+(?:=~|!~|!=|=(?!=)))", NAME),
            new TokenRule("\\b(?:sum|min|max|avg|group|stddev|stdvar|count|count_values|bottomk|topk|quantile|limitk|limit_ratio)"
                + "(?=\\s*+(?:\\(|by\\b|without\\b))"
                + "|\\b(?:by|without|on|ignoring|group_left|group_right|offset|bool|and|or|unless|atan2)\\b", KEYWORD),
            new TokenRule("(?<!\\w)[a-zA-Z_]\\w*+(?=\\s*+\\()", FUNCTION),
            new TokenRule("\\b\\d++(?:ms|[smhdwy])(?:\\d++(?:ms|[smhdwy]))*+\\b|\\b\\d++(?:\\.\\d++)?(?:[eE][-+]?\\d++)?\\b|\\b(?:Inf|NaN)\\b",
                NUMBER),
            new TokenRule("\\$\\w++|\\{\\{[^}\\n]*+\\}\\}", VARIABLE)),
        0);
  }

  static Lexer ini() {
    return new Lexer(
        List.of(
            new TokenRule("(?<=^[ \\t]{0,32})[;#][^\\n]*+", COMMENT),
            new TokenRule("(?<=^[ \\t]{0,32})\\[[^\\]\\n]*+\\]", KEYWORD),
            new TokenRule("(?<=^[ \\t]{0,32})[^\\s;#\\[=][^=\\n]*+(?==)", NAME),
            new TokenRule("\"(?:[^\"\\\\\\n]|\\\\.)*+\"|'[^'\\n]*+'", STRING),
            new TokenRule("(?<==[ \\t]{0,8})(?:true|false|yes|no|on|off)(?=[ \\t]*+$)", KEYWORD),
            new TokenRule("(?<==[ \\t]{0,8})-?\\d++(?:\\.\\d++)?(?=[ \\t]*+$)", NUMBER),
            new TokenRule("\\$\\{[^}\\n]*+\\}|%\\w", VARIABLE)),
        Pattern.MULTILINE);
  }

  static Lexer python() {
    return new Lexer(
        List.of(
            new TokenRule("#[^\\n]*+", COMMENT),
            new TokenRule("(?<!\\w)(?:[rRbBuUfF]{1,2})?(?:\"\"\"[\\s\\S]*?\"\"\"|'''[\\s\\S]*?'''|\"(?:[^\"\\\\\\n]|\\\\.)*+\"|'(?:[^'\\\\\\n]|\\\\.)*+')",
                STRING),
            new TokenRule("@[\\w.]++", FUNCTION),
            new TokenRule("\\b(?:False|None|True|and|as|assert|async|await|break|class|continue|def|del|elif|else|except|finally|for"
                + "|from|global|if|import|in|is|lambda|nonlocal|not|or|pass|raise|return|try|while|with|yield)\\b", KEYWORD),
            new TokenRule("(?<=\\b(?:def|class)[ \\t]{1,8})\\w++", FUNCTION),
            new TokenRule("\\b(?:print|len|range|open|int|str|float|bool|dict|list|set|tuple|isinstance|enumerate|zip|sorted|min|max"
                + "|sum|any|all|super|type|input|format|repr|round|abs|map|filter)(?=\\()", FUNCTION),
            new TokenRule("\\b(?:0[xX][\\da-fA-F_]++|0[oO][0-7_]++|0[bB][01_]++|\\d[\\d_]*+(?:\\.\\d[\\d_]*+)?(?:[eE][-+]?\\d++)?j?)\\b",
                NUMBER)),
        0);
  }
}
