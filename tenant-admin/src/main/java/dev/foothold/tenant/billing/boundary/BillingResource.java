package dev.foothold.tenant.billing.boundary;

import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.identity.TenantRoles;
import dev.foothold.platform.tenant.TenantContext;
import dev.foothold.platform.tenant.TenantScope;
import dev.foothold.tenant.billing.control.BillingOverview;
import dev.foothold.tenant.billing.control.Overview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A tenant's subscriptions, trials ending soon, trial-to-paid conversion and MRR. */
@RequestScoped
@Path("v1/t/{slug}/billing")
@Tag(name = "Billing")
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles({TenantRole.OWNER, TenantRole.ADMIN})
public class BillingResource {

  @Inject TenantContext tenantContext;
  @Inject TenantScope scope;
  @Inject BillingOverview overview;

  @GET
  @Operation(
      summary = "Subscriptions, trials ending soon, conversion and monthly recurring revenue")
  public Overview get() {
    var tenant = tenantContext.require();
    return scope.call(tenant, () -> overview.of(tenant));
  }
}
