package dev.foothold.deploy.identity;

import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.tenant.TenantId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own identity, roles and tenants. */
@RequestScoped
@Path("v1/me")
@Tag(name = "Identity")
public class MeResource {

  @Inject CurrentUser user;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Who the access token says you are, and which tenants you belong to")
  public MeView me() {
    return new MeView(
        user.subject().value(),
        user.username().orElse(null),
        user.email().orElse(null),
        user.roles().stream().sorted().toList(),
        user.memberships().stream().map(TenantId::slug).sorted().toList());
  }
}
