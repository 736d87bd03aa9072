package org.fieldguide.index;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes and reads facts records in a compact binary form, by walking their record components:
 * strings once each (a file name is stored once, however many positions name it, and read back
 * as one shared string), numbers, enums, dates, durations, paths, optionals, lists, sets, maps,
 * nested records and sealed interfaces. Any record or field added to the facts is handled
 * without more code here, and changes the {@link #schema} fingerprint, so a cache written by an
 * older fieldguide is ignored rather than misread.
 *
 * <p>One writer or reader per stream; instances are not shared between threads.
 */
final class FactsCodec {
  private FactsCodec() {}

  /** Thrown for a type the codec does not know: the cache is then not used. */
  static final class UnsupportedType extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnsupportedType(Type t) {
      super("cannot store facts of type " + t.getTypeName());
    }
  }

  /** A digest of the shape of {@code root} and everything it contains. */
  static String schema(Class<?> root) {
    StringBuilder sb = new StringBuilder();
    describe(root, sb, new LinkedHashSet<>());
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static void describe(Type type, StringBuilder sb, Set<Type> seen) {
    sb.append(type.getTypeName()).append(';');
    if (!seen.add(type)) return;
    if (type instanceof ParameterizedType p) {
      for (Type a : p.getActualTypeArguments()) describe(a, sb, seen);
    } else if (type instanceof Class<?> c) {
      if (c.isRecord()) {
        for (RecordComponent rc : c.getRecordComponents()) {
          sb.append(rc.getName()).append(':');
          describe(rc.getGenericType(), sb, seen);
        }
      } else if (c.isEnum()) {
        for (Object e : c.getEnumConstants()) sb.append(((Enum<?>) e).name()).append(',');
      } else if (c.isSealed()) {
        for (Class<?> sub : c.getPermittedSubclasses()) describe(sub, sb, seen);
      }
    }
  }

  /**
   * What reflection says of the types a stream holds, asked once per type: a record's components
   * and constructor, a sealed interface's kinds, an enum's constants. Asking again for every value
   * made reading the facts of a large site take seconds (each question parses class files' generic
   * signatures and loads classes by name again).
   */
  private static final class Shapes {
    private final Map<Class<?>, Shape> records = new HashMap<>();
    private final Map<Class<?>, Map<String, Class<?>>> kinds = new HashMap<>();
    private final Map<Class<?>, Object[]> constants = new HashMap<>();

    Shape record(Class<?> c) {
      return records.computeIfAbsent(c, Shape::of);
    }

    /** The records a sealed interface (or one a record implements) may hold, by class name; empty for other types. */
    Map<String, Class<?>> kinds(Class<?> c) {
      return kinds.computeIfAbsent(c, k -> {
        Map<String, Class<?>> byName = new HashMap<>();
        if (k.isSealed()) for (Class<?> sub : permitted(k)) byName.put(sub.getName(), sub);
        return byName;
      });
    }

    Object[] constants(Class<?> c) {
      return constants.computeIfAbsent(c, Class::getEnumConstants);
    }
  }

  /** A record's components (their declared types and accessors) and its canonical constructor. */
  private record Shape(Type[] types, java.lang.reflect.Method[] accessors, Constructor<?> constructor) {
    static Shape of(Class<?> c) {
      RecordComponent[] rc = c.getRecordComponents();
      Type[] types = new Type[rc.length];
      java.lang.reflect.Method[] accessors = new java.lang.reflect.Method[rc.length];
      for (int i = 0; i < rc.length; i++) {
        types[i] = rc[i].getGenericType();
        accessors[i] = rc[i].getAccessor();
        accessors[i].setAccessible(true);
      }
      return new Shape(types, accessors, FactsCodec.constructor(c));
    }
  }

  /** Writes values; strings go to a table shared by everything one writer writes. */
  static final class Writer {
    private final DataOutputStream out;
    private final Map<String, Integer> strings = new HashMap<>();
    private final Shapes shapes = new Shapes();

    Writer(DataOutputStream out) {
      this.out = out;
    }

    void write(Object value, Type type) throws IOException {
      Class<?> raw = raw(type);
      if (value == null) {
        out.writeByte(0);
        return;
      }
      out.writeByte(1);
      if (raw == String.class) {
        string((String) value);
      } else if (raw == int.class || raw == Integer.class) {
        out.writeInt((Integer) value);
      } else if (raw == long.class || raw == Long.class) {
        out.writeLong((Long) value);
      } else if (raw == boolean.class || raw == Boolean.class) {
        out.writeBoolean((Boolean) value);
      } else if (raw.isEnum()) {
        out.writeShort(((Enum<?>) value).ordinal());
      } else if (raw == LocalDate.class) {
        out.writeLong(((LocalDate) value).toEpochDay());
      } else if (raw == Duration.class) {
        out.writeLong(((Duration) value).getSeconds());
        out.writeInt(((Duration) value).getNano());
      } else if (Path.class.isAssignableFrom(raw)) {
        string(value.toString());
      } else if (raw == Optional.class) {
        Optional<?> o = (Optional<?>) value;
        out.writeBoolean(o.isPresent());
        if (o.isPresent()) write(o.get(), arg(type, 0));
      } else if (raw == List.class || raw == Set.class) {
        java.util.Collection<?> c = (java.util.Collection<?>) value;
        out.writeInt(c.size());
        for (Object e : c) write(e, arg(type, 0));
      } else if (raw == Map.class) {
        Map<?, ?> m = (Map<?, ?>) value;
        out.writeInt(m.size());
        for (Map.Entry<?, ?> e : m.entrySet()) {
          write(e.getKey(), arg(type, 0));
          write(e.getValue(), arg(type, 1));
        }
      } else if (raw == BigDecimal.class) {
        string(value.toString());
      } else if (raw == Object.class) {
        dynamic(value);
      } else if (raw.isRecord() && raw == value.getClass()) {
        record(value, raw);
      } else if (!shapes.kinds(raw).isEmpty() || (raw.isInterface() && value.getClass().isRecord())) {
        Class<?> actual = value.getClass();
        string(actual.getName());
        record(value, actual);
      } else {
        throw new UnsupportedType(type);
      }
    }

    /** A value whose type is known only at run time: plain data as YAML gives it. */
    private void dynamic(Object value) throws IOException {
      if (value instanceof String v) {
        out.writeByte('s');
        string(v);
      } else if (value instanceof Long || value instanceof Integer) {
        out.writeByte('l');
        out.writeLong(((Number) value).longValue());
      } else if (value instanceof BigDecimal v) {
        out.writeByte('d');
        string(v.toString());
      } else if (value instanceof Boolean v) {
        out.writeByte('b');
        out.writeBoolean(v);
      } else if (value instanceof LocalDate v) {
        out.writeByte('t');
        out.writeLong(v.toEpochDay());
      } else if (value instanceof List<?> v) {
        out.writeByte('L');
        out.writeInt(v.size());
        for (Object e : v) write(e, Object.class);
      } else if (value instanceof Map<?, ?> v) {
        out.writeByte('M');
        out.writeInt(v.size());
        for (Map.Entry<?, ?> e : v.entrySet()) {
          write(e.getKey(), Object.class);
          write(e.getValue(), Object.class);
        }
      } else {
        throw new UnsupportedType(value.getClass());
      }
    }

    private void record(Object value, Class<?> c) throws IOException {
      Shape shape = shapes.record(c);
      for (int i = 0; i < shape.types().length; i++) {
        try {
          write(shape.accessors()[i].invoke(value), shape.types()[i]);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + shape.accessors()[i], e);
        }
      }
    }

    private void string(String s) throws IOException {
      Integer known = strings.get(s);
      if (known != null) {
        out.writeInt(known);
        return;
      }
      strings.put(s, strings.size());
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(-1 - utf8.length);
      out.write(utf8);
    }
  }

  /** Reads what a {@link Writer} wrote, with the same types. */
  static final class Reader {
    /** Reads one value (past its null marker) of the type it was planned for. */
    @FunctionalInterface
    private interface Plan {
      Object read(Reader r) throws IOException;
    }

    private final DataInputStream in;
    private final List<String> strings = new ArrayList<>();
    private final Shapes shapes = new Shapes();
    /**
     * How each type met so far is read, worked out on first meeting it: the facts of a site are
     * tens of thousands of records of a few types, and asking each value's type what it is (raw
     * class, enum, record, interface, its type arguments) was some 40 % of reading them.
     */
    private final Map<Type, Plan> plans = new HashMap<>();

    Reader(DataInputStream in) {
      this.in = in;
    }

    Object read(Type type) throws IOException {
      Plan plan = plans.get(type);
      if (plan == null) {
        plan = planOrRefusal(type);
        plans.put(type, plan);
      }
      return in.readByte() == 0 ? null : plan.read(this);
    }

    /** The plan for {@code type}; for a type the codec does not know, one that refuses when a value comes (a null reads as before). */
    private Plan planOrRefusal(Type type) {
      try {
        return plan(type);
      } catch (UnsupportedType e) {
        return r -> {
          throw new UnsupportedType(type);
        };
      }
    }

    private Plan plan(Type type) {
      Class<?> raw = raw(type);
      if (raw == String.class) return Reader::string;
      if (raw == int.class || raw == Integer.class) return r -> r.in.readInt();
      if (raw == long.class || raw == Long.class) return r -> r.in.readLong();
      if (raw == boolean.class || raw == Boolean.class) return r -> r.in.readBoolean();
      if (raw.isEnum()) {
        Object[] constants = shapes.constants(raw);
        return r -> constants[r.in.readShort()];
      }
      if (raw == LocalDate.class) return r -> LocalDate.ofEpochDay(r.in.readLong());
      if (raw == Duration.class) return r -> Duration.ofSeconds(r.in.readLong(), r.in.readInt());
      if (Path.class.isAssignableFrom(raw)) return r -> Path.of(r.string());
      if (raw == Optional.class) {
        Type item = arg(type, 0);
        return r -> r.in.readBoolean() ? Optional.ofNullable(r.read(item)) : Optional.empty();
      }
      // Lists, sets and maps as compact as the facts they came from (a build keeps every page's):
      // no list behind an unmodifiable view, one shared empty set or map.
      if (raw == List.class) {
        Type item = arg(type, 0);
        return r -> {
          int n = r.in.readInt();
          Object[] items = new Object[n];
          boolean nulls = false;
          for (int i = 0; i < n; i++) nulls |= (items[i] = r.read(item)) == null;
          return nulls ? Collections.unmodifiableList(java.util.Arrays.asList(items)) : List.of(items);
        };
      }
      if (raw == Set.class) {
        Type item = arg(type, 0);
        return r -> {
          int n = r.in.readInt();
          if (n == 0) return Set.of();
          Set<Object> set = new LinkedHashSet<>();
          for (int i = 0; i < n; i++) set.add(r.read(item));
          return Collections.unmodifiableSet(set);
        };
      }
      if (raw == Map.class) {
        Type key = arg(type, 0);
        Type value = arg(type, 1);
        return r -> {
          int n = r.in.readInt();
          if (n == 0) return Map.of();
          Map<Object, Object> map = new LinkedHashMap<>();
          for (int i = 0; i < n; i++) map.put(r.read(key), r.read(value));
          return Collections.unmodifiableMap(map);
        };
      }
      if (raw == BigDecimal.class) return r -> new BigDecimal(r.string());
      if (raw == Object.class) return Reader::dynamic;
      if (raw.isRecord()) {
        Shape shape = shapes.record(raw);
        return r -> r.record(raw, shape);
      }
      if (raw.isInterface() || !shapes.kinds(raw).isEmpty()) {
        Map<String, Class<?>> kinds = shapes.kinds(raw);
        return r -> {
          String name = r.string();
          Class<?> kind = kinds.get(name);
          if (kind == null) throw new IOException("unknown kind " + name + " of " + raw.getName());
          return r.record(kind, r.shapes.record(kind));
        };
      }
      throw new UnsupportedType(type);
    }

    private Object dynamic() throws IOException {
      byte tag = in.readByte();
      switch (tag) {
        case 's':
          return string();
        case 'l':
          return in.readLong();
        case 'd':
          return new BigDecimal(string());
        case 'b':
          return in.readBoolean();
        case 't':
          return LocalDate.ofEpochDay(in.readLong());
        case 'L': {
          int n = in.readInt();
          List<Object> list = new ArrayList<>(n);
          for (int i = 0; i < n; i++) list.add(read(Object.class));
          return Collections.unmodifiableList(list);
        }
        case 'M': {
          int n = in.readInt();
          Map<Object, Object> map = new LinkedHashMap<>();
          for (int i = 0; i < n; i++) map.put(read(Object.class), read(Object.class));
          return Collections.unmodifiableMap(map);
        }
        default:
          throw new IOException("unknown value kind " + tag);
      }
    }

    private Object record(Class<?> c, Shape shape) throws IOException {
      Type[] types = shape.types();
      Object[] args = new Object[types.length];
      for (int i = 0; i < args.length; i++) args[i] = read(types[i]);
      try {
        return shape.constructor().newInstance(args);
      } catch (ReflectiveOperationException e) {
        throw new IOException("cannot make " + c.getName(), e);
      }
    }

    private String string() throws IOException {
      int index = in.readInt();
      if (index >= 0) return strings.get(index);
      byte[] utf8 = new byte[-1 - index];
      in.readFully(utf8);
      String s = new String(utf8, StandardCharsets.UTF_8);
      strings.add(s);
      return s;
    }
  }

  private static List<Class<?>> permitted(Class<?> c) {
    List<Class<?>> out = new ArrayList<>();
    if (c.getPermittedSubclasses() == null) return out;
    for (Class<?> sub : c.getPermittedSubclasses()) {
      if (sub.isSealed()) out.addAll(permitted(sub));
      else out.add(sub);
    }
    return out;
  }

  private static Constructor<?> constructor(Class<?> k) {
    {
      RecordComponent[] rc = k.getRecordComponents();
      Class<?>[] types = new Class<?>[rc.length];
      for (int i = 0; i < rc.length; i++) types[i] = rc[i].getType();
      try {
        Constructor<?> ctor = k.getDeclaredConstructor(types);
        ctor.setAccessible(true);
        return ctor;
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("record without canonical constructor: " + k, e);
      }
    }
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) return c;
    if (type instanceof ParameterizedType p) return (Class<?>) p.getRawType();
    throw new UnsupportedType(type);
  }

  private static Type arg(Type type, int i) {
    if (type instanceof ParameterizedType p) return p.getActualTypeArguments()[i];
    throw new UnsupportedType(type);
  }
}
