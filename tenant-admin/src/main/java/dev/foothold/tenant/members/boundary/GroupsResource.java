package dev.foothold.tenant.members.boundary;

import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.identity.TenantRoles;
import dev.foothold.platform.tenant.TenantContext;
import dev.foothold.tenant.members.control.Groups;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Groups of members, kept by a tenant's owners, admins and managers, so that a ladder can be
 * assigned to a whole group at once.
 */
@RequestScoped
@Path("v1/t/{slug}/groups")
@Tag(name = "Members")
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles({TenantRole.OWNER, TenantRole.ADMIN, TenantRole.MANAGER})
public class GroupsResource {

  @Inject Groups groups;
  @Inject CurrentUser caller;
  @Inject TenantContext tenant;

  /**
   * A group and who is in it.
   *
   * @param name its name
   * @param members its active members
   */
  public record GroupView(String name, List<MemberView> members) {}

  @GET
  @Operation(
      summary =
          "The tenant's groups and their members (managers see names and roles, no email"
              + " addresses)")
  public List<GroupView> all() {
    // A manager arranges people into groups and needs to know who they are, not how to reach
    // them: email addresses stay with the owners and admins, who see them on the member list.
    boolean emails =
        caller
            .membershipIn(tenant.require())
            .map(m -> m.role() == TenantRole.OWNER || m.role() == TenantRole.ADMIN)
            .orElse(false);
    return groups.all().stream()
        .map(
            l ->
                new GroupView(
                    l.group().name(),
                    l.members().stream()
                        .map(MemberView::of)
                        .map(v -> emails ? v : v.withoutEmail())
                        .toList()))
        .toList();
  }

  @PUT
  @Path("{name}")
  @Operation(summary = "Create a group (asking again changes nothing)")
  public Response create(@PathParam("name") @GroupName String name) {
    var created = groups.create(name);
    return Response.status(created.created() ? 201 : 200)
        .entity(new GroupView(created.group().name(), List.of()))
        .build();
  }

  @DELETE
  @Path("{name}")
  @Operation(summary = "Delete a group; its members stay members")
  public Response delete(@PathParam("name") @GroupName String name) {
    groups.delete(name);
    return Response.noContent().build();
  }

  @PUT
  @Path("{name}/members/{subject}")
  @Operation(summary = "Put a member in a group")
  public Response add(
      @PathParam("name") @GroupName String name,
      @PathParam("subject") @Size(max = 255, message = "A person's id has at most 255 characters")
          String subject) {
    groups.add(name, new SubjectId(subject));
    return Response.noContent().build();
  }

  @DELETE
  @Path("{name}/members/{subject}")
  @Operation(summary = "Take a member out of a group")
  public Response remove(
      @PathParam("name") @GroupName String name,
      @PathParam("subject") @Size(max = 255, message = "A person's id has at most 255 characters")
          String subject) {
    groups.remove(name, new SubjectId(subject));
    return Response.noContent().build();
  }

  /** A group's name: 1 to 80 characters, no leading or trailing space. */
  @Pattern(
      regexp = "\\S(.{0,78}\\S)?",
      message = "A group's name has 1 to 80 characters and no space at either end")
  @jakarta.validation.Constraint(validatedBy = {})
  @java.lang.annotation.Target({
    java.lang.annotation.ElementType.PARAMETER,
    java.lang.annotation.ElementType.FIELD
  })
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  public @interface GroupName {
    String message() default "A group's name has 1 to 80 characters and no space at either end";

    Class<?>[] groups() default {};

    Class<? extends jakarta.validation.Payload>[] payload() default {};
  }
}
