package dev.foothold.deploy.portal;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where a portal sends people to sign in: the realm and the public client that uses the
 * authorization code flow with PKCE. Public; it tells only what any sign-in page shows.
 */
@RequestScoped
@Path("v1/portal/sign-in")
@Tag(name = "Portal")
@PermitAll
public class PortalSignInResource {

  /**
   * @param url Keycloak's base URL, as browsers reach it
   * @param realm the realm
   * @param clientId the portal's public client
   */
  public record SignIn(String url, String realm, String clientId) {}

  @Inject
  @ConfigProperty(name = "foothold.keycloak.url")
  String keycloakUrl;

  @Inject
  @ConfigProperty(name = "foothold.keycloak.realm")
  String realm;

  @Inject
  @ConfigProperty(name = "foothold.portal.client-id")
  String clientId;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Where the portal signs people in (public)")
  public SignIn get() {
    return new SignIn(keycloakUrl, realm, clientId);
  }
}
