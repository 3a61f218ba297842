package dev.foothold.deploy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foothold.platform.tenant.TenantId;
import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenClaimsTest {

  static final Set<TenantId> BOTH = Set.of(new TenantId("demo-coaching"), new TenantId("demo-org"));

  @Test
  void readsKeycloaksListOfAliases() {
    var claim = Json.createArrayBuilder().add("demo-coaching").add("demo-org").build();
    assertEquals(BOTH, TokenClaims.organizations(claim));
  }

  @Test
  void readsTheObjectFormKeyedByAlias() {
    var claim =
        Json.createObjectBuilder()
            .add("demo-coaching", Json.createObjectBuilder().add("id", "1"))
            .add("demo-org", Json.createObjectBuilder().add("id", "2"))
            .build();
    assertEquals(BOTH, TokenClaims.organizations(claim));
    assertEquals(BOTH, TokenClaims.organizations(Map.of("demo-coaching", 1, "demo-org", 2)));
    assertEquals(BOTH, TokenClaims.organizations(List.of("demo-coaching", "demo-org")));
  }

  @Test
  void noClaimMeansNoTenant() {
    assertEquals(Set.of(), TokenClaims.organizations(null));
  }

  @Test
  void ignoresNamesThatAreNotTenantSlugs() {
    var claim = Json.createArrayBuilder().add("demo-coaching").add("../admin").add("UPPER").build();
    assertEquals(Set.of(new TenantId("demo-coaching")), TokenClaims.organizations(claim));
  }
}
