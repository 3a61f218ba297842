package dev.foothold.mastery.ladders.boundary;

import dev.foothold.mastery.MasteryModule;
import dev.foothold.mastery.ladders.control.LadderLibrary;
import dev.foothold.platform.entitlement.Gated;
import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.identity.TenantRoles;
import dev.foothold.platform.tenant.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Ladder templates: every member reads them; coaches, managers, owners and admins write them. */
@Gated(MasteryModule.LADDERS_KEY)
@RequestScoped
@Path("v1/t/{slug}/ladders")
@Tag(name = "Ladders")
@Produces(MediaType.APPLICATION_JSON)
public class LaddersResource {

  @Inject LadderLibrary library;
  @Inject CurrentUser caller;
  @Inject TenantContext tenant;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The newest version of every ladder template")
  public List<LadderView> all() {
    return library.newest().stream().map(LadderView::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One ladder template version")
  public LadderView one(@PathParam("id") String id) {
    return LadderView.of(library.find(Ids.parse(id, "ladder")));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @TenantRoles({TenantRole.OWNER, TenantRole.ADMIN, TenantRole.COACH, TenantRole.MANAGER})
  @Operation(summary = "Write a ladder template, rung by rung")
  public Response create(@Valid @NotNull(message = "Send the ladder as JSON") LadderInput ladder) {
    var created = library.create(ladder.draft());
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(LadderView.of(created))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @TenantRoles({TenantRole.OWNER, TenantRole.ADMIN, TenantRole.COACH, TenantRole.MANAGER})
  @Operation(
      summary =
          "Revise a template (its author, an owner or an admin): makes a new version; people"
              + " climbing keep theirs")
  public Response revise(
      @PathParam("id") String id,
      @Valid @NotNull(message = "Send the ladder as JSON") LadderInput ladder) {
    boolean administers =
        caller
            .membershipIn(tenant.require())
            .map(m -> m.holdsAnyOf(TenantRole.OWNER, TenantRole.ADMIN))
            .orElse(false);
    var revised = library.revise(Ids.parse(id, "ladder"), ladder.draft(), administers);
    return Response.created(
            uri.getBaseUriBuilder()
                .path(uri.getPath().replace(id, revised.id().toString()))
                .build())
        .entity(LadderView.of(revised))
        .build();
  }
}
