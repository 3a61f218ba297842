package dev.foothold.tenant.members.boundary;

import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.tenant.TenantId;
import dev.foothold.platform.tenant.TenantScope;
import dev.foothold.tenant.members.control.MemberAdministration;
import dev.foothold.tenant.tenants.control.TenantStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * How a platform operator gives a tenant the person who runs it: a new tenant has no members, and a
 * tenant whose last admin is gone needs a new one.
 */
@RequestScoped
@Path("v1/tenants/{slug}/admins")
@Tag(name = "Tenants (platform operators)")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorMembersResource {

  @Inject CurrentUser user;
  @Inject TenantScope scope;
  @Inject TenantStore tenants;
  @Inject MemberAdministration administration;

  /**
   * @param email the person to appoint
   */
  public record Appointee(
      @NotBlank(message = "Give the person's email address")
          @Email(message = "This is not an email address")
          @Size(max = 254, message = "An email address has at most 254 characters")
          String email) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Appoint the person who runs a tenant (owner of a coaching business, admin of an"
              + " organisation): added at once if they have an account, else invited by email")
  public Response appoint(
      @PathParam("slug") String slug,
      @Valid @NotNull(message = "Send the appointee as JSON") Appointee appointee) {
    if (!user.hasRole("platform-operator")) {
      throw new ProblemException(
          403,
          "operator-only",
          "For platform operators",
          "Only a platform operator can appoint the person who runs a tenant.");
    }
    if (!TenantId.isValid(slug)) {
      throw new ProblemException(
          404, "tenant-not-found", "No such tenant", "No tenant " + slug + ".");
    }
    var tenant = new TenantId(slug);
    tenants.require(tenant);
    var appointment =
        scope.call(tenant, () -> administration.appointRunner(appointee.email().strip()));
    return appointment.member() != null
        ? Response.status(201).entity(MemberView.of(appointment.member())).build()
        : Response.accepted(InvitationView.of(appointment.invitation())).build();
  }
}
