package org.fieldguide.theme;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.SourcePos;

/**
 * Stops a template whose elements nest deeper than any page needs (a macro or include that calls
 * itself without end) before Java's stack runs out, and remembers where it was, so the writer
 * gets the template, line and column instead of a {@link StackOverflowError}. One guard per
 * rendering: it follows one {@link Environment}'s elements as Freemarker enters and leaves them.
 */
final class NestingGuard implements TemplateProcessingTracer {
  /** The default theme nests about 20 deep; rendering on a build thread (1 MB stack) ran out of stack at about 2,700. */
  static final int MAX_DEPTH = 300;

  /**
   * The elements open, outermost first, in {@code open[0..depth)}: an array, not a deque, as this
   * is asked on entering and leaving every element of every page (a few thousand a page), and a
   * deque's push, pop and size were 7 % of running the templates in a profile of check.
   */
  private final TracedElement[] open = new TracedElement[MAX_DEPTH + 1];
  private int depth;
  private TracedElement blamed;

  /** Thrown from inside Freemarker when the nesting passes {@link #MAX_DEPTH}. */
  static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooDeep() {
      super("template elements nest more than " + MAX_DEPTH + " deep", null, false, false);
    }
  }

  @Override
  public void enterElement(Environment env, TracedElement element) {
    open[depth++] = element;
    if (depth > MAX_DEPTH) {
      blamed = mostRepeated();
      depth--;
      throw new TooDeep();
    }
  }

  @Override
  public void exitElement(Environment env, TracedElement element) {
    if (depth > 0) open[--depth] = null;
  }

  /**
   * The element that occurs most often among those open: in a loop, its call (a macro call or an
   * include) rather than the macro or template entered, which repeats as often. Of equal ones,
   * the innermost.
   */
  private TracedElement mostRepeated() {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < depth; i++) counts.merge(key(open[i]), 1, Integer::sum);
    TracedElement best = open[depth - 1];
    int bestScore = -1;
    for (int i = depth - 1; i >= 0; i--) {
      TracedElement e = open[i];
      // The call of a loop can occur once less than what it enters (the first call is elsewhere).
      int score = counts.get(key(e)) * 2 + (isCall(e) ? 3 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    return best;
  }

  private static String key(TracedElement e) {
    // With the description: a template's root and its first element both begin at 1:1.
    return e.getTemplate().getSourceName() + ":" + e.getBeginLine() + ":" + e.getBeginColumn() + " " + e.getDescription();
  }

  private static boolean isCall(TracedElement e) {
    String d = String.valueOf(e.getDescription());
    return d.startsWith("@") || d.startsWith("#include") || d.startsWith("#import") || d.startsWith("#nested");
  }

  /**
   * The diagnostic for a rendering stopped by this guard or by a {@link StackOverflowError}.
   *
   * @param topTemplate the display name of the template being rendered, for when no element is known
   * @param displayName turns a template's name into its display name along the theme chain
   */
  Diagnostic failure(String topTemplate, UnaryOperator<String> displayName) {
    String message = "templates nest too deep here (more than " + MAX_DEPTH + " levels, or more than the stack holds): a macro or an"
        + " include probably calls itself without end. Give it a condition that stops it.";
    // After a StackOverflowError the elements still open tell where it happened.
    TracedElement at = blamed != null ? blamed : depth == 0 ? null : mostRepeated();
    if (at == null) return Diagnostic.error(SourcePos.file(topTemplate), message);
    SourcePos pos = new SourcePos(displayName.apply(at.getTemplate().getSourceName()), at.getBeginLine(), at.getBeginColumn());
    return Diagnostic.error(pos, message);
  }
}
