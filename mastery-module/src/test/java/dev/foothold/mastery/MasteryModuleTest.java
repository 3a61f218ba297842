package dev.foothold.mastery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.foothold.platform.module.FootholdModule;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class MasteryModuleTest {

  @Test
  void thePlatformFindsTheModuleAndItsMigrations() {
    var modules = ServiceLoader.load(FootholdModule.class).stream().map(p -> p.get()).toList();
    assertEquals(1, modules.size());
    var mastery = modules.get(0);
    assertEquals("mastery", mastery.name());
    var location = mastery.migrations().location().substring("classpath:".length());
    assertNotNull(
        getClass().getClassLoader().getResource(location + "/V1__mastery_schema.sql"),
        "the first migration ships in the module");
  }
}
