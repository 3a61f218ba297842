package dev.foothold.tenant.branding.boundary;

import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.tenant.TenantScope;
import dev.foothold.tenant.branding.control.BrandingStore;
import dev.foothold.tenant.branding.control.PortalHosts;
import dev.foothold.tenant.branding.control.PublicTenants;
import dev.foothold.tenant.directory.control.TenantPortalClient;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Which tenant's portal this host is, and its theme: for portals served on a custom domain or on
 * {@code <slug>.<base domain>}, and which Keycloak client the portal on this host signs in with.
 * Public; it tells only what the portal shows anyway.
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

  @Inject
  @ConfigProperty(name = "foothold.portal.client-id")
  String sharedClientId;

  @Inject
  @ConfigProperty(name = "foothold.portal.tenant-client-prefix", defaultValue = "foothold-portal-")
  String tenantPrefix;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The tenant and theme of the portal at this host (public)")
  public PortalView get() {
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
    // a custom domain is run by its tenant: the portal there signs in through the tenant's own
    // client, whose tokens are good for this tenant only (the shared client never admits it)
    var signInClientId =
        hosts.platformHost(host) ? sharedClientId : TenantPortalClient.idOf(tenantPrefix, tenant);
    return scope.call(
        tenant,
        () -> PortalView.of(BrandingView.of(tenant.slug(), branding.look()), signInClientId));
  }
}
