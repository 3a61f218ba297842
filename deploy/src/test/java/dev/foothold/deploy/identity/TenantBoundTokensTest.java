package dev.foothold.deploy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenantBoundTokensTest {

  static final String PREFIX = "foothold-portal-";

  @Test
  void aTokenOfATenantsOwnClientIsBoundToThatTenant() {
    assertEquals(Optional.of("acme"), TenantBoundTokens.boundSlug(PREFIX, "foothold-portal-acme"));
    // a malformed name stays bound: it matches no tenant path rather than every path
    assertEquals(
        Optional.of("Not A Slug"),
        TenantBoundTokens.boundSlug(PREFIX, "foothold-portal-Not A Slug"));
  }

  @Test
  void tokensOfThePlatformsClientsAreBoundToNoTenant() {
    assertEquals(Optional.empty(), TenantBoundTokens.boundSlug(PREFIX, "foothold-portal"));
    assertEquals(Optional.empty(), TenantBoundTokens.boundSlug(PREFIX, "foothold-cli"));
    assertEquals(Optional.empty(), TenantBoundTokens.boundSlug(PREFIX, null));
  }

  @Path("v1/t/{slug}")
  static class TenantRoot {}

  @Path("/v1/t/{slug}/climbs")
  static class TenantClimbs {}

  @Path("v1/tenants")
  static class Operators {}

  @Path("v1/t/{slugs}")
  static class LookAlike {}

  static class Unmapped {}

  @Test
  void onlyResourcesUnderATenantsPathAreTenantPaths() {
    assertTrue(TenantBoundTokenFilter.tenantPath(TenantRoot.class));
    assertTrue(TenantBoundTokenFilter.tenantPath(TenantClimbs.class));
    assertFalse(TenantBoundTokenFilter.tenantPath(Operators.class));
    assertFalse(TenantBoundTokenFilter.tenantPath(LookAlike.class));
    assertFalse(TenantBoundTokenFilter.tenantPath(Unmapped.class));
    assertFalse(TenantBoundTokenFilter.tenantPath(null));
  }
}
