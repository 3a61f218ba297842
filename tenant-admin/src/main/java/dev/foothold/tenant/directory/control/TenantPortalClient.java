package dev.foothold.tenant.directory.control;

import dev.foothold.platform.tenant.TenantId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

/**
 * A tenant's own portal sign-in client in Keycloak: {@code <prefix><slug>}, holding that tenant's
 * verified custom domains and nothing else. A custom domain is run by the tenant, not by the
 * platform, so whoever controls it can receive the authorization codes sent there: such codes must
 * only ever give tokens that are good for this one tenant. That is why the client is public with
 * PKCE, has no other grant, carries no realm roles in its tokens ({@code fullScopeAllowed} off),
 * and why Foothold refuses its tokens outside the tenant's own paths.
 */
public final class TenantPortalClient {

  static final String PKCE_METHOD = "pkce.code.challenge.method";
  static final String POST_LOGOUT_REDIRECT_URIS = "post.logout.redirect.uris";

  private TenantPortalClient() {}

  /**
   * @param prefix {@code foothold.portal.tenant-client-prefix}
   * @param tenant a tenant
   * @return the clientId of its own portal client
   */
  public static String idOf(String prefix, TenantId tenant) {
    return prefix + tenant.slug();
  }

  /**
   * @param shared the portal client every tenant shares (only read)
   * @param clientId the new client's id
   * @return a new client with the shared one's protocol, scopes and mappers (the audience among
   *     them), and none of its addresses
   */
  static ClientRepresentation create(ClientRepresentation shared, String clientId) {
    var client = new ClientRepresentation();
    client.setClientId(clientId);
    client.setProtocol(shared.getProtocol() == null ? "openid-connect" : shared.getProtocol());
    client.setDefaultClientScopes(copy(shared.getDefaultClientScopes()));
    client.setOptionalClientScopes(copy(shared.getOptionalClientScopes()));
    var mappers = new ArrayList<ProtocolMapperRepresentation>();
    if (shared.getProtocolMappers() != null) {
      for (var mapper : shared.getProtocolMappers()) {
        var copy = new ProtocolMapperRepresentation();
        copy.setName(mapper.getName());
        copy.setProtocol(mapper.getProtocol());
        copy.setProtocolMapper(mapper.getProtocolMapper());
        copy.setConfig(mapper.getConfig() == null ? Map.of() : new HashMap<>(mapper.getConfig()));
        mappers.add(copy);
      }
    }
    client.setProtocolMappers(mappers);
    return client;
  }

  /**
   * Sets what must hold for a tenant's client whatever it held before: one tenant's addresses,
   * authorization code with PKCE only, no roles in its tokens.
   *
   * @param client the client, changed in place
   * @param tenant whose it is
   * @param redirectUris exactly the addresses it admits
   */
  static void harden(ClientRepresentation client, TenantId tenant, List<String> redirectUris) {
    client.setName("Foothold portal of " + tenant.slug());
    client.setDescription(
        "The portal on the verified custom domains of tenant '"
            + tenant.slug()
            + "'. Managed by Foothold: changes are overwritten.");
    client.setEnabled(true);
    client.setPublicClient(true);
    client.setBearerOnly(false);
    client.setStandardFlowEnabled(true);
    client.setImplicitFlowEnabled(false);
    client.setDirectAccessGrantsEnabled(false);
    client.setServiceAccountsEnabled(false);
    client.setFullScopeAllowed(false);
    client.setRootUrl(null);
    client.setBaseUrl(null);
    client.setRedirectUris(List.copyOf(redirectUris));
    client.setWebOrigins(List.of("+"));
    var attributes =
        client.getAttributes() == null
            ? new HashMap<String, String>()
            : new HashMap<>(client.getAttributes());
    attributes.put(PKCE_METHOD, "S256");
    attributes.put(POST_LOGOUT_REDIRECT_URIS, PortalAddresses.join(redirectUris));
    attributes.put("oauth2.device.authorization.grant.enabled", "false");
    attributes.put("oidc.ciba.grant.enabled", "false");
    client.setAttributes(attributes);
  }

  private static List<String> copy(List<String> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
