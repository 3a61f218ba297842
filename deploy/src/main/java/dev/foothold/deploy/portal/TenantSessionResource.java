package dev.foothold.deploy.portal;

import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.tenant.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the caller is in this tenant, so the portal shows the pages their role may use. */
@RequestScoped
@Path("v1/t/{slug}/me/membership")
@Tag(name = "Portal")
public class TenantSessionResource {

  /**
   * @param tenant the tenant's slug
   * @param subject the caller's stable id
   * @param name their name as the token gives it
   * @param email their email address, if any
   * @param role their role in the tenant, in lower case
   */
  public record Session(String tenant, String subject, String name, String email, String role) {}

  @Inject CurrentUser user;
  @Inject TenantContext tenant;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Your role in this tenant")
  public Session get() {
    var here = tenant.require();
    var membership =
        user.membershipIn(here)
            .orElseThrow(
                () ->
                    new ProblemException(
                        403,
                        "not-a-member",
                        "Not a member of this tenant",
                        "Ask for an invitation."));
    return new Session(
        here.slug(),
        user.subject().value(),
        user.displayName().orElse(null),
        user.email().orElse(null),
        membership.role().name().toLowerCase(Locale.ROOT));
  }
}
