package dev.foothold.tenant.tenants.boundary;

import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.tenant.TenantId;
import dev.foothold.tenant.tenants.control.TenantProvisioning;
import dev.foothold.tenant.tenants.control.TenantStore;
import dev.foothold.tenant.tenants.entity.TenantKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tenants, for platform operators (realm role {@value #OPERATOR}). */
@RequestScoped
@Path("v1/tenants")
@Tag(name = "Tenants (platform operators)")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorTenantsResource {

  static final String OPERATOR = "platform-operator";

  @Inject CurrentUser user;
  @Inject TenantStore tenants;
  @Inject TenantProvisioning provisioning;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Every tenant")
  public List<OperatorTenantView> all() {
    requireOperator();
    return tenants.all().stream().map(OperatorTenantView::of).toList();
  }

  @GET
  @Path("{slug}")
  @Operation(summary = "One tenant")
  public OperatorTenantView one(@PathParam("slug") String slug) {
    requireOperator();
    return OperatorTenantView.of(tenants.require(id(slug)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a tenant and its Keycloak organisation")
  public Response create(@Valid @NotNull(message = "Send the tenant as JSON") NewTenant tenant) {
    requireOperator();
    var plan = tenant.plan() == null ? PlanSettings.DEFAULT : tenant.plan();
    var created =
        provisioning.create(
            id(tenant.slug()),
            TenantKind.valueOf(tenant.kind()),
            tenant.displayName().strip(),
            Optional.ofNullable(tenant.emailDomain()),
            plan.toPlan());
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().slug()).build())
        .entity(OperatorTenantView.of(created))
        .build();
  }

  @PATCH
  @Path("{slug}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Rename, suspend, reactivate, or link an email domain")
  public OperatorTenantView change(
      @PathParam("slug") String slug,
      @Valid @NotNull(message = "Send the change as JSON") TenantChange change) {
    requireOperator();
    return OperatorTenantView.of(
        provisioning.update(
            id(slug),
            Optional.ofNullable(change.displayName()).map(String::strip),
            Optional.ofNullable(change.status()).map("ACTIVE"::equals),
            Optional.ofNullable(change.emailDomain())));
  }

  /**
   * @param seats an organisation's staff seats; {@code null} for unlimited
   */
  public record SeatsChange(
      @jakarta.validation.constraints.Min(
              value = 1,
              message = "An organisation has at least 1 seat")
          @jakarta.validation.constraints.Max(value = 100000, message = "At most 100000 seats")
          Integer seats) {}

  @PUT
  @Path("{slug}/seats")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set an organisation's staff seats (null: unlimited)")
  public OperatorTenantView seats(
      @PathParam("slug") String slug,
      @Valid @NotNull(message = "Send the seats as JSON") SeatsChange change) {
    requireOperator();
    return OperatorTenantView.of(provisioning.seats(id(slug), change.seats()));
  }

  private void requireOperator() {
    if (!user.hasRole(OPERATOR)) {
      throw new ProblemException(
          403,
          "operator-only",
          "For platform operators",
          "Only a platform operator can manage tenants.");
    }
  }

  private static TenantId id(String slug) {
    if (!TenantId.isValid(slug)) {
      throw new ProblemException(
          404, "tenant-not-found", "Tenant not found", "'" + slug + "' is not a tenant's name.");
    }
    return new TenantId(slug);
  }
}
