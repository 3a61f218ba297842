package dev.foothold.tenant.billing.control;

import dev.foothold.platform.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Billing counts as MicroProfile metrics, per tenant: subscriptions by state, trials ending soon,
 * trials started and converted, and monthly recurring revenue. Refreshed by each reminder round (so
 * reading {@code /metrics} never touches the database).
 */
@ApplicationScoped
public class BillingMetrics {

  @Inject MetricRegistry registry;
  @Inject BillingOverview overviews;

  private final Map<String, Overview> latest = new ConcurrentHashMap<>();

  /**
   * Recomputes the current tenant's counts.
   *
   * @param tenant the current tenant
   */
  public void refresh(TenantId tenant) {
    var overview = overviews.of(tenant);
    if (latest.put(tenant.slug(), overview) == null) {
      register(tenant.slug(), overview);
    }
  }

  private void register(String slug, Overview first) {
    var tenantTag = new Tag("tenant", slug);
    for (var state : first.byState().keySet()) {
      registry.gauge(
          "foothold_subscriptions",
          () -> latest.get(slug).byState().getOrDefault(state, 0L),
          tenantTag,
          new Tag("state", state));
    }
    registry.gauge(
        "foothold_trials_ending_soon", () -> latest.get(slug).trialsEndingSoon().size(), tenantTag);
    registry.gauge("foothold_trials_started", () -> latest.get(slug).trialsStarted(), tenantTag);
    registry.gauge(
        "foothold_trials_converted", () -> latest.get(slug).trialsConverted(), tenantTag);
    registry.gauge(
        "foothold_monthly_recurring_revenue",
        () -> latest.get(slug).monthlyRecurringRevenue(),
        tenantTag,
        new Tag("currency", first.currency()));
  }
}
