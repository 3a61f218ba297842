package dev.foothold.deploy.gate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foothold.deploy.persistence.Modules;
import dev.foothold.platform.entitlement.Gated;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class GateFilterTest {

  @Test
  void theLaddersAreGatedAndNothingUnderMeIs() {
    var gated = new ArrayList<String>();
    for (var module : Modules.all()) {
      for (var type : module.restClasses()) {
        var path = type.getAnnotation(Path.class);
        boolean classGated = type.isAnnotationPresent(Gated.class);
        if (classGated) {
          gated.add(path.value());
        }
        for (var method : type.getMethods()) {
          if (classGated || method.isAnnotationPresent(Gated.class)) {
            var sub = method.getAnnotation(Path.class);
            var full = path.value() + (sub == null ? "" : "/" + sub.value());
            assertFalse(
                full.matches("v1/t/\\{slug\\}/me(/.*)?"),
                type.getSimpleName() + "." + method.getName() + " gates " + full);
          }
        }
      }
    }
    assertTrue(gated.contains("v1/t/{slug}/ladders"), gated.toString());
    assertTrue(gated.contains("v1/t/{slug}/climbs"), gated.toString());
    assertTrue(gated.contains("v1/t/{slug}/suggestions"), gated.toString());
    assertTrue(gated.contains("v1/t/{slug}/team"), gated.toString());
  }
}
