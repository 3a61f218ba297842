package dev.foothold.tenant.billing.control;

import dev.foothold.platform.operations.OperatorFigures;
import dev.foothold.platform.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Billing counts per tenant for the platform's operators: subscriptions by state, trials ending
 * soon, trials started and converted, and monthly recurring revenue. Refreshed by each reminder
 * round (so reading them never touches the database).
 *
 * <p>They name tenants and their revenue, so they are {@link OperatorFigures} (served to operators
 * only), never MicroProfile metrics: the server's own {@code /metrics} answers anyone.
 */
@ApplicationScoped
public class BillingMetrics implements OperatorFigures {

  @Inject BillingOverview overviews;

  private final Map<String, Overview> latest = new ConcurrentHashMap<>();

  /**
   * Recomputes the current tenant's counts.
   *
   * @param tenant the current tenant
   */
  public void refresh(TenantId tenant) {
    latest.put(tenant.slug(), overviews.of(tenant));
  }

  @Override
  public List<Figure> figures() {
    var figures = new ArrayList<Figure>();
    new TreeMap<>(latest).forEach((slug, overview) -> figures.addAll(of(slug, overview)));
    return figures;
  }

  static List<Figure> of(String slug, Overview overview) {
    var figures = new ArrayList<Figure>();
    var tenant = Map.of("tenant", slug);
    new TreeMap<>(overview.byState())
        .forEach(
            (state, count) ->
                figures.add(
                    new Figure(
                        "foothold_subscriptions",
                        ordered("tenant", slug, "state", state),
                        count.doubleValue())));
    figures.add(
        new Figure("foothold_trials_ending_soon", tenant, overview.trialsEndingSoon().size()));
    figures.add(new Figure("foothold_trials_started", tenant, overview.trialsStarted()));
    figures.add(new Figure("foothold_trials_converted", tenant, overview.trialsConverted()));
    figures.add(
        new Figure(
            "foothold_monthly_recurring_revenue",
            ordered("tenant", slug, "currency", overview.currency()),
            overview.monthlyRecurringRevenue().doubleValue()));
    return figures;
  }

  private static Map<String, String> ordered(String k1, String v1, String k2, String v2) {
    var labels = new java.util.LinkedHashMap<String, String>();
    labels.put(k1, v1);
    labels.put(k2, v2);
    return labels;
  }
}
