package org.fieldguide.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The interface strings of the site (labels, banners, plurals) per language, as ICU
 * MessageFormat patterns. A key missing in a language falls back to the default language, then to
 * the key itself, so a page never shows an empty label. Immutable after loading; thread-safe.
 */
public final class UiStrings {
  private final String defaultLanguage;
  private final Map<String, Map<String, String>> patterns;
  // ICU formats are not thread-safe: each thread formats with its own clone of the parsed one.
  // By language, then key, as the plain messages below.
  private final Map<String, Map<String, Parsed>> parsed = new ConcurrentHashMap<>();
  // By language, then key: looked up several times for every page, without building a key string.
  private final Map<String, Map<String, String>> plain = new ConcurrentHashMap<>();

  public UiStrings(String defaultLanguage, Map<String, Map<String, String>> patterns) {
    this.defaultLanguage = defaultLanguage;
    this.patterns = Map.copyOf(patterns);
  }

  /** The pattern for {@code key} in {@code language}, with per-key fallback. */
  public String pattern(String language, String key) {
    String p = patterns.getOrDefault(language, Map.of()).get(key);
    if (p == null) p = patterns.getOrDefault(defaultLanguage, Map.of()).get(key);
    return p == null ? key : p;
  }

  /** Keys the default language defines but {@code language} does not, sorted. */
  public java.util.List<String> missingKeys(String language) {
    Map<String, String> own = patterns.getOrDefault(language, Map.of());
    return patterns.getOrDefault(defaultLanguage, Map.of()).keySet().stream().filter(k -> !own.containsKey(k)).sorted().toList();
  }

  /** True when the language itself, or its base language for a region variant, defines the key (not the default language). */
  public boolean defines(String language, String key) {
    return patterns.getOrDefault(language, Map.of()).containsKey(key);
  }

  /** True when the language or the default language defines the key: a message other than the key itself. */
  public boolean has(String language, String key) {
    return defines(language, key) || defines(defaultLanguage, key);
  }

  /** A message without arguments; formatted once per language and key, as every page repeats them. */
  public String format(String language, String key) {
    Map<String, String> ofLanguage = plain.computeIfAbsent(language, l -> new ConcurrentHashMap<>());
    String text = ofLanguage.get(key);
    if (text == null) {
      text = format(language, key, Map.of());
      ofLanguage.putIfAbsent(key, text);
    }
    return text;
  }

  /**
   * A message with its arguments, as remembered by {@link #format(String, String, Map)}. Its
   * equality is written out: a record's own is reached through a method handle, which the client
   * compiler does not inline, and this one is asked on every page (a large section's "N more
   * pages").
   */
  private record Call(String language, String key, Map<String, Object> args) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Call c && key.equals(c.key) && language.equals(c.language) && args.equals(c.args);
    }

    @Override
    public int hashCode() {
      return (language.hashCode() * 31 + key.hashCode()) * 31 + args.hashCode();
    }
  }

  /**
   * Messages with arguments already formatted: pages repeat the same few (the "N more pages of
   * section" of a large section's navigation is the same on most of its pages), and ICU's
   * formatting of a plural costs more than the rest of the template line. Bounded, for a session
   * that lives long.
   */
  private final Map<Call, String> formatted = new ConcurrentHashMap<>();

  private static final int FORMATTED_LIMIT = 10_000;

  /** Formats with named arguments, such as {@code {count, plural, one {# step} other {# steps}}}. */
  public String format(String language, String key, Map<String, Object> args) {
    if (args.isEmpty()) return formatNow(language, key, args);
    Simple simple = parsed(language, key).simple();
    String filled = simple == null ? null : simple.fill(args);
    if (filled != null) return filled;
    Call call = new Call(language, key, args);
    String done = formatted.get(call);
    if (done != null) return done;
    String text = formatNow(language, key, args);
    if (formatted.size() < FORMATTED_LIMIT) formatted.put(call, text);
    return text;
  }

  private String formatNow(String language, String key, Map<String, Object> args) {
    return parsed(language, key).format().clone().format(args);
  }

  private Parsed parsed(String language, String key) {
    Map<String, Parsed> ofLanguage = parsed.computeIfAbsent(language, l -> new ConcurrentHashMap<>());
    Parsed p = ofLanguage.get(key);
    if (p != null) return p;
    String pattern = pattern(language, key);
    return ofLanguage.computeIfAbsent(key, k -> new Parsed(new MessageFormat(pattern, ULocale.forLanguageTag(language)), Simple.of(pattern)));
  }

  /** A pattern parsed by ICU, and the same as a {@link Simple} when it is one (else null). */
  private record Parsed(MessageFormat format, Simple simple) {}

  /**
   * A pattern whose arguments are all plain {@code {name}} ones, as its literal text between
   * them: filled with text by joining, which is what ICU's formatting of it gives, without a
   * clone of the format per call. Such arguments are mostly new on every page (a page's version,
   * a date), so they would otherwise be formatted anew each time and fill the bounded cache of
   * formatted calls that the plurals need. Cut by ICU's own parse, so its quoting rules hold.
   */
  record Simple(List<String> literals, List<String> names) {
    /** The pattern as a Simple; null when an argument has a type (plural, number, date…) or a number for a name. */
    static Simple of(String pattern) {
      MessagePattern parts = new MessagePattern(pattern);
      String text = parts.getPatternString();
      List<String> literals = new ArrayList<>();
      List<String> names = new ArrayList<>();
      StringBuilder literal = new StringBuilder();
      // As ICU's MessageFormat walks a message: the text between parts is kept, a part's own
      // characters (a quoting apostrophe) are not.
      int from = parts.getPart(0).getLimit();
      for (int i = 1; ; i++) {
        MessagePattern.Part part = parts.getPart(i);
        literal.append(text, from, part.getIndex());
        if (part.getType() == MessagePattern.Part.Type.MSG_LIMIT) break;
        if (part.getType() == MessagePattern.Part.Type.ARG_START) {
          MessagePattern.Part name = parts.getPart(i + 1);
          if (part.getArgType() != MessagePattern.ArgType.NONE || name.getType() != MessagePattern.Part.Type.ARG_NAME) return null;
          literals.add(literal.toString());
          literal.setLength(0);
          names.add(parts.getSubstring(name));
          i = parts.getLimitPartIndex(i);
          part = parts.getPart(i);
        } else if (part.getType() != MessagePattern.Part.Type.SKIP_SYNTAX && part.getType() != MessagePattern.Part.Type.INSERT_CHAR) {
          // (INSERT_CHAR marks where a quoting tool would double an apostrophe: nothing to format.)
          return null;
        }
        from = part.getLimit();
      }
      literals.add(literal.toString());
      return new Simple(List.copyOf(literals), List.copyOf(names));
    }

    /** The message with {@code args}; null when one is missing or not text (ICU formats numbers and dates for the locale). */
    String fill(Map<String, Object> args) {
      StringBuilder out = new StringBuilder(literals.get(0));
      for (int i = 0; i < names.size(); i++) {
        if (!(args.get(names.get(i)) instanceof CharSequence value)) return null;
        out.append(value).append(literals.get(i + 1));
      }
      return out.toString();
    }
  }
}
