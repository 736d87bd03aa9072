package org.fieldguide.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A folder without {@code site.yaml} that holds the site of a generator {@code fieldguide import}
 * converts (Jekyll, Hugo, MkDocs, Zola, Docusaurus, Sphinx), known by that generator's configuration file. Why: someone
 * trying fieldguide on their docs runs it in their repository first; "no site.yaml" alone does
 * not tell them that one command converts it. The importer reads the same files (these lists are
 * its own).
 *
 * @param tool the name {@code fieldguide import} takes for the generator
 * @param generator the generator's name, as shown
 * @param configFile the file that tells which it is, relative to the folder
 */
public record ForeignSite(String tool, String generator, String configFile) {
  /** Jekyll's configuration, the first of these that exists. */
  public static final List<String> JEKYLL_CONFIG = List.of("_config.yml", "_config.yaml");

  /** Hugo's configuration file, the first of these that exists (the newer names first, as Hugo looks for them). */
  public static final List<String> HUGO_CONFIG =
      List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json");

  /** Hugo's configuration folder, read as well as (or instead of) the file. */
  public static final String HUGO_CONFIG_FOLDER = "config/_default";

  /** MkDocs' configuration, the first of these that exists. */
  public static final List<String> MKDOCS_CONFIG = List.of("mkdocs.yml", "mkdocs.yaml");

  /** Zola's configuration, the first of these that exists (zola.toml is the newer name). */
  public static final List<String> ZOLA_CONFIG = List.of("zola.toml", "config.toml");

  // Zola's one required key; Hugo spells it baseURL (in any letter case, never with '_').
  private static final Pattern ZOLA_BASE_URL = Pattern.compile("(?m)^\\s*base_url\\s*=");

  // What every Sphinx conf.py sphinx-quickstart writes sets; another tool's conf.py sets none of these.
  private static final Pattern SPHINX_SETTING = Pattern.compile("(?m)^(project|extensions|html_theme|master_doc|root_doc)\\s*=");

  /** Docusaurus's configuration, the first of these that exists (JavaScript or TypeScript, read as text). */
  public static final List<String> DOCUSAURUS_CONFIG = List.of(
      "docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs", "docusaurus.config.cjs", "docusaurus.config.mts", "docusaurus.config.cts");

  /**
   * Where a Sphinx site's {@code conf.py} may be, the first of these folders that holds one (""
   * is the folder itself): the folder it is in is Sphinx's source folder.
   */
  public static final List<String> SPHINX_FOLDERS = List.of("", "docs", "docs/source", "source", "doc");

  /**
   * The generator whose site {@code dir} holds, if it is one of those the importer reads. The
   * names Hugo shares with other tools ({@code config.toml}, {@code config/_default/}) count only
   * beside a {@code content/} folder, as in a Hugo site; a {@code config.toml} that sets {@code
   * base_url} there is Zola's. A {@code conf.py} counts as Sphinx's when it sets what Sphinx's do
   * ({@code project}, {@code extensions}, {@code html_theme}), as other Python tools name their
   * settings so too.
   */
  public static Optional<ForeignSite> in(Path dir) {
    Optional<String> mkdocs = first(dir, MKDOCS_CONFIG);
    if (mkdocs.isPresent()) return Optional.of(new ForeignSite("mkdocs", "MkDocs", mkdocs.get()));
    Optional<String> docusaurus = first(dir, DOCUSAURUS_CONFIG);
    if (docusaurus.isPresent()) return Optional.of(new ForeignSite("docusaurus", "Docusaurus", docusaurus.get()));
    Optional<String> jekyll = first(dir, JEKYLL_CONFIG);
    if (jekyll.isPresent()) return Optional.of(new ForeignSite("jekyll", "Jekyll", jekyll.get()));
    boolean zola = Files.isRegularFile(dir.resolve("zola.toml"))
        || Files.isDirectory(dir.resolve("content")) && matches(dir.resolve("config.toml"), ZOLA_BASE_URL);
    if (zola) return Optional.of(new ForeignSite("zola", "Zola", first(dir, ZOLA_CONFIG).orElseThrow()));
    Optional<String> hugo = first(dir, HUGO_CONFIG);
    if (hugo.isEmpty() && Files.isDirectory(dir.resolve(HUGO_CONFIG_FOLDER))) hugo = Optional.of(HUGO_CONFIG_FOLDER + "/");
    boolean hugoOwnName = hugo.filter(n -> n.startsWith("hugo.")).isPresent();
    if (hugo.isPresent() && (hugoOwnName || Files.isDirectory(dir.resolve("content")))) {
      return Optional.of(new ForeignSite("hugo", "Hugo", hugo.get()));
    }
    for (String folder : SPHINX_FOLDERS) {
      String conf = folder.isEmpty() ? "conf.py" : folder + "/conf.py";
      if (matches(dir.resolve(conf), SPHINX_SETTING)) return Optional.of(new ForeignSite("sphinx", "Sphinx", conf));
    }
    return Optional.empty();
  }

  private static boolean matches(Path file, Pattern setting) {
    try {
      return Files.isRegularFile(file) && Files.size(file) < 1_000_000 && setting.matcher(Files.readString(file)).find();
    } catch (IOException e) {
      // Unreadable or not UTF-8: not told apart here; the importer reports it when asked to read it.
      return false;
    }
  }

  private static Optional<String> first(Path dir, List<String> names) {
    return names.stream().filter(n -> Files.isRegularFile(dir.resolve(n))).findFirst();
  }
}
