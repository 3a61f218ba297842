package dev.foothold.tenant.billing.boundary;

import dev.foothold.platform.entitlement.Decision;
import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.tenant.TenantContext;
import dev.foothold.platform.tenant.TenantScope;
import dev.foothold.platform.time.ClockSource;
import dev.foothold.tenant.billing.control.BillingProvider;
import dev.foothold.tenant.billing.control.Standing;
import dev.foothold.tenant.billing.control.SubscriptionEntitlements;
import dev.foothold.tenant.billing.control.Subscriptions;
import dev.foothold.tenant.billing.entity.SubscriptionState;
import dev.foothold.tenant.entitlement.control.GateCache;
import dev.foothold.tenant.tenants.control.TenantStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A person's own subscription in the tenant: its state, a checkout link, the provider's portal, and
 * (where the tenant lets clients choose) starting the trial. Never gated: it is how someone who is
 * denied finds out why and pays.
 */
@RequestScoped
@Path("v1/t/{slug}/me/subscription")
@Tag(name = "Billing")
@Produces(MediaType.APPLICATION_JSON)
public class MySubscriptionResource {

  @Inject CurrentUser user;
  @Inject TenantContext tenantContext;
  @Inject TenantScope scope;
  @Inject SubscriptionEntitlements entitlements;
  @Inject Subscriptions subscriptions;
  @Inject TenantStore tenants;
  @Inject BillingProvider provider;
  @Inject ClockSource clock;
  @Inject GateCache cache;

  @Inject
  @ConfigProperty(name = "foothold.billing.return-url", defaultValue = "http://localhost:8080/")
  String returnUrl;

  @GET
  @Operation(summary = "Your trial or subscription here, and what the gate answers now")
  public SubscriptionView mine() {
    var tenantId = tenantContext.require();
    var tenant = tenants.require(tenantId);
    var client = isClient();
    var standing = client ? entitlements.standing(user, tenantId) : Standing.NONE;
    var now = clock.now();
    var state = standing.effectiveState(now);
    Integer daysLeft = null;
    if (state == SubscriptionState.TRIALING && standing.trialEndsAt() != null) {
      var left = Duration.between(now, standing.trialEndsAt());
      daysLeft = (int) ((left.toSeconds() + 86_399) / 86_400);
    }
    Decision decision =
        client
            ? standing.decide(now, SubscriptionEntitlements.upgradeLink(tenantId))
            : Decision.allow();
    return new SubscriptionView(
        state.wire(),
        standing.trialEndsAt(),
        daysLeft,
        state == SubscriptionState.PAST_DUE ? standing.graceEndsAt() : null,
        standing.currentPeriodEnd(),
        client
            ? new SubscriptionView.Plan(
                tenant.pricePerMonth(), tenant.currency(), tenant.trialDays(), tenant.graceDays())
            : null,
        decision.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-'),
        decision.reason());
  }

  @POST
  @Path("checkout")
  @Operation(summary = "A link to the payment provider's checkout for this tenant's plan")
  public Map<String, String> checkout() {
    requireClient();
    var tenantId = tenantContext.require();
    var tenant = tenants.require(tenantId);
    var back = URI.create(returnUrl);
    var url =
        provider.checkout(
            new BillingProvider.Checkout(
                tenantId.slug(),
                user.subject().value(),
                user.email().orElse(null),
                tenant.displayName() + " coaching",
                tenant.pricePerMonth(),
                tenant.currency(),
                back,
                back));
    return Map.of("url", url.toString());
  }

  @POST
  @Path("portal")
  @Operation(summary = "A link to the payment provider's page for payment details and cancelling")
  public Map<String, String> portal() {
    requireClient();
    var tenantId = tenantContext.require();
    var customer =
        scope.call(tenantId, () -> subscriptions.require(user.subject()).providerCustomer());
    var url =
        provider.customerPortal(
            customer.orElseThrow(
                () ->
                    new ProblemException(
                        409,
                        "not-subscribed",
                        "Nothing to manage yet",
                        "You have not subscribed yet: use the checkout link first.")),
            URI.create(returnUrl));
    return Map.of("url", url.toString());
  }

  @POST
  @Path("trial")
  @Operation(summary = "Start your free trial (where the tenant lets clients choose when)")
  public SubscriptionView startTrial() {
    requireClient();
    var tenantId = tenantContext.require();
    var verified = user.emailVerified() ? user.email() : Optional.<String>empty();
    scope.call(
        tenantId, () -> subscriptions.startTrialByChoice(tenantId, user.subject(), verified));
    cache.forget(tenantId, user.subject());
    return mine();
  }

  private boolean isClient() {
    return user.membershipIn(tenantContext.require())
        .map(m -> m.role() == TenantRole.CLIENT)
        .orElse(false);
  }

  private void requireClient() {
    if (!isClient()) {
      throw new ProblemException(
          409,
          "not-a-client",
          "Only clients subscribe",
          "Coaches, owners and organisation members are not charged per person.");
    }
  }
}
