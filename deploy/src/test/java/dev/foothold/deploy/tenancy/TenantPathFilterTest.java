package dev.foothold.deploy.tenancy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foothold.deploy.identity.MeResource;
import dev.foothold.deploy.persistence.Modules;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

class TenantPathFilterTest {

  @Path("v1/t/{slug}")
  static class TenantRoot {}

  @Path("/v1/t/{slug}/ladders")
  static class InsideATenant {}

  @Path("v1/tenants/{slug}")
  static class ForOperators {}

  @Path("v1/t/{slugs}")
  static class LooksAlike {}

  @Test
  void aResourceIsInATenantByItsTemplate() {
    assertTrue(TenantPathFilter.tenantScoped(TenantRoot.class));
    assertTrue(TenantPathFilter.tenantScoped(InsideATenant.class));
  }

  @Test
  void otherResourcesAndNoneAreNot() {
    assertFalse(TenantPathFilter.tenantScoped(ForOperators.class));
    assertFalse(TenantPathFilter.tenantScoped(LooksAlike.class));
    assertFalse(TenantPathFilter.tenantScoped(MeResource.class));
    assertFalse(TenantPathFilter.tenantScoped(String.class));
    assertFalse(TenantPathFilter.tenantScoped(null));
  }

  @Test
  void everyModuleResourceUnderTIsInATenant() {
    for (var module : Modules.all()) {
      for (var type : module.restClasses()) {
        var path = type.getAnnotation(Path.class);
        if (path != null && path.value().startsWith("v1/t/")) {
          assertTrue(TenantPathFilter.tenantScoped(type), type.getName());
        }
      }
    }
  }
}
