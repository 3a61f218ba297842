package dev.foothold.deploy.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenantPathFilterTest {

  @Test
  void theTenantIsTheSegmentAfterT() {
    assertEquals(Optional.of("demo-coaching"), TenantPathFilter.slugOf("v1/t/demo-coaching"));
    assertEquals(
        Optional.of("demo-coaching"), TenantPathFilter.slugOf("/v1/t/demo-coaching/ladders/3"));
  }

  @Test
  void otherPathsHaveNoTenant() {
    assertEquals(Optional.empty(), TenantPathFilter.slugOf("v1/me"));
    assertEquals(Optional.empty(), TenantPathFilter.slugOf("v1/t/"));
    assertEquals(Optional.empty(), TenantPathFilter.slugOf("v1/tenants/demo-coaching"));
  }
}
