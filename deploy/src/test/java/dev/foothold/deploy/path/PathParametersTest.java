package dev.foothold.deploy.path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foothold.deploy.persistence.Modules;
import dev.foothold.deploy.rest.FootholdApplication;
import dev.foothold.platform.problem.ProblemException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathParametersTest {

  static List<Class<?>> served() {
    var classes = new ArrayList<Class<?>>(FootholdApplication.PLATFORM_CLASSES);
    Modules.all().forEach(module -> classes.addAll(module.restClasses()));
    return classes;
  }

  /** Every name in a template or a {@code @PathParam} of a served resource. */
  static Set<String> namesInUse() {
    var names = new TreeSet<String>();
    var inTemplate = Pattern.compile("\\{\\s*([^}:\\s]+)");
    for (var type : served()) {
      var templates = new HashSet<String>();
      if (type.getAnnotation(Path.class) != null) {
        templates.add(type.getAnnotation(Path.class).value());
      }
      for (var method : type.getMethods()) {
        if (method.getAnnotation(Path.class) != null) {
          templates.add(method.getAnnotation(Path.class).value());
        }
        for (var parameter : method.getParameters()) {
          if (parameter.getAnnotation(PathParam.class) != null) {
            names.add(parameter.getAnnotation(PathParam.class).value());
          }
        }
      }
      for (var template : templates) {
        var matcher = inTemplate.matcher(template);
        while (matcher.find()) {
          names.add(matcher.group(1));
        }
      }
    }
    return names;
  }

  @Test
  void everyPathParameterOfEveryResourceHasARule() {
    var names = namesInUse();
    assertTrue(names.containsAll(Set.of("slug", "id", "person", "subject")), names.toString());
    var without = names.stream().filter(n -> PathParameters.rule(n).isEmpty()).toList();
    assertEquals(List.of(), without, "path parameters without a rule in PathParameters");
  }

  @ParameterizedTest
  @CsvSource({
    "slug, demo-coaching",
    "id, 3f2a8c1e-5b7d-4e9a-8c6f-0d1e2f3a4b5c",
    "id, 3F2A8C1E-5B7D-4E9A-8C6F-0D1E2F3A4B5C",
    "entry, 3f2a8c1e-5b7d-4e9a-8c6f-0d1e2f3a4b5c",
    "person, 3f2a8c1e-5b7d-4e9a-8c6f-0d1e2f3a4b5c",
    "subject, f:ldap:ana.lopez",
    "subject, nobody-here",
    "name, Team #1",
    "domain, coach.example.com",
    "audience, peers"
  })
  void ordinaryValuesPass(String name, String value) {
    assertDoesNotThrow(() -> PathParameters.require(name, value));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "slug | Demo-Coaching | 404 | tenant-not-found",
        "slug | demo/me | 404 | tenant-not-found",
        "id | zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz | 404 | not-found",
        "id | +0000000-0000-0000-0000-000000000000 | 404 | not-found",
        "id | 1-1-1-1-1 | 404 | not-found",
        "entry | ' ' | 404 | entry-not-found",
        "person | ' ' | 404 | member-not-found",
        "person | '\t' | 404 | member-not-found",
        "subject | ana lopez | 404 | member-not-found",
        "subject | a\u200Bb | 404 | member-not-found",
        "subject | a/b | 404 | member-not-found",
        "name | a\u0001b | 400 | invalid-group-name",
        "domain | evil.example/x | 404 | domain-not-found",
        "audience | PEERS | 404 | no-such-audience",
        "unheard-of | x | 404 | not-found"
      })
  void hostileValuesAreRefusedWithTheirProblem(String name, String value, int status, String type) {
    var refused = assertThrows(ProblemException.class, () -> PathParameters.require(name, value));
    assertEquals(status, refused.status());
    assertEquals("urn:foothold:problem:" + type, refused.type().toString());
  }

  @Test
  void blankAndOverlongValuesAreRefused() {
    for (var name : PathParameters.RULES.keySet()) {
      assertThrows(ProblemException.class, () -> PathParameters.require(name, ""), name);
      assertThrows(
          ProblemException.class, () -> PathParameters.require(name, "a".repeat(300)), name);
    }
  }
}
