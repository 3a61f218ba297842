package dev.foothold.tenant.billing.control;

import dev.foothold.platform.tenant.TenantId;
import dev.foothold.platform.time.ClockSource;
import dev.foothold.tenant.billing.entity.Subscription;
import dev.foothold.tenant.billing.entity.SubscriptionState;
import dev.foothold.tenant.members.control.MemberStore;
import dev.foothold.tenant.members.entity.Member;
import dev.foothold.tenant.tenants.control.TenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Computes a tenant's {@link Overview} (the current tenant). */
@ApplicationScoped
public class BillingOverview {

  @Inject Subscriptions subscriptions;
  @Inject MemberStore members;
  @Inject TenantStore tenants;
  @Inject ClockSource clock;

  /**
   * @param tenantId the current tenant
   * @return its overview
   */
  @Transactional
  public Overview of(TenantId tenantId) {
    var tenant = tenants.require(tenantId);
    var now = clock.now();
    var grace = Duration.ofDays(tenant.graceDays());
    var all = subscriptions.all();
    var people =
        members.active().stream()
            .collect(Collectors.toMap(m -> m.subject().value(), Function.identity()));
    var byState = new LinkedHashMap<String, Long>();
    Arrays.stream(SubscriptionState.values())
        .filter(s -> s != SubscriptionState.NONE)
        .forEach(s -> byState.put(s.wire(), 0L));
    var lines = all.stream().map(s -> line(s, grace, now, people.get(s.holder().value()))).toList();
    lines.forEach(l -> byState.merge(l.state(), 1L, Long::sum));
    var soon =
        lines.stream()
            .filter(l -> l.state().equals(SubscriptionState.TRIALING.wire()))
            .filter(
                l ->
                    l.trialEndsAt() != null
                        && l.trialEndsAt().isBefore(now.plus(Reminders.ENDING_SOON)))
            .toList();
    long started = all.stream().filter(s -> s.trialStartedAt().isPresent()).count();
    long converted =
        all.stream()
            .filter(s -> s.trialStartedAt().isPresent() && s.convertedAt().isPresent())
            .count();
    long paying =
        byState.get(SubscriptionState.ACTIVE.wire())
            + byState.get(SubscriptionState.PAST_DUE.wire());
    return new Overview(
        tenantId.slug(),
        byState,
        soon,
        started,
        converted,
        started == 0 ? 0.0 : (double) converted / started,
        paying,
        tenant.pricePerMonth().multiply(BigDecimal.valueOf(paying)),
        tenant.currency(),
        lines,
        now);
  }

  private static Overview.Line line(
      Subscription s, Duration grace, java.time.Instant now, Member member) {
    var standing = Standing.of(s, grace);
    return new Overview.Line(
        s.holder().value(),
        member == null ? null : member.email().orElse(null),
        member == null ? null : member.displayName().orElse(null),
        standing.effectiveState(now).wire(),
        standing.trialEndsAt(),
        standing.graceEndsAt(),
        standing.currentPeriodEnd());
  }
}
