package org.fieldguide.frontmatter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldguide.config.FieldDeclaration;
import org.fieldguide.config.FrontMatterConfig;
import org.fieldguide.yaml.MappingReader;
import org.fieldguide.yaml.YamlNode;
import org.fieldguide.yaml.YamlNode.ScalarKind;

/**
 * Reads the fields a site declared in {@code site.yaml} out of one page's front matter, typed by
 * their declarations, and accepts the keys the site ignores. Problems are reported through the
 * page's {@link MappingReader}, at the value's position.
 */
final class DeclaredFields {
  // Jekyll and Hugo write dates with a time and zone after them: 2019-05-01 10:00:00 -0400.
  private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?");

  private DeclaredFields() {}

  /**
   * The declared fields this page has, in declaration order.
   *
   * @param place the page's content type id, or {@code section} for an {@code _index.md}
   */
  static Map<String, ExtraValue> read(MappingReader r, FrontMatterConfig config, String place) {
    r.accept(config.ignore());
    Map<String, ExtraValue> out = new LinkedHashMap<>();
    for (FieldDeclaration d : config.fields()) {
      if (!d.appliesTo(place)) {
        r.accept(List.of(d.name()));
        if (r.keyPos(d.name()).isPresent()) {
          r.reportAt(r.keyPos(d.name()).get(), "the field '" + d.name() + "' is declared in site.yaml (line " + d.pos().line()
              + ") for " + String.join(", ", d.appliesTo()) + ", not for " + describe(place) + ". Add " + place
              + " to its types there, or remove it here.");
        }
        continue;
      }
      value(r, d).ifPresent(v -> out.put(d.name(), v));
    }
    // Most pages have none: one shared empty map, not a map of their own for the whole build.
    return out.isEmpty() ? Map.of() : Collections.unmodifiableMap(out);
  }

  /** The sentence that says how to keep an unknown key: declare it, or ignore it. */
  static String hint(String key) {
    return " If another tool needs it, declare it in site.yaml under front_matter: fields (such as " + key
        + ": text), or list it under front_matter: ignore.";
  }

  private static String describe(String place) {
    return place.equals("section") ? "a section page (_index.md)" : "a " + place;
  }

  private static Optional<ExtraValue> value(MappingReader r, FieldDeclaration d) {
    String key = d.name();
    Optional<YamlNode> node = r.node(key);
    if (node.isEmpty()) return Optional.empty();
    YamlNode n = node.get();
    return switch (d.type()) {
      case TEXT -> r.text(key).map(t -> new ExtraValue.Text(t, n.pos()));
      case INTEGER -> r.integer(key).map(i -> new ExtraValue.Whole(i, n.pos()));
      case NUMBER -> number(r, key, n);
      case BOOLEAN -> r.bool(key).map(b -> new ExtraValue.Bool(b, n.pos()));
      case DATE -> date(r, key, n);
      case LIST -> Optional.of(new ExtraValue.TextList(r.textList(key), n.pos()));
      case MAPPING -> {
        if (n instanceof YamlNode.Mapping) yield Optional.of(new ExtraValue.Tree(plain(n), n.pos()));
        r.reportAt(n, "'" + key + "' in front matter must be a mapping of 'key: value' lines, found " + n.describe() + ".");
        yield Optional.empty();
      }
      case ANY -> Optional.of(new ExtraValue.Tree(plain(n), n.pos()));
    };
  }

  private static Optional<ExtraValue> number(MappingReader r, String key, YamlNode n) {
    if (n instanceof YamlNode.Scalar s && (s.kind() == ScalarKind.INTEGER || s.kind() == ScalarKind.DECIMAL)) {
      try {
        return Optional.of(new ExtraValue.Decimal(new BigDecimal(s.text().replace("_", "")), n.pos()));
      } catch (NumberFormatException e) {
        // YAML 1.1 numbers such as .inf or 0x1F: reported below as not a number
      }
    }
    r.reportAt(n, "'" + key + "' in front matter must be a number, such as " + key + ": 1.5, found " + n.describe() + ".");
    return Optional.empty();
  }

  private static Optional<ExtraValue> date(MappingReader r, String key, YamlNode n) {
    if (n instanceof YamlNode.Scalar s && s.kind() == ScalarKind.STRING) {
      Matcher m = DATE.matcher(s.text().strip());
      if (m.matches()) {
        try {
          return Optional.of(new ExtraValue.Date(LocalDate.parse(m.group(1)), s.text().strip(), n.pos()));
        } catch (DateTimeParseException e) {
          // an impossible date such as 2026-02-30: reported below
        }
      }
    }
    r.reportAt(n, "'" + key + "' in front matter must be a date written as YYYY-MM-DD (a time may follow), such as "
        + key + ": 2026-09-14, found " + (n instanceof YamlNode.Scalar s && s.kind() == ScalarKind.STRING ? "'" + s.text() + "'" : n.describe()) + ".");
    return Optional.empty();
  }

  /** A YAML value as plain Java values for templates; nulls are left out. */
  private static Object plain(YamlNode n) {
    if (n instanceof YamlNode.Mapping m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (YamlNode.Entry e : m.entries()) {
        Object v = plain(e.value());
        if (v != null) out.put(e.key(), v);
      }
      return Collections.unmodifiableMap(out);
    }
    if (n instanceof YamlNode.Sequence s) {
      List<Object> out = new ArrayList<>();
      for (YamlNode item : s.items()) {
        Object v = plain(item);
        if (v != null) out.add(v);
      }
      return Collections.unmodifiableList(out);
    }
    YamlNode.Scalar s = (YamlNode.Scalar) n;
    return switch (s.kind()) {
      case STRING -> s.text();
      case BOOLEAN -> switch (s.text().toLowerCase(java.util.Locale.ROOT)) {
        case "true", "yes", "on", "y" -> Boolean.TRUE;
        default -> Boolean.FALSE;
      };
      case INTEGER, DECIMAL -> {
        try {
          BigDecimal d = new BigDecimal(s.text().replace("_", ""));
          yield s.kind() == ScalarKind.INTEGER && d.toBigInteger().bitLength() < 63 ? (Object) d.longValueExact() : d;
        } catch (NumberFormatException | ArithmeticException e) {
          yield s.text();
        }
      }
      case NULL -> null;
    };
  }
}
