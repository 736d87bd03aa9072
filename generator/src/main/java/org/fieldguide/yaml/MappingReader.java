package org.fieldguide.yaml;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.yaml.YamlNode.ScalarKind;

/**
 * Reads typed fields out of one YAML mapping, reporting every wrong type at its position.
 *
 * <p>Each accessor returns an empty value after reporting, so a caller reads all fields and
 * collects every problem in one pass instead of stopping at the first. The keys asked for are
 * the known keys: {@link #rejectUnknownKeys} reports the rest, with a suggestion for typos.
 */
public final class MappingReader {
  private final YamlNode.Mapping mapping;
  private final Diagnostics diagnostics;
  private final String context;
  private final Set<String> known = new LinkedHashSet<>();
  // Keys accepted without being read (another tool's keys): never reported, never listed as fields.
  private final Set<String> accepted = new LinkedHashSet<>();

  /**
   * @param context how the mapping is named in messages, e.g. "front matter" or "site.yaml"
   */
  public MappingReader(YamlNode.Mapping mapping, Diagnostics diagnostics, String context) {
    this.mapping = mapping;
    this.diagnostics = diagnostics;
    this.context = context;
  }

  /** Reads {@code node} as a mapping, or reports that it must be one. */
  public static Optional<MappingReader> of(
      YamlNode node, Diagnostics diagnostics, String context, String what) {
    if (node instanceof YamlNode.Mapping m) return Optional.of(new MappingReader(m, diagnostics, context));
    diagnostics.error(
        node.pos(), what + " must be a mapping of 'key: value' lines, found " + node.describe() + ".");
    return Optional.empty();
  }

  /** The keys asked for so far, in the order asked: the fields this mapping may have. */
  public List<String> knownKeys() {
    return List.copyOf(known);
  }

  public SourcePos pos() {
    return mapping.pos();
  }

  public boolean has(String key) {
    known.add(key);
    return mapping.entry(key).isPresent();
  }

  public Optional<YamlNode> node(String key) {
    known.add(key);
    return mapping.entry(key).map(YamlNode.Entry::value).filter(v -> !isNull(v));
  }

  public Optional<SourcePos> keyPos(String key) {
    return mapping.entry(key).map(YamlNode.Entry::keyPos);
  }

  /** A required, non-empty text field. */
  public Optional<String> requiredText(String key, String example) {
    known.add(key);
    Optional<YamlNode.Entry> e = mapping.entry(key);
    if (e.isEmpty()) {
      diagnostics.error(
          mapping.pos(), "missing required field '" + key + "'. Add a line such as " + example + ".");
      return Optional.empty();
    }
    Optional<String> value = text(key);
    if (value.isPresent() && value.get().isBlank() || isNull(e.get().value())) {
      diagnostics.error(
          e.get().keyPos(), "field '" + key + "' is empty. Give it a value, such as " + example + ".");
      return Optional.empty();
    }
    return value;
  }

  public Optional<String> text(String key) {
    return node(key).flatMap(n -> asText(key, n));
  }

  public Optional<Integer> integer(String key) {
    return node(key)
        .flatMap(
            n -> {
              if (n instanceof YamlNode.Scalar s && s.kind() == ScalarKind.INTEGER) {
                try {
                  return Optional.of(Integer.parseInt(s.text().replace("_", "")));
                } catch (NumberFormatException ex) {
                  diagnostics.error(n.pos(), "'" + key + "' is too large: " + s.text() + ".");
                  return Optional.empty();
                }
              }
              wrongType(key, n, "a whole number, such as " + key + ": 10");
              return Optional.empty();
            });
  }

  public Optional<Boolean> bool(String key) {
    return node(key)
        .flatMap(
            n -> {
              if (n instanceof YamlNode.Scalar s && s.kind() == ScalarKind.BOOLEAN) {
                String t = s.text().toLowerCase(Locale.ROOT);
                return Optional.of(t.equals("true") || t.equals("yes") || t.equals("on") || t.equals("y"));
              }
              wrongType(key, n, "true or false");
              return Optional.empty();
            });
  }

  public Optional<LocalDate> date(String key) {
    return node(key)
        .flatMap(
            n -> {
              if (n instanceof YamlNode.Scalar s && s.kind() == ScalarKind.STRING) {
                try {
                  return Optional.of(isoDate(s.text().strip()));
                } catch (java.time.DateTimeException ex) {
                  // fall through to the error below
                }
              }
              wrongType(key, n, "a date written as YYYY-MM-DD, such as " + key + ": 2026-09-14");
              return Optional.empty();
            });
  }

  /**
   * {@link LocalDate#parse}: the common {@code YYYY-MM-DD} read digit by digit (as strictly:
   * {@link LocalDate#of} refuses a day the month lacks), anything else by the parser, which costs
   * some microseconds a date under the client compiler, two dates a page.
   */
  static LocalDate isoDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) return LocalDate.of(year, month, day);
    }
    return LocalDate.parse(text);
  }

  /** The number the ASCII digits from {@code from} to {@code to} make; -1 when one is not a digit. */
  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') return -1;
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** A text value that must be one of {@code allowed} (compared in lower case). */
  public <E extends Enum<E>> Optional<E> choice(String key, Class<E> type, Function<E, String> name) {
    return text(key)
        .flatMap(
            v -> {
              for (E e : type.getEnumConstants()) {
                if (name.apply(e).equalsIgnoreCase(v.strip())) return Optional.of(e);
              }
              List<String> names = new ArrayList<>();
              for (E e : type.getEnumConstants()) names.add(name.apply(e));
              diagnostics.error(
                  mapping.entry(key).get().value().pos(),
                  "'"
                      + key
                      + "' must be one of "
                      + String.join(", ", names)
                      + ", found '"
                      + v
                      + "'"
                      + Suggestions.endSentence(v, names));
              return Optional.empty();
            });
  }

  /** A list of texts; a single text is accepted as a list of one. */
  public List<String> textList(String key) {
    return nodeList(key).stream()
        .map(n -> asText(key + " item", n))
        .flatMap(Optional::stream)
        .toList();
  }

  /** A list of values of any shape, each keeping its position; a single value is a list of one. */
  public List<YamlNode> nodeList(String key) {
    Optional<YamlNode> n = node(key);
    if (n.isEmpty()) return List.of();
    if (n.get() instanceof YamlNode.Sequence s) return s.items();
    if (n.get() instanceof YamlNode.Scalar) return List.of(n.get());
    wrongType(key, n.get(), "a list, such as " + key + ": [one, two]");
    return List.of();
  }

  /** An ordered mapping of text to text, such as a specification table. */
  public Map<String, String> textMap(String key) {
    Optional<YamlNode> n = node(key);
    if (n.isEmpty()) return Map.of();
    if (!(n.get() instanceof YamlNode.Mapping m)) {
      wrongType(key, n.get(), "a mapping of 'label: value' lines");
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (YamlNode.Entry e : m.entries()) {
      if (e.value() instanceof YamlNode.Scalar s && s.kind() != ScalarKind.NULL) {
        // Spec values are free text: numbers such as "64" or "1.10" keep the writer's spelling.
        out.put(e.key(), s.text());
      } else {
        wrongType(key + "." + e.key(), e.value(), "text");
      }
    }
    return out;
  }

  /** Reports a problem at the value of {@code key}. */
  public void reportAt(String key, String message) {
    known.add(key);
    diagnostics.error(mapping.entry(key).map(e -> e.value().pos()).orElse(mapping.pos()), message);
  }

  /** Reports a problem at a position inside this mapping, such as a key's. */
  public void reportAt(SourcePos pos, String message) {
    diagnostics.error(pos, message);
  }

  /** Reports a problem at a value inside this mapping. */
  public void reportAt(YamlNode node, String message) {
    diagnostics.error(node.pos(), message);
  }

  /** A reader for a mapping nested in this one, such as one item of a list of questions. */
  public Optional<MappingReader> nested(YamlNode node, String what) {
    return of(node, diagnostics, context, what);
  }

  /** Reports every key that no accessor asked for. Call after reading all fields. */
  public void rejectUnknownKeys(String what) {
    rejectUnknownKeys(what, key -> "");
  }

  /**
   * Accepts {@code keys} without reading them: they are not reported as unknown, and not listed
   * as this mapping's fields, though a near miss of one is still suggested.
   */
  public void accept(java.util.Collection<String> keys) {
    accepted.addAll(keys);
  }

  /**
   * Reports every key that no accessor asked for, each message ended by {@code hint} of the key
   * (a sentence with its leading space, or empty). Call after reading all fields.
   */
  public void rejectUnknownKeys(String what, Function<String, String> hint) {
    Set<String> candidates = new LinkedHashSet<>(known);
    candidates.addAll(accepted);
    for (YamlNode.Entry e : mapping.entries()) {
      if (!known.contains(e.key()) && !accepted.contains(e.key())) {
        diagnostics.error(
            e.keyPos(),
            "unknown field '"
                + e.key()
                + "' in "
                + what
                + Suggestions.endSentence(e.key(), candidates)
                + " Known fields: "
                + String.join(", ", known)
                + "."
                + hint.apply(e.key()));
      }
    }
  }

  private Optional<String> asText(String key, YamlNode n) {
    if (n instanceof YamlNode.Scalar s) {
      if (s.kind() == ScalarKind.STRING) return Optional.of(s.text());
      if (s.kind() == ScalarKind.NULL) return Optional.empty();
      // YAML 1.1 reads no/yes/on/off as booleans and 1.10 as 1.1: the writer meant text.
      diagnostics.error(
          n.pos(),
          "'"
              + key
              + "' must be text, but YAML reads "
              + s.text()
              + " as "
              + (s.kind() == ScalarKind.BOOLEAN ? "a yes/no value" : "a number")
              + ". Put it in quotes: \""
              + s.text()
              + "\".");
      return Optional.empty();
    }
    wrongType(key, n, "text");
    return Optional.empty();
  }

  private void wrongType(String key, YamlNode n, String expected) {
    diagnostics.error(
        n.pos(), "'" + key + "' in " + context + " must be " + expected + ", found " + n.describe() + ".");
  }

  private static boolean isNull(YamlNode n) {
    return n instanceof YamlNode.Scalar s && s.kind() == ScalarKind.NULL;
  }
}
