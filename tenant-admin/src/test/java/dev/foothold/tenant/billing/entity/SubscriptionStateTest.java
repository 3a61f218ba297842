package dev.foothold.tenant.billing.entity;

import static dev.foothold.tenant.billing.entity.SubscriptionState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foothold.platform.identity.SubjectId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubscriptionStateTest {

  static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
  static final SubjectId ANA = new SubjectId("ana");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "TRIALING, ACTIVE",
    "TRIALING, TRIAL_ENDED",
    "TRIAL_ENDED, ACTIVE",
    "TRIAL_ENDED, INCOMPLETE",
    "INCOMPLETE, ACTIVE",
    "INCOMPLETE, INCOMPLETE_EXPIRED",
    "ACTIVE, PAST_DUE",
    "ACTIVE, CANCELED",
    "PAST_DUE, ACTIVE",
    "PAST_DUE, UNPAID",
    "UNPAID, ACTIVE",
    "PAUSED, ACTIVE",
    "CANCELED, ACTIVE",
    "ACTIVE, ACTIVE"
  })
  void allowed(SubscriptionState from, SubscriptionState to) {
    assertTrue(from.mayBecome(to));
  }

  @ParameterizedTest(name = "{0} -/-> {1}")
  @CsvSource({
    "TRIAL_ENDED, TRIALING",
    "ACTIVE, TRIALING",
    "CANCELED, TRIALING",
    "PAST_DUE, TRIALING",
    "ACTIVE, INCOMPLETE",
    "ACTIVE, TRIAL_ENDED",
    "ACTIVE, INCOMPLETE_EXPIRED",
    "PAST_DUE, INCOMPLETE",
    "INCOMPLETE_EXPIRED, PAST_DUE",
    "INCOMPLETE_EXPIRED, TRIALING",
    "CANCELED, PAST_DUE",
    "TRIALING, NONE",
    "ACTIVE, NONE"
  })
  void refused(SubscriptionState from, SubscriptionState to) {
    assertFalse(from.mayBecome(to));
  }

  @Test
  void aSubscriptionRefusesAnIllegalMoveAndStaysAsItWas() {
    var s = Subscription.trial(ANA, "ana@x.test", T0, Duration.ofDays(7), T0);
    s.moveTo(TRIAL_ENDED, T0.plus(Duration.ofDays(7)));
    var refused = assertThrows(IllegalTransition.class, () -> s.moveTo(TRIALING, T0));
    assertEquals(409, refused.status());
    assertEquals("urn:foothold:problem:illegal-subscription-transition", refused.type().toString());
    assertEquals(TRIAL_ENDED, s.state());
  }

  @Test
  void pastDueRemembersWhenItStartedAndForgetsWhenPaid() {
    var s = Subscription.trial(ANA, null, T0, Duration.ofDays(7), T0);
    s.moveTo(ACTIVE, T0.plusSeconds(10));
    assertEquals(Optional.of(T0.plusSeconds(10)), s.convertedAt());
    s.moveTo(PAST_DUE, T0.plusSeconds(20));
    s.moveTo(PAST_DUE, T0.plusSeconds(30)); // a second failure does not extend the grace
    assertEquals(Optional.of(T0.plusSeconds(20)), s.pastDueSince());
    s.moveTo(ACTIVE, T0.plusSeconds(40));
    assertEquals(Optional.empty(), s.pastDueSince());
  }

  @Test
  void aTrialStartingInThePastMayHaveEndedAlready() {
    var s = Subscription.trial(ANA, null, T0, Duration.ofDays(7), T0.plus(Duration.ofDays(8)));
    assertEquals(TRIAL_ENDED, s.state());
  }

  @Test
  void olderEventsAreRecognised() {
    var s = Subscription.trial(ANA, null, T0, Duration.ofDays(7), T0);
    s.applied(T0.plusSeconds(100));
    assertTrue(s.isOlderThanApplied(T0.plusSeconds(99)));
    assertFalse(s.isOlderThanApplied(T0.plusSeconds(100)));
    s.applied(T0.plusSeconds(50));
    assertTrue(s.isOlderThanApplied(T0.plusSeconds(99)), "the newest stays the mark");
  }

  @Test
  void wireNames() {
    assertEquals("past_due", PAST_DUE.wire());
    assertEquals(Optional.of(INCOMPLETE_EXPIRED), SubscriptionState.of("incomplete_expired"));
    assertEquals(Optional.empty(), SubscriptionState.of("none"));
    assertEquals(Optional.empty(), SubscriptionState.of("bogus"));
  }
}
