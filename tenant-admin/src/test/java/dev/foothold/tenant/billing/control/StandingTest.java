package dev.foothold.tenant.billing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foothold.platform.entitlement.Decision.Verdict;
import dev.foothold.platform.identity.SubjectId;
import dev.foothold.tenant.billing.entity.Subscription;
import dev.foothold.tenant.billing.entity.SubscriptionState;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The gate's decision at each boundary, to the second. */
class StandingTest {

  static final Instant JOINED = Instant.parse("2026-11-01T09:00:00.123Z");
  static final Duration WEEK = Duration.ofDays(7);
  static final URI PAY = URI.create("/api/v1/t/demo-coaching/me/subscription/checkout");
  static final SubjectId ANA = new SubjectId("ana");

  static Verdict at(Standing s, Instant now) {
    return s.decide(now, PAY).verdict();
  }

  @Test
  void aTrialAllowsUntilOneSecondBeforeItsEndAndDeniesFromItsEnd() {
    var s = Standing.of(Subscription.trial(ANA, null, JOINED, WEEK, JOINED), WEEK);
    assertEquals(Verdict.ALLOW, at(s, JOINED));
    assertEquals(Verdict.ALLOW, at(s, JOINED.plus(WEEK).minusSeconds(1)));
    assertEquals(Verdict.ALLOW, at(s, JOINED.plus(WEEK).minusNanos(1)));
    var denied = s.decide(JOINED.plus(WEEK), PAY);
    assertEquals(Verdict.DENY, denied.verdict());
    assertTrue(denied.reason().contains("trial ended"), denied.reason());
    assertTrue(denied.reason().contains("export"), denied.reason());
    assertEquals(PAY, denied.upgradeLink().orElseThrow());
    assertEquals(SubscriptionState.TRIAL_ENDED, s.effectiveState(JOINED.plus(WEEK)));
  }

  @Test
  void pastDueIsAllowedInGraceAndDeniedWhenGraceIsOver() {
    var sub = Subscription.trial(ANA, null, JOINED, WEEK, JOINED);
    sub.moveTo(SubscriptionState.ACTIVE, JOINED.plusSeconds(60));
    var failed = JOINED.plus(Duration.ofDays(30));
    sub.moveTo(SubscriptionState.PAST_DUE, failed);
    var s = Standing.of(sub, Duration.ofDays(7));
    assertEquals(Verdict.ALLOW_IN_GRACE, at(s, failed));
    assertEquals(Verdict.ALLOW_IN_GRACE, at(s, failed.plus(Duration.ofDays(7)).minusSeconds(1)));
    assertEquals(Verdict.DENY, at(s, failed.plus(Duration.ofDays(7))));
  }

  @Test
  void canceledKeepsAccessToTheEndOfThePaidPeriod() {
    var sub = Subscription.trial(ANA, null, JOINED, WEEK, JOINED);
    sub.moveTo(SubscriptionState.ACTIVE, JOINED.plusSeconds(60));
    var periodEnd = JOINED.plus(Duration.ofDays(37));
    sub.provider("cus_1", "sub_1", periodEnd);
    sub.moveTo(SubscriptionState.CANCELED, JOINED.plus(Duration.ofDays(20)));
    var s = Standing.of(sub, WEEK);
    assertEquals(Verdict.ALLOW, at(s, periodEnd.minusSeconds(1)));
    assertEquals(Verdict.DENY, at(s, periodEnd));
  }

  @Test
  void statesWithoutAccessAreDeniedWithALink() {
    for (var state :
        new SubscriptionState[] {
          SubscriptionState.UNPAID,
          SubscriptionState.PAUSED,
          SubscriptionState.INCOMPLETE,
          SubscriptionState.INCOMPLETE_EXPIRED,
          SubscriptionState.NONE
        }) {
      var d = new Standing(state, null, null, null).decide(JOINED, PAY);
      assertEquals(Verdict.DENY, d.verdict(), state.name());
      assertEquals(PAY, d.upgradeLink().orElseThrow());
    }
    assertEquals(
        Verdict.ALLOW, at(new Standing(SubscriptionState.ACTIVE, null, null, null), JOINED));
  }

  @Test
  void theCachedFormRoundTrips() {
    var s =
        new Standing(
            SubscriptionState.PAST_DUE, JOINED, JOINED.plusNanos(5), JOINED.plusSeconds(9));
    assertEquals(s, SubscriptionEntitlements.decode(SubscriptionEntitlements.encode(s)));
    assertEquals(
        Standing.NONE,
        SubscriptionEntitlements.decode(SubscriptionEntitlements.encode(Standing.NONE)));
  }
}
