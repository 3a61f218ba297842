package dev.foothold.deploy.portal;

import dev.foothold.platform.identity.People;
import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.identity.TenantRoles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tenant's members as the people who run training choose among them (to assign or suggest a
 * ladder): names, roles and groups. No email field (the name is a person's email only when they
 * gave no name).
 */
@RequestScoped
@Path("v1/t/{slug}/people")
@Tag(name = "Portal")
@TenantRoles({TenantRole.MANAGER, TenantRole.COACH, TenantRole.ADMIN, TenantRole.OWNER})
public class TeamPeopleResource {

  /**
   * @param subject their stable id
   * @param name the name to show
   * @param role their role, in lower case
   * @param groups the groups they are in, sorted
   */
  public record Member(String subject, String name, String role, List<String> groups) {}

  @Inject People people;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The tenant's members, by name, with roles and groups")
  public List<Member> members() {
    return people.members().stream()
        .map(
            p ->
                new Member(
                    p.subject().value(),
                    p.name(),
                    p.role().name().toLowerCase(Locale.ROOT),
                    p.groups().stream().sorted().toList()))
        .toList();
  }
}
