package org.fieldguide.config;

import java.util.Locale;

/**
 * Where the site's files are on its code-hosting site, from site.yaml's {@code repository}: the
 * repository's address alone (branch {@code main}, the site at the repository's top), or the
 * address of the site's folder as the code-hosting site shows it, which names the branch and the
 * folder: {@code https://github.com/org/guides/tree/master/docs}, GitLab's {@code
 * …/-/tree/master/docs}, Gitea's and Forgejo's {@code …/src/branch/master/docs}. A branch whose
 * name holds a slash cannot be told from the folder this way.
 *
 * <p>The links follow the {@link Forge}'s routes. Which one it is comes from the address: a
 * GitLab by its views' {@code /-/} or a host named for it ({@code gitlab.com}, {@code
 * gitlab.example.org}); a Gitea or Forgejo by {@code /src/branch/}, or a host named for either or
 * {@code codeberg.org}; anything else is taken for GitHub. A self-hosted one under another name is
 * known when site.yaml gives its folder's address.
 *
 * @param base the repository's address up to where the view's name goes, ending in {@code /}
 *     ({@code https://github.com/org/guides/}, {@code https://gitlab.com/org/guides/-/})
 * @param folder the site's folder in the repository, ending in {@code /}, or empty
 */
public record RepositoryAddress(String base, String branch, String folder, Forge forge) {
  /** The code-hosting software, as far as its routes differ. */
  public enum Forge {
    GITHUB("tree/", "edit/", "new/", "blob/", "filename"),
    /** Its views after {@code /-/} (the routes without it are gone since GitLab 16.0); its new-file form reads {@code file_name}. */
    GITLAB("tree/", "edit/", "new/", "blob/", "file_name"),
    /** Gitea and Forgejo (Codeberg): {@code _edit/}, {@code _new/}, files under {@code src/branch/}. */
    GITEA("src/branch/", "_edit/", "_new/", "src/branch/", "filename");

    private final String folderView;
    private final String edit;
    private final String create;
    private final String show;
    private final String nameParameter;

    Forge(String folderView, String edit, String create, String show, String nameParameter) {
      this.folderView = folderView;
      this.edit = edit;
      this.create = create;
      this.show = show;
      this.nameParameter = nameParameter;
    }
  }

  /** @param written site.yaml's {@code repository}, a web address */
  public static RepositoryAddress of(String written) {
    String address = written.endsWith("/") ? written : written + "/";
    int scheme = address.indexOf("://");
    int pathStart = scheme < 0 ? -1 : address.indexOf('/', scheme + 3);
    int query = address.indexOf('?');
    Forge forge = query >= 0 || pathStart < 0 ? Forge.GITHUB : forge(address.substring(scheme + 3, pathStart), address.substring(pathStart));
    // Two segments at least (owner and repository) before the folder view, and no query to cut through.
    String view = "/" + forge.folderView;
    int at = pathStart < 0 || query >= 0 ? -1 : address.indexOf(view, pathStart);
    if (at <= pathStart || address.substring(pathStart + 1, at).split("/").length < 2) return repository(address, forge);
    String rest = address.substring(at + view.length());
    int slash = rest.indexOf('/');
    if (slash <= 0) return repository(address, forge);
    return new RepositoryAddress(address.substring(0, at + 1), rest.substring(0, slash), rest.substring(slash + 1), forge);
  }

  private static Forge forge(String host, String path) {
    String h = host.toLowerCase(Locale.ROOT);
    if (path.contains("/-/") || h.contains("gitlab")) return Forge.GITLAB;
    if (path.contains("/src/branch/") || h.contains("gitea") || h.contains("forgejo") || h.equals("codeberg.org")) return Forge.GITEA;
    return Forge.GITHUB;
  }

  /** The repository's own address: branch main, the site at its top; GitLab's views after its {@code /-/}. */
  private static RepositoryAddress repository(String address, Forge forge) {
    return new RepositoryAddress(forge == Forge.GITLAB && !address.endsWith("/-/") ? address + "-/" : address, "main", "", forge);
  }

  /** The same repository's top on {@code branch}: for an address made from another tool's settings (a branch and a folder apart). */
  public RepositoryAddress onBranch(String branch) {
    return new RepositoryAddress(base, branch, "", forge);
  }

  /** The address that shows the site's file or folder {@code sitePath} (relative to the site's folder). */
  public String show(String sitePath) {
    return view(forge.show, sitePath);
  }

  /**
   * The address that lists the site's folder {@code sitePath}: GitHub and GitLab show a folder
   * under {@code tree/}, a file under {@code blob/} (GitHub redirects one to the other, GitLab
   * does not).
   */
  public String showFolder(String sitePath) {
    return view(forge.folderView, sitePath);
  }

  /** How many folders the site's folder is below the repository's top: how far a site path may climb with {@code ../}. */
  public int depth() {
    return folder.isEmpty() ? 0 : folder.split("/").length;
  }

  /** The address of the form that edits the site's file {@code sitePath}. */
  public String edit(String sitePath) {
    return view(forge.edit, sitePath);
  }

  /** The form that makes the file {@code name} in the site's folder {@code siteFolder}, named already. */
  public String newFile(String siteFolder, String name) {
    return view(forge.create, siteFolder) + "?" + forge.nameParameter + "=" + name;
  }

  /** {@code sitePath} may start with {@code ../} up to {@link #depth} times: a file of the repository above the site's folder. */
  private String view(String action, String sitePath) {
    String f = folder;
    String p = sitePath;
    while ((p.startsWith("../") || p.equals("..")) && !f.isEmpty()) {
      p = p.substring(Math.min(3, p.length()));
      int cut = f.lastIndexOf('/', f.length() - 2);
      f = cut < 0 ? "" : f.substring(0, cut + 1);
    }
    return base + action + branch + "/" + f + p;
  }
}
