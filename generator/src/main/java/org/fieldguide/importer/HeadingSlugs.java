package org.fieldguide.importer;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heading ids as each generator makes them, so links to {@code #fragment}s written for the old
 * site can be pointed at the ids fieldguide makes: kramdown's (Jekyll), Python-Markdown's toc
 * extension (MkDocs), Zola's and GitHub's (Hugo's default, Docusaurus's, MyST's, and fieldguide's).
 */
final class HeadingSlugs {
  private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
  private static final Pattern EXPLICIT = Pattern.compile("\\s*\\{\\s*:?\\s*#([\\w:.-]+)[^}]*}\\s*$");

  private HeadingSlugs() {}

  /** The old ids of a body's headings mapped to fieldguide's, where they differ. */
  static Map<String, String> renamed(String body, SourceTool tool) {
    Map<String, String> out = new LinkedHashMap<>();
    // MyST's heading anchors (myst_heading_anchors) are GitHub's, as fieldguide's.
    if (tool == SourceTool.HUGO || tool == SourceTool.DOCUSAURUS || tool == SourceTool.SPHINX) return out;
    Map<String, Integer> toolUsed = new HashMap<>();
    Map<String, Integer> safeUsed = new HashMap<>();
    Map<String, Integer> ghUsed = new HashMap<>();
    boolean fenced = false;
    for (String line : body.split("\n")) {
      if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) fenced = !fenced;
      if (fenced) continue;
      Matcher m = ATX.matcher(line);
      if (!m.matches()) continue;
      String text = m.group(2);
      if (EXPLICIT.matcher(text).find()) continue;
      String plain = plainText(text);
      String gh = unique(github(plain), ghUsed, "-");
      if (tool == SourceTool.ZOLA) {
        // Which of its two schemes a Zola site used is in its config ([slugify] anchors); a
        // fragment written for either leads to the same heading, and no other heading has it.
        String safe = unique(plain.strip().replaceAll("[ \\t\\n\\f\\r\\x0B]", "_"), safeUsed, "-");
        if (!safe.equals(gh)) out.putIfAbsent(safe, gh);
      }
      String old = switch (tool) {
        case JEKYLL -> unique(kramdown(plain), toolUsed, "-");
        case ZOLA -> unique(zola(plain), toolUsed, "-");
        default -> unique(python(plain), toolUsed, "_");
      };
      if (!old.equals(gh)) out.putIfAbsent(old, gh);
    }
    return out;
  }

  private static String unique(String base, Map<String, Integer> used, String separator) {
    Integer n = used.get(base);
    if (n == null) {
      used.put(base, 0);
      return base;
    }
    used.put(base, n + 1);
    String id = base + separator + (n + 1);
    used.putIfAbsent(id, 0);
    return id;
  }

  /** Heading text without Markdown markup: link text kept, emphasis and code marks dropped. */
  static String plainText(String text) {
    String s = text.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1");
    s = s.replaceAll("<[^>]+>", "");
    return s.replaceAll("[*`]|(?<![\\w])_|_(?![\\w])", "");
  }

  /** GitHub's (and fieldguide's): lower case, letters and digits of any script, '-' for spaces. */
  static String github(String text) {
    String s = Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(cp -> {
      int type = Character.getType(cp);
      if (Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || cp == '_' || cp == '-') {
        out.appendCodePoint(cp);
      } else if (cp == ' ') {
        out.append('-');
      }
    });
    return out.length() == 0 ? "section" : out.toString();
  }

  /** kramdown's auto ids: ASCII letters, digits and '-' only, from the first letter on. */
  static String kramdown(String text) {
    String s = text.replaceFirst("^[^a-zA-Z]+", "");
    s = s.replaceAll("[^a-zA-Z0-9 -]", "").replace(' ', '-').toLowerCase(Locale.ROOT);
    return s.isEmpty() ? "section" : s;
  }

  /**
   * Zola's ids (its default {@code [slugify] anchors = "on"}, the slug crate): letters of other
   * scripts transliterated to ASCII, lower case, every run of other characters one '-'.
   */
  static String zola(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    if (!s.chars().allMatch(c -> c < 128)) s = Transliterator.getInstance("Any-Latin; Latin-ASCII").transliterate(s);
    s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return s.replaceAll("^-+|-+$", "");
  }

  /** Python-Markdown's toc slugify: accents folded to ASCII, runs of spaces and '-' made one '-'. */
  static String python(String text) {
    String s = ascii(text).replaceAll("[^\\w\\s-]", "").strip().toLowerCase(Locale.ROOT);
    return s.replaceAll("[-\\s]+", "-");
  }

  /**
   * docutils' ids ({@code docutils.nodes.make_id}), which Sphinx gives a label's target: lower
   * case, accents folded to ASCII (other letters dropped), each run of what is not an ASCII letter
   * or digit one '-', no digit or '-' first; empty when nothing is left.
   */
  static String docutils(String text) {
    return words(ascii(text.toLowerCase(Locale.ROOT))).replaceAll("[^a-z0-9]+", "-").replaceAll("^[-0-9]+|-+$", "");
  }

  /**
   * Sphinx's own ids ({@code sphinx.util.nodes.make_id}), as a glossary term's: as docutils', but
   * letter case, '.' and '_' kept, and no '.' or '_' first either.
   */
  static String sphinx(String text) {
    return words(ascii(text)).replaceAll("[^a-zA-Z0-9._]+", "-").replaceAll("^[-0-9._]+|-+$", "");
  }

  /** Accents folded to ASCII, other characters beyond it dropped. */
  private static String ascii(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "");
  }

  /** Runs of white space one space, none at the ends. */
  private static String words(String text) {
    return String.join(" ", text.strip().split("\\s+"));
  }

  /** A heading of a body: its level (1 for {@code #}) and the id fieldguide gives it. */
  record Heading(int level, String id) {}

  /** The ids fieldguide will give a body's headings, for checking fragments. */
  static List<String> githubIds(String body) {
    return headings(body).stream().map(Heading::id).toList();
  }

  /** A body's headings in order, with the ids fieldguide will give them. */
  static List<Heading> headings(String body) {
    Map<String, Integer> used = new HashMap<>();
    List<Heading> out = new java.util.ArrayList<>();
    boolean fenced = false;
    for (String line : body.split("\n")) {
      if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) fenced = !fenced;
      if (fenced) continue;
      Matcher m = ATX.matcher(line);
      if (!m.matches()) continue;
      Matcher explicit = EXPLICIT.matcher(m.group(2));
      out.add(new Heading(m.group(1).length(), explicit.find() ? explicit.group(1) : unique(github(plainText(m.group(2))), used, "-")));
    }
    return out;
  }
}
