package dev.foothold.deploy.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The application serves exactly the listed classes (no scanning: see {@link FootholdApplication}),
 * so the list must name every resource and provider in the WAR.
 */
class RestClassesTest {

  @Test
  void everyResourceAndProviderInTheWarIsListed() {
    var inWar =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.foothold")
                .stream()
                .filter(c -> c.isAnnotatedWith(Path.class) || c.isAnnotatedWith(Provider.class))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    var listed =
        new FootholdApplication()
            .getClasses().stream()
                .map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(inWar, listed);
    assertTrue(
        listed.contains("dev.foothold.tenant.tenants.boundary.TenantsResource"),
        "module classes come through the SPI");
  }

  @Test
  void onlyResourcesAndProvidersAreListed() {
    Set<Class<?>> odd =
        new FootholdApplication()
            .getClasses().stream()
                .filter(
                    c ->
                        !c.isAnnotationPresent(Path.class)
                            && !c.isAnnotationPresent(Provider.class))
                .collect(Collectors.toSet());
    assertEquals(Set.of(), odd);
  }
}
