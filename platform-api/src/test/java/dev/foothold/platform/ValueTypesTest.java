package dev.foothold.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foothold.platform.entitlement.Decision;
import dev.foothold.platform.entitlement.FeatureKey;
import dev.foothold.platform.module.Migrations;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.tenant.TenantId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTypesTest {

  @ParameterizedTest
  @ValueSource(strings = {"demo-coaching", "ab", "acme2", "a-b-c"})
  void acceptsSlugsThatFitAPathAndADnsLabel(String slug) {
    assertEquals(slug, new TenantId(slug).slug());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "a", "Demo", "demo--x", "-demo", "demo-", "2demo", "demo_x", "demo.x", "x y"})
  void refusesSlugsThatCouldNotStandInAUrl(String slug) {
    assertFalse(TenantId.isValid(slug));
    assertThrows(IllegalArgumentException.class, () -> new TenantId(slug));
  }

  @Test
  void refusesASlugLongerThanADnsLabel() {
    assertTrue(TenantId.isValid("a" + "b".repeat(62)));
    assertFalse(TenantId.isValid("a" + "b".repeat(63)));
  }

  @Test
  void featureKeysNameAModuleAndAFeature() {
    assertEquals("mastery.ladders", new FeatureKey("mastery.ladders").value());
    assertThrows(IllegalArgumentException.class, () -> new FeatureKey("ladders"));
    assertThrows(IllegalArgumentException.class, () -> new FeatureKey("Mastery.Ladders"));
  }

  @Test
  void onlyADenyForbidsUse() {
    assertTrue(Decision.allow().permitted());
    assertTrue(Decision.allowInGrace("Payment is 2 days late", null).permitted());
    assertFalse(Decision.deny("Your trial has ended", null).permitted());
  }

  @Test
  void problemTypesAreStableUrns() {
    var problem = new ProblemException(404, "tenant-not-found", "Tenant not found", "No 'x'");
    assertEquals("urn:foothold:problem:tenant-not-found", problem.type().toString());
    assertEquals("No 'x'", problem.detail());
    assertThrows(
        IllegalArgumentException.class, () -> new ProblemException(200, "ok", "OK", "fine"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ProblemException(400, "Bad Type", "Bad", "bad", Map.of()));
  }

  @Test
  void migrationsStayInsideTheModule() {
    assertThrows(
        IllegalArgumentException.class, () -> new Migrations("mastery", "filesystem:/tmp/x"));
    assertThrows(IllegalArgumentException.class, () -> new Migrations("Mastery", "classpath:db/x"));
  }
}
