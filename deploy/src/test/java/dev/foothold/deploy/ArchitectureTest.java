package dev.foothold.deploy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rule, checked on the compiled classes of all four modules. */
class ArchitectureTest {

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.foothold");
  }

  @Test
  void platformApiDependsOnNoModule() {
    noClasses()
        .that()
        .resideInAPackage("dev.foothold.platform..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.foothold.mastery..", "dev.foothold.tenant..", "dev.foothold.deploy..")
        .check(classes);
  }

  @Test
  void masteryNeverReachesIntoTenantAdministration() {
    noClasses()
        .that()
        .resideInAPackage("dev.foothold.mastery..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.foothold.tenant..", "dev.foothold.deploy..")
        .check(classes);
  }

  @Test
  void tenantAdministrationNeverReachesIntoMastery() {
    noClasses()
        .that()
        .resideInAPackage("dev.foothold.tenant..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.foothold.mastery..", "dev.foothold.deploy..")
        .check(classes);
  }

  @Test
  void deployFindsModulesThroughTheSpiOnly() {
    noClasses()
        .that()
        .resideInAPackage("dev.foothold.deploy..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.foothold.mastery..", "dev.foothold.tenant..")
        .check(classes);
  }

  @Test
  void componentsMeetThroughTheirBoundaryOnly() {
    noClasses()
        .that()
        .resideInAPackage("dev.foothold.(*)..(*).entity..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..boundary..", "..control..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("..control..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..boundary..")
        .check(classes);
  }
}
