package dev.foothold.tenant.tenants.boundary;

import dev.foothold.platform.tenant.TenantContext;
import dev.foothold.tenant.tenants.control.TenantStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A tenant as its members see it. */
@RequestScoped
@Path("v1/t/{slug}")
@Tag(name = "Tenants")
public class TenantsResource {

  @Inject TenantContext tenantContext;
  @Inject TenantStore tenants;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The tenant of this path, for its members")
  public TenantView get() {
    return TenantView.of(tenants.require(tenantContext.require()));
  }
}
