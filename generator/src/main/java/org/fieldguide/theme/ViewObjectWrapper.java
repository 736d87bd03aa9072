package org.fieldguide.theme;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.StringModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
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
 * a string-like bean whose other methods templates can call ({@code site.asset(…)}), and {@code
 * page.title()} still calls the accessor.
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

  @Override
  protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
    if (obj.getClass().isRecord()) {
      Map<String, Function<Object, Object>> components = COMPONENTS.get(obj.getClass());
      if (!components.isEmpty()) return new RecordModel(obj, this, components);
    }
    return super.handleUnknownType(obj);
  }

  /**
   * The default model of a record ({@code GenericObjectModel}: a {@link StringModel} that knows
   * when a key is about to be called), with faster component reads. {@code GenericObjectModel}'s
   * {@code get} is final, hence its deprecated parent.
   */
  @SuppressWarnings("deprecation")
  private static final class RecordModel extends StringModel implements MethodCallAwareTemplateHashModel {
    private final Map<String, Function<Object, Object>> components;

    RecordModel(Object record, BeansWrapper wrapper, Map<String, Function<Object, Object>> components) {
      super(record, wrapper);
      this.components = components;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      Function<Object, Object> component = components.get(key);
      return component == null ? super.get(key) : wrap(component.apply(object));
    }

    @Override
    public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
      return super.getBeforeMethodCall(key);
    }
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
    return Map.copyOf(functions);
  }

  private static Class<?> boxed(Class<?> type) {
    return MethodType.methodType(type).wrap().returnType();
  }
}
