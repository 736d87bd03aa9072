package org.fieldguide.importer;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.PatternSyntaxException;
import org.fieldguide.config.RepositoryAddress;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;

/**
 * What a Sphinx {@code conf.py} says that an import can use, read as literals by {@link
 * PythonLiterals}. A setting written as code is warned at its line and column, and left out.
 *
 * @param title {@code html_title}, else {@code project}
 * @param language {@code language}, as fieldguide writes codes ({@code pt-br})
 * @param baseUrl {@code html_baseurl}, ending in '/'
 * @param repository the folder of the sources on GitHub or GitLab, from {@code html_context}'s {@code
 *     github_user}/{@code github_repo}/{@code github_version} (or the {@code gitlab_} ones, with
 *     {@code gitlab_url} or {@code gitlab_host}) and {@code doc_path} or {@code conf_py_path}, the book theme's
 *     {@code repository_url}/{@code repository_branch}/{@code path_to_docs} or the pydata theme's {@code github_url}
 * @param excluded {@code exclude_patterns}, as globs over paths from the source folder
 * @param suffixes the file endings of Markdown pages ({@code source_suffix}, without {@code .rst})
 * @param rootDoc {@code root_doc} (or the older {@code master_doc}), the home page's name
 * @param extensions {@code myst_enable_extensions}
 * @param substitutions {@code myst_substitutions} whose values are literals
 * @param localeDirs {@code locale_dirs}, where gettext catalogues are, from the configuration's folder
 * @param rediraffe the rediraffe extension's {@code rediraffe_redirects} written as a dict: old
 *     page's name (with or without its suffix) to the name of the page that took its place
 * @param rediraffeFile {@code rediraffe_redirects} written as a file name, from the configuration's
 *     folder: the file lists the same pairs, one per line
 * @param reredirects the sphinx-reredirects extension's {@code redirects}, when {@code extensions}
 *     lists it: old page's name to the address it leads to, from the old page's
 */
record SphinxConf(
    Optional<String> title, Optional<String> language, Optional<String> baseUrl, Optional<String> repository, List<PathMatcher> excluded,
    List<String> suffixes, String rootDoc, List<String> extensions, Map<String, String> substitutions,
    List<String> localeDirs, Map<String, String> rediraffe, Optional<String> rediraffeFile, Map<String, String> reredirects) {

  /** The configuration written in {@code text}; {@code shown} names the file in warnings. */
  static SphinxConf read(String text, String shown, Diagnostics diagnostics) {
    Reader r = new Reader(PythonLiterals.assignments(text), shown, diagnostics);
    Optional<String> title = r.string("html_title").or(() -> r.string("project"));
    Optional<String> language = r.string("language").map(l -> l.strip().toLowerCase(Locale.ROOT).replace('_', '-')).filter(l -> !l.isEmpty());
    Optional<String> baseUrl = r.string("html_baseurl").map(String::strip).filter(u -> !u.isEmpty()).map(u -> u.endsWith("/") ? u : u + "/");
    List<PathMatcher> excluded = new ArrayList<>();
    for (String p : r.strings("exclude_patterns")) {
      try {
        excluded.add(FileSystems.getDefault().getPathMatcher("glob:" + p));
      } catch (PatternSyntaxException e) {
        int line = (int) text.substring(0, Math.max(text.indexOf(p), 0)).chars().filter(c -> c == '\n').count() + 1;
        diagnostics.warning(new SourcePos(shown, line, 1), "exclude_patterns entry '" + p + "' is not a glob pattern (a '[' or '{'"
            + " is not closed), so it excludes nothing here. Fix it, or leave out the pages it meant by hand.");
      }
    }
    List<String> suffixes = suffixes(r);
    String rootDoc = r.string("root_doc").or(() -> r.string("master_doc")).orElse("index");
    Map<String, String> substitutions = new LinkedHashMap<>();
    r.dict("myst_substitutions").forEach((k, v) -> {
      if (v instanceof String || v instanceof Number || v instanceof Boolean) substitutions.put(k.toString(), v.toString());
    });
    List<String> localeDirs = r.value("locale_dirs").isPresent() ? r.strings("locale_dirs") : List.of("locales");
    // rediraffe_redirects is the pairs themselves, or the name of a file that lists them.
    Optional<String> rediraffeFile = r.string("rediraffe_redirects").map(String::strip).filter(f -> !f.isEmpty());
    Map<String, String> rediraffe = rediraffeFile.isPresent() ? Map.of() : r.texts("rediraffe_redirects");
    // "redirects" is a common name: read only where the extension that takes it is listed.
    Map<String, String> reredirects = r.strings("extensions").contains("sphinx_reredirects") ? r.texts("redirects") : Map.of();
    return new SphinxConf(title, language, baseUrl, repository(r), List.copyOf(excluded), suffixes, rootDoc, r.strings("myst_enable_extensions"),
        substitutions, localeDirs, rediraffe, rediraffeFile, reredirects);
  }

  boolean excludes(String relativePath) {
    // As Sphinx: a pattern that names a folder excludes what is in it.
    Path p = Path.of(relativePath);
    for (int i = 1; i <= p.getNameCount(); i++) {
      Path prefix = p.subpath(0, i);
      if (excluded.stream().anyMatch(m -> m.matches(prefix))) return true;
    }
    return false;
  }

  boolean enables(String extension) {
    return extensions.contains(extension);
  }

  private static List<String> suffixes(Reader r) {
    Optional<Object> v = r.value("source_suffix");
    List<String> all = new ArrayList<>();
    if (v.isPresent() && v.get() instanceof String s) all.add(s);
    else if (v.isPresent() && v.get() instanceof List<?> l) l.forEach(x -> all.add(x.toString()));
    else if (v.isPresent() && v.get() instanceof Map<?, ?> m) m.keySet().forEach(k -> all.add(k.toString()));
    List<String> markdown = all.stream().filter(s -> !s.equals(".rst")).toList();
    return markdown.isEmpty() ? List.of(".md") : markdown;
  }

  /**
   * The repository's folder of the sources, as an address site.yaml's repository takes, in the
   * routes of its code-hosting site ({@link RepositoryAddress.Forge}): GitLab shows a folder under
   * {@code /-/tree/}, where GitHub's {@code /tree/} is a missing page.
   */
  private static Optional<String> repository(Reader r) {
    Map<Object, Object> context = r.dict("html_context");
    Map<Object, Object> theme = r.dict("html_theme_options");
    // The folder is the pydata theme's doc_path or the Read the Docs theme's conf_py_path (where
    // conf.py is, which is the sources' folder: the theme links to conf_py_path + page + suffix).
    Supplier<Optional<String>> path =
        () -> r.entry(context, "html_context", "doc_path").or(() -> r.entry(context, "html_context", "conf_py_path"));
    Optional<String> user = r.entry(context, "html_context", "github_user");
    Optional<String> repo = r.entry(context, "html_context", "github_repo");
    if (user.isPresent() && repo.isPresent()) {
      String base = "https://github.com/" + user.get() + "/" + repo.get();
      return Optional.of(folder(base, r.entry(context, "html_context", "github_version"), path.get()));
    }
    user = r.entry(context, "html_context", "gitlab_user");
    repo = r.entry(context, "html_context", "gitlab_repo");
    if (user.isPresent() && repo.isPresent()) {
      // The pydata theme names the host by gitlab_url, the Read the Docs theme by gitlab_host (no
      // scheme). Either is GitLab whatever its name: the address ends in GitLab's /-/, which
      // RepositoryAddress knows it by, so the forge is not guessed from the host.
      String host = r.entry(context, "html_context", "gitlab_url")
          .or(() -> r.entry(context, "html_context", "gitlab_host").map(h -> h.contains("://") ? h : "https://" + h))
          .orElse("https://gitlab.com").replaceAll("/+$", "");
      String base = host + "/" + user.get() + "/" + repo.get() + "/-";
      return Optional.of(folder(base, r.entry(context, "html_context", "gitlab_version"), path.get()));
    }
    Optional<String> url = r.entry(theme, "html_theme_options", "repository_url");
    if (url.isPresent()) {
      return url.map(u -> folder(u.replaceAll("/+$", ""), r.entry(theme, "html_theme_options", "repository_branch"),
          r.entry(theme, "html_theme_options", "path_to_docs")));
    }
    // The pydata theme's link to the repository names no branch or folder: the repository itself.
    return r.entry(theme, "html_theme_options", "github_url").map(u -> u.replaceAll("/+$", ""));
  }

  /**
   * The address of {@code path} on {@code branch} in the repository at {@code base} (its forge
   * known from the address, {@link RepositoryAddress#of}), or {@code base} itself when neither is
   * named.
   */
  private static String folder(String base, Optional<String> branch, Optional<String> path) {
    String p = path.map(s -> s.replaceAll("^/+|/+$", "")).orElse("");
    // Without a folder the repository itself is meant; a folder needs a branch to name it by.
    if (p.isEmpty() && branch.isEmpty()) return base;
    return RepositoryAddress.of(base).onBranch(branch.orElse("main")).showFolder(p.isEmpty() ? "" : p + "/").replaceAll("/+$", "");
  }

  /** Typed reads of the assignments, each value written as code warned once, where it is. */
  private static final class Reader {
    private final Map<String, Object> values;
    private final String shown;
    private final Diagnostics diagnostics;

    Reader(Map<String, Object> values, String shown, Diagnostics diagnostics) {
      this.values = values;
      this.shown = shown;
      this.diagnostics = diagnostics;
    }

    Optional<Object> value(String name) {
      Object v = values.get(name);
      if (v instanceof PythonLiterals.NotLiteral n) {
        warn(n, name);
        values.remove(name);
        return Optional.empty();
      }
      return Optional.ofNullable(v);
    }

    Optional<String> string(String name) {
      return value(name).filter(String.class::isInstance).map(String.class::cast);
    }

    List<String> strings(String name) {
      Optional<Object> v = value(name);
      Object list = v.orElse(List.of());
      List<String> out = new ArrayList<>();
      if (list instanceof List<?> l) {
        for (Object o : l) {
          if (o instanceof PythonLiterals.NotLiteral n) warn(n, name + " entry");
          else if (o instanceof String s) out.add(s);
        }
      }
      return out;
    }

    Map<Object, Object> dict(String name) {
      Optional<Object> v = value(name);
      Map<Object, Object> out = new LinkedHashMap<>();
      if (v.isPresent() && v.get() instanceof Map<?, ?> m) m.forEach(out::put);
      return out;
    }

    /** The entries of the dict {@code name} whose key and value are both text. */
    Map<String, String> texts(String name) {
      Map<String, String> out = new LinkedHashMap<>();
      dict(name).forEach((k, v) -> {
        if (k instanceof String key && v instanceof String value) out.put(key, value);
      });
      return out;
    }

    Optional<String> entry(Map<Object, Object> dict, String dictName, String key) {
      Object v = dict.get(key);
      if (v instanceof PythonLiterals.NotLiteral n) {
        warn(n, dictName + "[\"" + key + "\"]");
        dict.remove(key);
        return Optional.empty();
      }
      return v instanceof String s && !s.isBlank() ? Optional.of(s.strip()) : Optional.empty();
    }

    private void warn(PythonLiterals.NotLiteral n, String what) {
      diagnostics.warning(new SourcePos(shown, n.line(), n.column()), what + " is computed by Python code ('" + n.text()
          + "'), which fieldguide does not run, so it was left out. Write its value into site.yaml (or the pages) by hand.");
    }
  }
}
