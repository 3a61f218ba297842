package dev.foothold.tenant.members.boundary;

import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.identity.TenantRoles;
import dev.foothold.tenant.members.control.MemberAdministration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A tenant's members and invitations, for its owners and admins. */
@RequestScoped
@Path("v1/t/{slug}")
@Tag(name = "Members")
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles({TenantRole.OWNER, TenantRole.ADMIN})
public class MembersResource {

  @Inject MemberAdministration administration;

  @GET
  @Path("members")
  @Operation(summary = "The tenant's members and their roles")
  public List<MemberView> members() {
    return administration.list().stream().map(MemberView::of).toList();
  }

  @POST
  @Path("members")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Invite a person by email to join in a role (the same as POST invitations): they join"
              + " when they accept; the answer never says whether they have an account")
  public Response add(@Valid @NotNull(message = "Send the member as JSON") NewMember member) {
    var sent = administration.invite(member.email(), role(member.role()), null, null);
    return Response.accepted(InvitationView.of(sent)).build();
  }

  @PUT
  @Path("members/{subject}/role")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a member's role")
  public MemberView changeRole(
      @PathParam("subject") String subject,
      @Valid @NotNull(message = "Send the role as JSON") RoleChange change) {
    return MemberView.of(administration.changeRole(new SubjectId(subject), role(change.role())));
  }

  @DELETE
  @Path("members/{subject}")
  @Operation(summary = "Remove a member: their access ends at once")
  public Response remove(@PathParam("subject") String subject) {
    administration.remove(new SubjectId(subject));
    return Response.noContent().build();
  }

  @GET
  @Path("invitations")
  @Operation(summary = "Invitations waiting to be accepted")
  public List<InvitationView> invitations() {
    return administration.invitations().stream().map(InvitationView::of).toList();
  }

  @POST
  @Path("invitations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Email an invitation to register and join in a role")
  public Response invite(
      @Valid @NotNull(message = "Send the invitation as JSON") NewInvitation invitation) {
    var sent =
        administration.invite(
            invitation.email(),
            role(invitation.role()),
            invitation.firstName(),
            invitation.lastName());
    return Response.accepted(InvitationView.of(sent)).build();
  }

  private static TenantRole role(String name) {
    return TenantRole.valueOf(name.toUpperCase(Locale.ROOT));
  }
}
