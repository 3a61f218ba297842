package dev.foothold.tenant.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foothold.platform.tenant.TenantId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

class TenantPortalClientTest {

  static final TenantId TENANT = new TenantId("acme");

  @Test
  void aTenantsClientIsNamedForItAlone() {
    assertEquals("foothold-portal-acme", TenantPortalClient.idOf("foothold-portal-", TENANT));
  }

  @Test
  void itTakesTheSharedClientsAudienceAndScopesButNoneOfItsAddresses() {
    var shared = new ClientRepresentation();
    shared.setId("internal-id");
    shared.setClientId("foothold-portal");
    shared.setProtocol("openid-connect");
    shared.setRedirectUris(List.of("http://localhost:8080/*"));
    shared.setDefaultClientScopes(List.of("profile", "organization", "microprofile-jwt"));
    var audience = new ProtocolMapperRepresentation();
    audience.setId("mapper-id");
    audience.setName("foothold-api-audience");
    audience.setProtocol("openid-connect");
    audience.setProtocolMapper("oidc-audience-mapper");
    audience.setConfig(Map.of("included.custom.audience", "foothold-api"));
    shared.setProtocolMappers(List.of(audience));

    var own = TenantPortalClient.create(shared, "foothold-portal-acme");

    assertNull(own.getId());
    assertNull(own.getRedirectUris());
    assertEquals("foothold-portal-acme", own.getClientId());
    assertEquals(
        List.of("profile", "organization", "microprofile-jwt"), own.getDefaultClientScopes());
    assertEquals(1, own.getProtocolMappers().size());
    assertNull(own.getProtocolMappers().get(0).getId());
    assertEquals(
        "foothold-api",
        own.getProtocolMappers().get(0).getConfig().get("included.custom.audience"));
  }

  @Test
  void hardeningLeavesOnlyTheTenantsAddressesAndTheCodeFlowWithPkce() {
    var client = new ClientRepresentation();
    client.setRedirectUris(List.of("https://attacker.example/*"));
    client.setDirectAccessGrantsEnabled(true);
    client.setImplicitFlowEnabled(true);
    client.setFullScopeAllowed(true);
    client.setPublicClient(false);
    client.setAttributes(Map.of("pkce.code.challenge.method", "plain"));
    var uris = List.of("https://a.example.com/*", "https://b.example.com/*");

    TenantPortalClient.harden(client, TENANT, uris);

    assertEquals(uris, client.getRedirectUris());
    assertEquals(
        "https://a.example.com/*##https://b.example.com/*",
        client.getAttributes().get("post.logout.redirect.uris"));
    assertEquals("S256", client.getAttributes().get("pkce.code.challenge.method"));
    assertTrue(client.isPublicClient());
    assertTrue(client.isStandardFlowEnabled());
    assertFalse(client.isDirectAccessGrantsEnabled());
    assertFalse(client.isImplicitFlowEnabled());
    assertFalse(client.isServiceAccountsEnabled());
    assertFalse(client.isFullScopeAllowed());
  }
}
