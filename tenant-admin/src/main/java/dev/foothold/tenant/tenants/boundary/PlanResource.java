package dev.foothold.tenant.tenants.boundary;

import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.identity.TenantRoles;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.tenant.TenantContext;
import dev.foothold.tenant.tenants.control.TenantProvisioning;
import dev.foothold.tenant.tenants.control.TenantStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A tenant's plan settings, for its owners and admins. */
@RequestScoped
@Path("v1/t/{slug}/plan")
@Tag(name = "Plan")
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles({TenantRole.OWNER, TenantRole.ADMIN})
public class PlanResource {

  @Inject TenantContext tenantContext;
  @Inject TenantStore tenants;
  @Inject TenantProvisioning provisioning;

  @GET
  @Operation(summary = "Trial length, monthly price, currency and seats")
  public PlanSettings get() {
    return tenants.find(tenantContext.require()).map(PlanSettings::of).orElseThrow();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Change the trial length, price, currency, grace or trial start (seats are set by"
              + " a platform operator and stay as they are)")
  public PlanSettings put(@Valid @NotNull(message = "Send the plan as JSON") PlanSettings plan) {
    if (plan.seats() != null) {
      throw new ProblemException(
          403,
          "seats-by-operator",
          "Seats are not yours to set",
          "An organisation's seats come from what it pays for, set by a platform operator."
              + " Leave seats out to change the rest of the plan.");
    }
    return PlanSettings.of(provisioning.plan(tenantContext.require(), plan.toPlan()));
  }
}
