package org.fieldguide.theme;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Freemarker's default wrapper, except that a view record's components are read through a
 * function made once per record class instead of through reflection.
 *
 * <p>Templates read record components on every line ({@code page.title}, {@code item.url}), and
 * the default wrapper reads each with {@link java.lang.reflect.Method#invoke}, whose access check
 * looks up its caller's class on the stack every time: about a sixth of the time spent rendering
 * pages. Everything else stays the default's, so templates see no difference: a record is still
 * a hash that reads as text, whose other methods templates can call ({@code site.asset(…)}), and
 * {@code page.title()} still calls the accessor.
 */
final class ViewObjectWrapper extends DefaultObjectWrapper {
  /** A record class's components by name, as functions; empty for a record this class cannot read so (not public). */
  private static final ClassValue<Map<String, Function<Object, Object>>> COMPONENTS = new ClassValue<>() {
    @Override
    protected Map<String, Function<Object, Object>> computeValue(Class<?> type) {
      return components(type);
    }
  };

  ViewObjectWrapper() {
    super(Configuration.VERSION_2_3_34);
    writeProtect();
  }

  /**
   * The class of a value templates read, as this wrapper treats it: asked once per class. The
   * default's {@code wrap} tries a string, a number, a date, an array, a collection, a map… before
   * it reaches a record, and {@code Class.isArray} and {@code Class.isRecord} are calls into the
   * VM under the client compiler: a sixth of wrapping, which is a sixth of rendering a page.
   */
  private static final ClassValue<Map<String, Function<Object, Object>>> PLAIN_RECORD = new ClassValue<>() {
    /** The record's components; null for a class that is not a plain record. */
    @Override
    protected Map<String, Function<Object, Object>> computeValue(Class<?> type) {
      // A record that is also a collection, a map, a model or an iterator is the default's to wrap.
      boolean plain = type.isRecord() && !COMPONENTS.get(type).isEmpty() && !TemplateModel.class.isAssignableFrom(type)
          && !java.util.Collection.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type)
          && !java.util.Iterator.class.isAssignableFrom(type) && !java.util.Enumeration.class.isAssignableFrom(type)
          && !Iterable.class.isAssignableFrom(type) && !org.w3c.dom.Node.class.isAssignableFrom(type);
      return plain ? COMPONENTS.get(type) : null;
    }
  };

  /**
   * Strings, booleans and whole numbers, the values templates read most, are wrapped here as the
   * default would (a {@link SimpleScalar}, the shared boolean models, a {@link SimpleNumber}). The
   * default asks first whether a value is a {@code TemplateModel}, an interface: under Java 17's
   * client compiler a check against an interface that fails is a call into the VM every time (its
   * one-entry cache remembers only successes). A profile of a cold 10,000-page build had about a
   * second of CPU in that call. These classes are final, so the checks below are comparisons.
   */
  @Override
  public TemplateModel wrap(Object obj) throws TemplateModelException {
    if (obj instanceof String s) return new SimpleScalar(s);
    if (obj instanceof Boolean b) return b ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
    if (obj instanceof Integer || obj instanceof Long) return new SimpleNumber((Number) obj);
    // The page's interface strings, read about 90 times a page (ui.t(…)): the default would first
    // ask for eight interfaces it does not have before handing it to handleUnknownType.
    if (obj instanceof UiView ui) return new UiModel(ui, this);
    if (obj != null) {
      Map<String, Function<Object, Object>> components = PLAIN_RECORD.get(obj.getClass());
      if (components != null) return new RecordModel(obj, this, components);
    }
    return super.wrap(obj);
  }

  @Override
  protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
    if (obj.getClass().isRecord()) {
      Map<String, Function<Object, Object>> components = COMPONENTS.get(obj.getClass());
      if (!components.isEmpty()) return new RecordModel(obj, this, components);
    }
    return super.handleUnknownType(obj);
  }

  /**
   * A record as templates read it: its components through functions made once per class; any
   * other key (a method such as {@code site.asset}, or {@code page.title()}) through the default's
   * model, made when first asked; as text, its {@code toString()}, as the default's.
   *
   * <p>Not the default's model ({@code GenericObjectModel}, a {@code StringModel}) extended: that
   * has nine interfaces, and Freemarker asks a model for interfaces at every step ({@code ${…}}
   * asks whether it is a number, then markup, then text). Under Java 17's client compiler a check
   * against an interface the cache does not hold scans the class's list of interfaces, in a stub
   * the profiler cannot see into (4 % of a 10,000-page check's CPU). With three, and the
   * immutable map of components replaced below, the template stage of that check took ~6 % less
   * time (2,340-2,430 against 2,470-2,550 ms, 4 alternating runs). What templates lose: a record
   * is no longer an extended hash ({@code ?keys}, {@code ?values}, {@code ?api}); {@code
   * ?has_content} reads its text (never empty for a record) instead of answering true.
   */
  private static final class RecordModel implements MethodCallAwareTemplateHashModel, TemplateScalarModel, AdapterTemplateModel {
    private final Object object;
    private final ViewObjectWrapper wrapper;
    private final Map<String, Function<Object, Object>> components;
    private TemplateModel fallback;

    RecordModel(Object record, ViewObjectWrapper wrapper, Map<String, Function<Object, Object>> components) {
      this.object = record;
      this.wrapper = wrapper;
      this.components = components;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      Function<Object, Object> component = components.get(key);
      return component == null ? fallback().get(key) : wrapper.wrap(component.apply(object));
    }

    @Override
    public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
      return ((MethodCallAwareTemplateHashModel) fallback()).getBeforeMethodCall(key);
    }

    private TemplateHashModel fallback() throws TemplateModelException {
      if (fallback == null) fallback = wrapper.defaultModel(object);
      return (TemplateHashModel) fallback;
    }

    @Override
    public boolean isEmpty() {
      return false;
    }

    /** As the default's: a record shown as text ({@code ${page.date}}) is its {@code toString()}. */
    @Override
    public String getAsString() {
      return object.toString();
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
      return object;
    }
  }

  /**
   * {@code ui} as templates call it: {@code ui.t(…)} picks its {@link UiView#t} by the number of
   * arguments. Freemarker's bean model resolves the overloads of {@code t} anew on every call,
   * through reflection: 90 calls on every page, about a tenth of rendering one. Anything else is
   * the default's.
   */
  private static final class UiModel implements TemplateHashModel {
    private final UiView ui;
    private final ViewObjectWrapper wrapper;
    /** The default's model, for anything but {@code t}: made when first asked (most pages never do). */
    private TemplateModel fallback;
    private final freemarker.template.TemplateMethodModelEx t;

    UiModel(UiView ui, ViewObjectWrapper wrapper) {
      this.ui = ui;
      this.wrapper = wrapper;
      this.t = new T();
    }

    /**
     * {@code ui.t}. A class, not a lambda: a model is made each time a template reads {@code ui}
     * (90 times a page), and capturing a lambda goes through a method handle under the client
     * compiler: 120 of 19,021 CPU samples of a 10k x 3 check, against a plain allocation.
     */
    private final class T implements freemarker.template.TemplateMethodModelEx {
      @Override
      @SuppressWarnings("rawtypes") // Freemarker's interface declares a raw List
      public Object exec(java.util.List arguments) throws TemplateModelException {
        return switch (arguments.size()) {
          case 1 -> ui.t(text(arguments, 0));
          case 2 -> ui.t(text(arguments, 0), number(arguments, 1));
          case 3 -> ui.t(text(arguments, 0), text(arguments, 1), value(arguments, 2));
          case 5 -> ui.t(text(arguments, 0), text(arguments, 1), value(arguments, 2), text(arguments, 3), value(arguments, 4));
          default -> throw new TemplateModelException("ui.t takes a key and a count, or a key and one or two names with values; it was"
              + " given " + arguments.size() + " arguments.");
        };
      }
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      if (key.equals("t")) return t;
      if (fallback == null) fallback = wrapper.defaultModel(ui);
      return ((TemplateHashModel) fallback).get(key);
    }

    @Override
    public boolean isEmpty() {
      return false;
    }

    private String text(java.util.List<?> arguments, int i) throws TemplateModelException {
      Object a = arguments.get(i);
      if (a instanceof TemplateScalarModel s) return s.getAsString();
      throw new TemplateModelException("argument " + (i + 1) + " of ui.t must be text, not " + describe(a) + ".");
    }

    private Number number(java.util.List<?> arguments, int i) throws TemplateModelException {
      Object a = arguments.get(i);
      if (a instanceof freemarker.template.TemplateNumberModel n) return n.getAsNumber();
      throw new TemplateModelException("argument " + (i + 1) + " of ui.t must be a number (a count), not " + describe(a) + ".");
    }

    private Object value(java.util.List<?> arguments, int i) throws TemplateModelException {
      return wrapper.unwrap((TemplateModel) arguments.get(i));
    }

    private static String describe(Object a) {
      return a instanceof TemplateModel m ? freemarker.template.utility.ClassUtil.getFTLTypeDescription(m) : "nothing";
    }
  }

  /** The default wrapper's model of {@code obj}, as if this class did not know its type. */
  private TemplateModel defaultModel(Object obj) throws TemplateModelException {
    return super.handleUnknownType(obj);
  }

  private static Map<String, Function<Object, Object>> components(Class<?> type) {
    if (!Modifier.isPublic(type.getModifiers())) return Map.of();
    Map<String, Function<Object, Object>> functions = new HashMap<>();
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      for (RecordComponent c : type.getRecordComponents()) {
        MethodHandle accessor = lookup.unreflect(c.getAccessor());
        CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
            MethodType.methodType(Object.class, Object.class), accessor, MethodType.methodType(boxed(c.getType()), type));
        @SuppressWarnings("unchecked")
        Function<Object, Object> f = (Function<Object, Object>) site.getTarget().invoke();
        functions.put(c.getName(), f);
      }
    } catch (Throwable e) {
      // A record this class may not read (a public record nested in a class that is not): the default's reflection reads it.
      return Map.of();
    }
    // A HashMap, not Map.copyOf: templates look a component up on every read, and an immutable
    // map's probe calls equals on each key it passes (the template's key is never the same
    // string object as the component's name), where a HashMap compares hash codes first.
    return functions;
  }

  private static Class<?> boxed(Class<?> type) {
    return MethodType.methodType(type).wrap().returnType();
  }
}
