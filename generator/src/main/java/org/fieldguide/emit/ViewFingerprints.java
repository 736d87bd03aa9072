package org.fieldguide.emit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.fieldguide.digest.Fingerprint;

/**
 * Fingerprints of the views a template receives, fed to a {@link Fingerprint} value by value:
 * records component by component (in declaration order), lists and sets element by element and
 * maps entry by entry (in their iteration order, which is also the order they are shown in),
 * anything else as its text. Every value is tagged with its kind and every text with its
 * length, so two different views never feed the same sequence. Building the view's text
 * ({@code toString()}) only to hash it was most of the cost of fingerprinting a page.
 * Thread-safe.
 */
final class ViewFingerprints {
  /** What kind of value follows (each is followed by what makes it unambiguous: a length, a type, a count). */
  private static final char NULL = 0;
  private static final char TEXT = 1;
  private static final char RECORD = 2;
  private static final char COLLECTION = 3;
  private static final char MAP = 4;
  private static final char OPTIONAL = 5;
  private static final char OTHER = 6;

  /** The accessors of each record type's components, looked up once per type. */
  private final ClassValue<Method[]> accessors = new ClassValue<>() {
    @Override
    protected Method[] computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Method[] methods = new Method[components.length];
      for (int i = 0; i < components.length; i++) {
        methods[i] = components[i].getAccessor();
        // A record nested in a class that is not public (a theme test's, say) is still read.
        methods[i].trySetAccessible();
      }
      return methods;
    }
  };

  /** The fingerprint of {@code views} after the texts in {@code prefix}. */
  String of(java.util.List<String> prefix, Object... views) {
    Fingerprint f = new Fingerprint();
    for (String p : prefix) text(f, p);
    for (Object v : views) value(f, v);
    return f.hex();
  }

  private void value(Fingerprint f, Object v) {
    if (v == null) {
      f.add(NULL);
    } else if (v instanceof String s) {
      text(f, s);
    } else if (v instanceof Record r) {
      f.add(RECORD);
      text(f, r.getClass().getName());
      for (Method m : accessors.get(r.getClass())) value(f, component(m, r));
    } else if (v instanceof Collection<?> c) {
      f.add(COLLECTION).add(c.size());
      for (Object e : c) value(f, e);
    } else if (v instanceof Map<?, ?> m) {
      f.add(MAP).add(m.size());
      for (Map.Entry<?, ?> e : m.entrySet()) {
        value(f, e.getKey());
        value(f, e.getValue());
      }
    } else if (v instanceof Optional<?> o) {
      f.add(OPTIONAL);
      value(f, o.orElse(null));
    } else {
      // Numbers, booleans, enums and anything else a view holds: as the template would print it.
      f.add(OTHER);
      text(f, v.getClass().getName());
      text(f, String.valueOf(v));
    }
  }

  private static void text(Fingerprint f, String s) {
    f.add(TEXT).addText(s);
  }

  private static Object component(Method accessor, Record r) {
    try {
      return accessor.invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor + " of a page view", e);
    }
  }
}
