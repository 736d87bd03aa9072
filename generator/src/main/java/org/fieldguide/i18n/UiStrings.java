package org.fieldguide.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
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
  private final Map<String, MessageFormat> parsed = new ConcurrentHashMap<>();
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

  /** A message with its arguments, as remembered by {@link #format(String, String, Map)}. */
  private record Call(String language, String key, Map<String, Object> args) {}

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
    Call call = new Call(language, key, args);
    String done = formatted.get(call);
    if (done != null) return done;
    String text = formatNow(language, key, args);
    if (formatted.size() < FORMATTED_LIMIT) formatted.put(call, text);
    return text;
  }

  private String formatNow(String language, String key, Map<String, Object> args) {
    String pattern = pattern(language, key);
    String cacheKey = language + "\u0000" + pattern;
    MessageFormat format =
        parsed.computeIfAbsent(cacheKey, k -> new MessageFormat(pattern, ULocale.forLanguageTag(language)));
    return format.clone().format(args);
  }
}
