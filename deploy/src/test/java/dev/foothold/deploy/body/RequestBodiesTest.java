package dev.foothold.deploy.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foothold.deploy.rest.FootholdApplication;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.InputStream;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every request body of every resource is one the strict reader binds (a record of supported types)
 * or raw bytes that the resource checks itself: a new resource cannot quietly fall back to the
 * container's lenient JSON binding.
 */
class RequestBodiesTest {

  private static final Set<Class<?>> RAW = Set.of(byte[].class, InputStream.class);

  @Test
  void everyBodyIsStrictlyBoundOrRaw() {
    var odd = new ArrayList<String>();
    int bodies = 0;
    for (var resource : new FootholdApplication().getClasses()) {
      if (!resource.isAnnotationPresent(Path.class)) {
        continue;
      }
      for (var method : resource.getMethods()) {
        if (!(method.isAnnotationPresent(POST.class)
            || method.isAnnotationPresent(PUT.class)
            || method.isAnnotationPresent(PATCH.class)
            || method.isAnnotationPresent(DELETE.class))) {
          continue;
        }
        for (var parameter : method.getParameters()) {
          if (!isEntity(parameter)) {
            continue;
          }
          bodies++;
          var type = parameter.getType();
          if (!RAW.contains(type)
              && !(type.isRecord() && StrictBinder.supports(parameter.getParameterizedType()))) {
            odd.add(resource.getSimpleName() + "." + method.getName() + ": " + type.getName());
          }
        }
      }
    }
    assertEquals(List.of(), odd);
    assertEquals(true, bodies > 20, "found the bodies: " + bodies);
  }

  /**
   * Every number in every request record has a lower and an upper bound, and every text, list and
   * map a length bound (or a pattern), so Bean Validation refuses what the binder lets through.
   */
  @Test
  void everyFieldOfEveryBodyIsBounded() {
    var unbounded = new java.util.TreeSet<String>();
    var seen = new java.util.HashSet<Class<?>>();
    var todo = new java.util.ArrayDeque<Class<?>>(bodyRecords());
    while (!todo.isEmpty()) {
      var record = todo.pop();
      if (!seen.add(record)) {
        continue;
      }
      for (var component : record.getRecordComponents()) {
        var field = record.getSimpleName() + "." + component.getName();
        var type = component.getType();
        // constraints on a record component land on its field (they do not target components)
        java.lang.reflect.AnnotatedElement annotated;
        try {
          annotated = record.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
          throw new IllegalStateException(e);
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
          boolean low =
              has(annotated, jakarta.validation.constraints.Min.class)
                  || has(annotated, jakarta.validation.constraints.DecimalMin.class);
          boolean high =
              has(annotated, jakarta.validation.constraints.Max.class)
                  || has(annotated, jakarta.validation.constraints.DecimalMax.class);
          if (!low || !high) {
            unbounded.add(field + " has no range");
          }
        } else if (type == String.class) {
          if (!has(annotated, jakarta.validation.constraints.Size.class)
              && !has(annotated, jakarta.validation.constraints.Pattern.class)) {
            unbounded.add(field + " has no length bound");
          }
        } else if (java.util.Collection.class.isAssignableFrom(type)
            || java.util.Map.class.isAssignableFrom(type)) {
          if (!has(annotated, jakarta.validation.constraints.Size.class)) {
            unbounded.add(field + " has no size bound");
          }
        }
        collectRecords(component.getGenericType(), todo);
      }
    }
    assertEquals(new java.util.TreeSet<String>(), unbounded);
  }

  private static boolean has(
      java.lang.reflect.AnnotatedElement element,
      Class<? extends java.lang.annotation.Annotation> annotation) {
    return element.isAnnotationPresent(annotation)
        || element.getAnnotationsByType(annotation).length > 0;
  }

  private static void collectRecords(
      java.lang.reflect.Type type, java.util.Deque<Class<?>> records) {
    if (type instanceof Class<?> c && c.isRecord()) {
      records.push(c);
    } else if (type instanceof java.lang.reflect.ParameterizedType p) {
      for (var argument : p.getActualTypeArguments()) {
        collectRecords(argument, records);
      }
    } else if (type instanceof java.lang.reflect.WildcardType w) {
      collectRecords(w.getUpperBounds()[0], records);
    }
  }

  private static List<Class<?>> bodyRecords() {
    var records = new ArrayList<Class<?>>();
    for (var resource : new FootholdApplication().getClasses()) {
      if (!resource.isAnnotationPresent(Path.class)) {
        continue;
      }
      for (var method : resource.getMethods()) {
        for (var parameter : method.getParameters()) {
          if (isEntity(parameter) && parameter.getType().isRecord()) {
            records.add(parameter.getType());
          }
        }
      }
    }
    return records;
  }

  private static boolean isEntity(Parameter parameter) {
    for (var annotation :
        List.of(
            PathParam.class,
            QueryParam.class,
            HeaderParam.class,
            Context.class,
            BeanParam.class,
            FormParam.class,
            CookieParam.class,
            MatrixParam.class)) {
      if (parameter.isAnnotationPresent(annotation)) {
        return false;
      }
    }
    return true;
  }
}
