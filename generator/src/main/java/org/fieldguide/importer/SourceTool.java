package org.fieldguide.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The generators a site can be imported from, with the front-matter keys that only steer that
 * generator (layouts, menus, build switches): they are listed under {@code front_matter: ignore}
 * rather than declared, since no fieldguide template could use them.
 */
public enum SourceTool {
  JEKYLL(Set.of(
      "layout", "sitemap", "nav_exclude", "has_children", "parent", "grand_parent", "has_toc", "search_exclude",
      "comments", "share", "toc", "toc_label", "toc_sticky", "toc_icon", "classes", "header", "sidebar", "author_profile",
      "excerpt_separator", "render_with_liquid", "redirect_to", "child_nav_order", "nav_fold", "read_time", "related",
      "hide", "lang", "ref", "output")),
  HUGO(Set.of(
      "layout", "menu", "outputs", "markup", "cascade", "_build", "build", "headless", "resources", "sitemap",
      "bookCollapseSection", "bookFlatSection", "bookHidden", "bookToc", "bookComments", "bookSearchExclude", "toc_hide",
      "hide_summary", "no_list", "simple_list", "hide_feedback", "isCJKLanguage", "private", "noindex", "expiryDate",
      "publishDate", "pre", "post", "identifier", "geekdocHidden", "geekdocCollapseSection", "geekdocFlatSection",
      "geekdocHiddenTocTree", "geekdocProtected", "geekdocBreadcrumb", "chapter", "alwaysopen", "collapsibleMenu",
      "disableToc", "hidden",
      // Grafana's docs: where ref: links lead (put into the links by GrafanaRefs).
      "refs")),
  MKDOCS(Set.of("template", "hide", "search", "icon", "comments", "subtitle", "status", "social", "render_macros")),
  ZOLA(Set.of(
      "template", "page_template", "sort_by", "paginate_by", "paginate_path", "paginate_reversed", "render", "in_search_index",
      "insert_anchor_links", "transparent", "generate_feeds", "generate_feed", "generate_rss")),
  DOCUSAURUS(Set.of(
      "sidebar_class_name", "sidebar_custom_props", "sidebar_key", "displayed_sidebar", "hide_title",
      "hide_table_of_contents", "pagination_label", "pagination_next", "pagination_prev", "parse_number_prefixes", "custom_edit_url",
      "toc_min_heading_level", "toc_max_heading_level", "unlisted", "format", "title_meta")),
  // Sphinx's file-wide metadata, MyST's and MyST-NB's page settings, and the pydata theme's switches.
  SPHINX(Set.of(
      "myst", "jupytext", "kernelspec", "orphan", "tocdepth", "nosearch", "nocomments", "html_meta", "substitutions", "file_format", "mystnb",
      "html_theme.sidebar_secondary.remove", "html_theme.sidebar_primary.remove", "short_title", "numbering", "exports"));

  private final Set<String> toolOnlyKeys;

  SourceTool(Set<String> toolOnlyKeys) {
    this.toolOnlyKeys = toolOnlyKeys;
  }

  /** The name on the command line: {@code jekyll}, {@code hugo}, {@code mkdocs}, {@code zola}, {@code docusaurus}, {@code sphinx}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  boolean isToolOnly(String key) {
    return toolOnlyKeys.contains(key);
  }

  public static Optional<SourceTool> fromId(String id) {
    return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(SourceTool::id).toList();
  }
}
