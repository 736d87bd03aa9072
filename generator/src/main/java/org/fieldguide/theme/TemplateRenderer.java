package org.fieldguide.theme;

import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fieldguide.concurrent.Reusable;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.IoReason;
import org.fieldguide.diagnostic.SourcePos;

/**
 * Stage 6: renders view records with Freemarker {@code .ftlh} templates (HTML auto-escaping) and
 * {@code .ftlx} (XML escaping, for the sitemap).
 *
 * <p>The {@link Configuration} is set up once here and never changed, which Freemarker requires
 * for sharing it between threads; {@link Template#process} is then safe to call concurrently.
 */
public final class TemplateRenderer {
  private final Configuration freemarker;
  private final Theme theme;
  private final java.util.Map<List<String>, Optional<String>> chosen = new java.util.concurrent.ConcurrentHashMap<>();

  public TemplateRenderer(Theme theme) {
    this.theme = theme;
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    List<TemplateLoader> loaders =
        theme.roots().stream().map(r -> (TemplateLoader) new PathTemplateLoader(r.dir().resolve("templates"))).toList();
    cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setLocale(Locale.ROOT);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setLocalizedLookup(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setNumberFormat("computer");
    cfg.setObjectWrapper(new ViewObjectWrapper());
    // A renderer lives while its theme is unchanged (an edited template makes a new one), so a
    // template once parsed is never checked against its file again: by default Freemarker looks
    // at the file's time every 5 seconds, for each include, on every page.
    cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    // Looked up for every include of every page, from every thread: a map without a lock (the
    // default storage synchronises each lookup). A theme has tens of templates, all kept.
    cfg.setCacheStorage(new freemarker.cache.StrongCacheStorage());
    this.freemarker = cfg;
  }

  /** The first template of {@code candidates} that the theme chain has, such as runbook → page. */
  public Optional<String> firstExisting(List<String> candidates) {
    // Asked for every page; the theme's files do not change while this renderer lives.
    return chosen.computeIfAbsent(candidates, c -> c.stream().filter(t -> theme.find("templates/" + t).isPresent()).findFirst());
  }

  /**
   * Renders {@code template} with {@code model}.
   *
   * @param forFile the source being rendered, named in error messages
   * @throws TemplateFailure with a diagnostic naming template, line and page
   */
  public String render(String template, Object model, String forFile) throws TemplateFailure {
    // The few files that are not pages (the root, 404 pages, the alert index) go through the
    // pages' writer: one way of rendering to keep.
    return new String(renderUtf8(template, model, forFile), java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * As {@link #render}, the page's bytes in UTF-8 (as it is written): rendered into a buffer that
   * a thread takes and gives back, so no text of the page is made on the way (see {@link
   * Utf8Writer}).
   *
   * @throws TemplateFailure as {@link #render} does
   */
  public byte[] renderUtf8(String template, Object model, String forFile) throws TemplateFailure {
    return buffers.with(out -> {
      try {
        run(template, model, forFile, out);
        return out.toByteArray();
      } finally {
        out.reset();
      }
    });
  }

  /** The writers of {@link #renderUtf8}: as many as pages were rendered at once, each keeping its buffer. */
  private final Reusable<Utf8Writer> buffers = new Reusable<>(() -> new Utf8Writer(16 * 1024));

  /**
   * Runs {@code template} with {@code model} as {@link #render} does and keeps none of its
   * output: for {@code check}, which wants only its failures (and what the views record while it
   * runs, such as the links it makes). Building and copying the text of every page was about a
   * sixth of the template stage's samples in a profile of check.
   *
   * @throws TemplateFailure as {@link #render} does
   */
  public void check(String template, Object model, String forFile) throws TemplateFailure {
    run(template, model, forFile, java.io.Writer.nullWriter());
  }

  private void run(String template, Object model, String forFile, java.io.Writer out) throws TemplateFailure {
    try {
      process(freemarker.getTemplate(template), model, template, out);
    } catch (TemplateNotFoundException e) {
      throw new TemplateFailure(
          Diagnostic.error(SourcePos.file("templates/" + template), "template " + template + " not found in the theme (needed for " + forFile + ")."));
    } catch (freemarker.core.ParseException e) {
      throw syntaxError(e);
    } catch (TemplateException e) {
      // A syntax error in an imported or included template arrives wrapped in the importing one's failure.
      Optional<freemarker.core.ParseException> parse = cause(e, freemarker.core.ParseException.class);
      if (parse.isPresent()) throw syntaxError(parse.get());
      throw new TemplateFailure(
          Diagnostic.error(
              new SourcePos(displayName(e.getTemplateSourceName()), e.getLineNumber() == null ? 0 : e.getLineNumber(),
                  e.getColumnNumber() == null ? 0 : e.getColumnNumber()),
              "template failed while rendering " + forFile + ": " + explain(e)));
    } catch (IOException e) {
      // Freemarker caches a failed parse and reports it later with the parse error as cause.
      Optional<freemarker.core.ParseException> parse = cause(e, freemarker.core.ParseException.class);
      if (parse.isPresent()) throw syntaxError(parse.get());
      throw new TemplateFailure(
          Diagnostic.error(SourcePos.file(displayName(template)), "cannot read the template: " + IoReason.of(e) + "."));
    }
  }

  /** Runs a template under a {@link NestingGuard}, so that endless recursion is a diagnostic, not a crash. */
  private void process(Template t, Object model, String template, java.io.Writer out) throws TemplateException, IOException, TemplateFailure {
    Environment env = t.createProcessingEnvironment(model, out);
    NestingGuard guard = new NestingGuard();
    env.setTemplateProcessingTracer(guard);
    try {
      env.process();
    } catch (StackOverflowError | NestingGuard.TooDeep e) {
      // A StackOverflowError: not deeper than the guard allows, but on a thread with a small stack.
      throw new TemplateFailure(guard.failure(displayName(template), this::displayName));
    } catch (TemplateException e) {
      if (cause(e, NestingGuard.TooDeep.class).isEmpty()) throw e;
      throw new TemplateFailure(guard.failure(displayName(template), this::displayName));
    }
  }

  private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) return Optional.of(type.cast(t));
    }
    return Optional.empty();
  }

  /** What went wrong at run time, for a theme author. */
  private static String explain(TemplateException e) {
    // A view method that refuses its argument (a theme file that does not exist) says why itself.
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof IllegalArgumentException) return c.getMessage() + ".";
    }
    String blamed = e.getBlamedExpressionString();
    if (e instanceof freemarker.core.InvalidReferenceException && blamed != null) {
      return "'" + blamed + "' is missing or null. Check the name, or test it with ?? before use.";
    }
    return firstLine(e.getMessageWithoutStackTop()) + ".";
  }

  private TemplateFailure syntaxError(freemarker.core.ParseException e) {
    String message = withExpected(e.getEditorMessage()).replace("  (See FreeMarker Manual / Directive Reference.)", "");
    if (message.endsWith(".")) message = message.substring(0, message.length() - 1);
    return new TemplateFailure(
        Diagnostic.error(
            new SourcePos(displayName(e.getTemplateName()), e.getLineNumber(), e.getColumnNumber()),
            "template syntax error: " + message + (message.endsWith(".)") ? "" : ".")));
  }

  /**
   * The first line of a parse error, with the list of what was expected that follows "one of
   * these patterns:" on further lines made readable on the same line.
   */
  private static String withExpected(String editorMessage) {
    String first = firstLine(editorMessage);
    String marker = "one of these patterns:";
    if (!first.endsWith(marker)) return first;
    List<String> expected = editorMessage.strip().lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).toList();
    String head = first.substring(0, first.length() - marker.length());
    // Freemarker lists the tokens an expression may start with; writers know that as "a value".
    if (expected.contains("<ID>") && expected.contains("<STRING_LITERAL>")) return head + "a value or expression here";
    return head + "one of " + String.join(", ", expected.subList(0, Math.min(8, expected.size()))) + (expected.size() > 8 ? ", …" : "");
  }

  /** How a template is named in messages: its path along the theme chain. */
  public String displayName(String templateName) {
    if (templateName == null) return "templates";
    return theme.find("templates/" + templateName).map(Theme.Located::displayName).orElse("templates/" + templateName);
  }

  private static String firstLine(String message) {
    if (message == null) return "unknown problem";
    String m = message.strip();
    int nl = m.indexOf('\n');
    m = nl < 0 ? m : m.substring(0, nl).strip();
    return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
  }

  /** A template that could not be rendered; carries the diagnostic for the writer. */
  public static final class TemplateFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostic diagnostic;

    TemplateFailure(Diagnostic diagnostic) {
      super(diagnostic.toString());
      this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
      return diagnostic;
    }
  }
}
