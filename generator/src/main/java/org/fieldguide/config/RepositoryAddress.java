package org.fieldguide.config;

/**
 * Where the site's files are on its code-hosting site, from site.yaml's {@code repository}: the
 * repository's address alone (branch {@code main}, the site at the repository's top), or the
 * address of the site's folder as the code-hosting site shows it, which names the branch and the
 * folder: {@code https://github.com/org/guides/tree/master/docs} (GitLab's {@code /-/tree/} too).
 * A branch whose name holds a slash cannot be told from the folder this way.
 *
 * <p>GitLab is known by its views' {@code /-/}, or by a host named for it ({@code gitlab.com},
 * {@code gitlab.example.org}): its views sit after {@code /-/} (the routes without it are gone
 * since GitLab 16), and its new-file form takes the name as {@code file_name}, where GitHub's takes
 * {@code filename}. A GitLab on another host name is known when site.yaml gives the folder's
 * {@code /-/tree/} address.
 *
 * @param base the repository's address up to where the view's name goes, ending in {@code /}
 *     ({@code https://github.com/org/guides/}, {@code https://gitlab.com/org/guides/-/})
 * @param folder the site's folder in the repository, ending in {@code /}, or empty
 * @param gitlab whether the code-hosting site is a GitLab
 */
public record RepositoryAddress(String base, String branch, String folder, boolean gitlab) {
  /** @param written site.yaml's {@code repository}, a web address */
  public static RepositoryAddress of(String written) {
    String address = written.endsWith("/") ? written : written + "/";
    int scheme = address.indexOf("://");
    int pathStart = scheme < 0 ? -1 : address.indexOf('/', scheme + 3);
    int query = address.indexOf('?');
    boolean gitlab = query < 0 && pathStart > 0
        && (address.indexOf("/-/", pathStart) >= 0 || address.substring(scheme + 3, pathStart).toLowerCase(java.util.Locale.ROOT).contains("gitlab"));
    // Two segments at least (owner and repository) before "tree", and no query to cut through.
    int tree = pathStart < 0 || query >= 0 ? -1 : address.indexOf("/tree/", pathStart);
    if (tree <= pathStart || address.substring(pathStart + 1, tree).split("/").length < 2) return repository(address, gitlab);
    String rest = address.substring(tree + "/tree/".length());
    int slash = rest.indexOf('/');
    if (slash <= 0) return repository(address, gitlab);
    return new RepositoryAddress(address.substring(0, tree + 1), rest.substring(0, slash), rest.substring(slash + 1), gitlab);
  }

  /** The repository's own address: branch main, the site at its top; GitLab's views after its {@code /-/}. */
  private static RepositoryAddress repository(String address, boolean gitlab) {
    return new RepositoryAddress(gitlab && !address.endsWith("/-/") ? address + "-/" : address, "main", "", gitlab);
  }

  /** The form that makes the file {@code name} in the site's folder {@code siteFolder}, named already. */
  public String newFile(String siteFolder, String name) {
    return view("new", siteFolder) + (gitlab ? "?file_name=" : "?filename=") + name;
  }

  /**
   * The address of a view of the site's file or folder {@code sitePath} (relative to the site's
   * folder), such as {@code edit}, {@code blob} or {@code new}: {@code <base>edit/<branch>/<folder><sitePath>}.
   */
  public String view(String action, String sitePath) {
    return base + action + "/" + branch + "/" + folder + sitePath;
  }
}
