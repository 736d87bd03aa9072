package org.fieldguide.theme;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.fieldguide.frontmatter.ExtraValue;

/**
 * The declared front-matter fields of a page as templates read them: plain values, and dates as
 * {@link Views.DateView} formatted in the page's language (Freemarker cannot format {@code
 * java.time} dates itself).
 */
final class ExtraFieldViews {
  private ExtraFieldViews() {}

  static Map<String, Object> of(Map<String, ExtraValue> extra, Function<LocalDate, String> formatDate) {
    if (extra.isEmpty()) return Map.of();
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, ExtraValue> e : extra.entrySet()) {
      Object value = e.getValue() instanceof ExtraValue.Date d
          ? new Views.DateView(d.value().toString(), formatDate.apply(d.value()))
          : e.getValue().templateValue();
      out.put(e.getKey(), value);
    }
    return Collections.unmodifiableMap(out);
  }
}
