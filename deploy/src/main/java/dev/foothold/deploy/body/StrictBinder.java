package dev.foothold.deploy.body;

import dev.foothold.platform.text.SafeText;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds a {@link JsonTree} value to a request record, refusing instead of guessing: a number that a
 * field cannot hold exactly (4294967301 in an {@code Integer}, 1e309 anywhere, 2.5 in an {@code
 * Integer}) is refused, never wrapped or rounded; a string is never a number nor a number a string;
 * a field the record does not have is refused; every list element must have the element's shape;
 * every string passes {@link SafeText}. Ranges within a type are Bean Validation's job, which runs
 * next.
 */
final class StrictBinder {

  /** A decimal beyond this many digits or this scale is not a price or a ratio anyone sends. */
  static final int MAX_DECIMAL_DIGITS = 40;

  /** Map keys (question ids and the like) are short words. */
  static final int MAX_KEY_LENGTH = 200;

  /** One thing wrong with one field. */
  record Error(String field, String message) {}

  /** What was wrong with the body; at most {@link #MAX_ERRORS} errors are kept. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    static final int MAX_ERRORS = 20;
    private final transient List<Error> errors;

    Refused(List<Error> errors) {
      super(errors.size() + " errors", null, false, false);
      this.errors = List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
    }

    List<Error> errors() {
      return errors;
    }
  }

  private final List<Error> errors = new ArrayList<>();

  private StrictBinder() {}

  /**
   * @param value a value read by {@link JsonTree}
   * @param type the type to bind it to
   * @return the bound value
   * @throws Refused naming each field that does not fit
   * @throws IllegalArgumentException when {@code type} is one no request should use (see {@link
   *     #supports(Type)})
   */
  static Object bind(Object value, Type type) throws Refused {
    var binder = new StrictBinder();
    var bound = binder.value(value, type, "");
    if (!binder.errors.isEmpty()) {
      throw new Refused(binder.errors);
    }
    return bound;
  }

  /**
   * @param type a request body type
   * @return whether it and every type inside it can be bound
   */
  static boolean supports(Type type) {
    return supports(type, new LinkedHashSet<>());
  }

  private static boolean supports(Type type, Set<Type> seen) {
    if (!seen.add(type)) {
      return true;
    }
    if (type instanceof ParameterizedType p) {
      var raw = (Class<?>) p.getRawType();
      if (raw == List.class || raw == Collection.class) {
        return supports(p.getActualTypeArguments()[0], seen);
      }
      if (raw == Map.class) {
        return p.getActualTypeArguments()[0] == String.class
            && supports(p.getActualTypeArguments()[1], seen);
      }
      return false;
    }
    if (!(type instanceof Class<?> c)) {
      return false;
    }
    if (SCALARS.contains(c) || c.isEnum()) {
      return true;
    }
    return c.isRecord()
        && Arrays.stream(c.getRecordComponents())
            .allMatch(rc -> supports(rc.getGenericType(), seen));
  }

  private static final Set<Class<?>> SCALARS =
      Set.of(
          String.class,
          Integer.class,
          int.class,
          Long.class,
          long.class,
          Double.class,
          double.class,
          BigDecimal.class,
          Boolean.class,
          boolean.class);

  private Object value(Object value, Type type, String path) {
    if (type instanceof WildcardType w) {
      type = w.getUpperBounds()[0];
    }
    if (value == null) {
      if (type instanceof Class<?> c && c.isPrimitive()) {
        refuse(path, "is required");
      }
      return null;
    }
    if (type instanceof ParameterizedType p) {
      var raw = (Class<?>) p.getRawType();
      if (raw == List.class || raw == Collection.class) {
        return list(value, p.getActualTypeArguments()[0], path);
      }
      if (raw == Map.class && p.getActualTypeArguments()[0] == String.class) {
        return map(value, p.getActualTypeArguments()[1], path);
      }
    } else if (type instanceof Class<?> c) {
      if (c == String.class) {
        return text(value, path);
      }
      if (c == Integer.class || c == int.class) {
        return whole(value, path, Integer.MIN_VALUE, Integer.MAX_VALUE, false);
      }
      if (c == Long.class || c == long.class) {
        return whole(value, path, Long.MIN_VALUE, Long.MAX_VALUE, true);
      }
      if (c == Double.class || c == double.class) {
        return real(value, path);
      }
      if (c == BigDecimal.class) {
        return decimal(value, path);
      }
      if (c == Boolean.class || c == boolean.class) {
        if (value instanceof Boolean b) {
          return b;
        }
        return refuse(path, "must be true or false");
      }
      if (c.isEnum()) {
        return constant(value, c, path);
      }
      if (c.isRecord()) {
        return record(value, c, path);
      }
    }
    throw new IllegalArgumentException("No request body may use the type " + type);
  }

  private Object text(Object value, String path) {
    if (!(value instanceof String s)) {
      return refuse(path, "must be text (in quotes)");
    }
    var forbidden = SafeText.firstForbidden(s);
    if (forbidden.isPresent()) {
      return refuse(
          path,
          "contains the control character "
              + forbidden.get()
              + "; only tabs and line breaks are allowed among control characters");
    }
    return s;
  }

  private Object whole(Object value, String path, long min, long max, boolean isLong) {
    if (!(value instanceof BigDecimal number)) {
      return refuse(path, "must be a number");
    }
    try {
      long exact = number.longValueExact();
      if (exact < min || exact > max) {
        return refuse(path, "must be a whole number from " + min + " to " + max);
      }
      if (isLong) {
        return Long.valueOf(exact);
      }
      return Integer.valueOf((int) exact); // not a ?: expression: it would box both as Long
    } catch (ArithmeticException e) {
      return refuse(path, "must be a whole number from " + min + " to " + max);
    }
  }

  private Object real(Object value, String path) {
    if (!(value instanceof BigDecimal number)) {
      return refuse(path, "must be a number");
    }
    if (!reasonable(number)) {
      return refuse(path, "is out of range");
    }
    double d = number.doubleValue();
    if (!Double.isFinite(d)) {
      return refuse(path, "is out of range");
    }
    return d;
  }

  private Object decimal(Object value, String path) {
    if (!(value instanceof BigDecimal number)) {
      return refuse(path, "must be a number");
    }
    if (!reasonable(number)) {
      return refuse(path, "is out of range");
    }
    return number;
  }

  /** Refuses 1e309, 1e-400 and numbers with hundreds of digits before any arithmetic. */
  private static boolean reasonable(BigDecimal number) {
    return number.precision() <= MAX_DECIMAL_DIGITS
        && Math.abs((long) number.scale()) <= MAX_DECIMAL_DIGITS;
  }

  private Object constant(Object value, Class<?> type, String path) {
    if (value instanceof String s) {
      for (var constant : type.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(s)) {
          return constant;
        }
      }
    }
    return refuse(path, "is not one of the allowed values");
  }

  private Object list(Object value, Type element, String path) {
    if (!(value instanceof List<?> items)) {
      return refuse(path, "must be a list");
    }
    var bound = new ArrayList<Object>(items.size());
    for (int i = 0; i < items.size(); i++) {
      bound.add(value(items.get(i), element, Fields.element(path, i)));
    }
    return bound;
  }

  private Object map(Object value, Type valueType, String path) {
    if (!(value instanceof Map<?, ?> entries)) {
      return refuse(path, "must be an object");
    }
    var bound = new LinkedHashMap<String, Object>();
    for (var entry : entries.entrySet()) {
      var key = (String) entry.getKey();
      if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !SafeText.isSafe(key)) {
        refuse(Fields.entry(path, key), "is not a valid name");
        continue;
      }
      bound.put(key, value(entry.getValue(), valueType, Fields.entry(path, key)));
    }
    return bound;
  }

  private Object record(Object value, Class<?> type, String path) {
    if (!(value instanceof Map<?, ?> fields)) {
      return refuse(path, "must be an object");
    }
    RecordComponent[] components = type.getRecordComponents();
    var names = new LinkedHashSet<String>();
    for (var component : components) {
      names.add(component.getName());
    }
    for (var name : fields.keySet()) {
      if (!names.contains((String) name)) {
        refuse(Fields.member(path, (String) name), "is not a field of this request");
      }
    }
    var arguments = new Object[components.length];
    var types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      var component = components[i];
      types[i] = component.getType();
      arguments[i] =
          value(
              fields.get(component.getName()),
              component.getGenericType(),
              Fields.member(path, component.getName()));
    }
    if (!errors.isEmpty()) {
      return null;
    }
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      canonical.setAccessible(true);
      return canonical.newInstance(arguments);
    } catch (InvocationTargetException e) {
      // a record that checks its own invariants in its constructor refused the values
      return refuse(Fields.orRequest(path), "is not valid");
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot create " + type.getName(), e);
    }
  }

  private Object refuse(String path, String message) {
    errors.add(new Error(Fields.orRequest(path), message));
    return null;
  }
}
