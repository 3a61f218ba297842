package dev.foothold.tenant.branding.boundary;

import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.tenant.TenantScope;
import dev.foothold.tenant.branding.control.BrandingStore;
import dev.foothold.tenant.branding.control.PortalHosts;
import dev.foothold.tenant.branding.control.PublicTenants;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Which tenant's portal this host is, and its theme: for portals served on a custom domain or on
 * {@code <slug>.<base domain>}. Public; it tells only what the portal shows anyway.
 */
@RequestScoped
@Path("v1/portal")
@Tag(name = "Branding")
@PermitAll
public class PortalResource {

  @Inject PortalHosts hosts;
  @Inject BrandingStore branding;
  @Inject PublicTenants publicTenants;
  @Inject TenantScope scope;
  @Context UriInfo uri;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The tenant and theme of the portal at this host (public)")
  public BrandingView get() {
    var host = uri.getRequestUri().getHost();
    var tenant =
        hosts
            .tenantOf(host == null ? "" : host)
            .filter(publicTenants::listed)
            .orElseThrow(
                () ->
                    new ProblemException(
                        404,
                        "no-portal-here",
                        "No portal at this address",
                        "No tenant's portal is served at " + host + "."));
    return scope.call(tenant, () -> BrandingView.of(tenant.slug(), branding.look()));
  }
}
