package dev.foothold.tenant.billing.entity;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stripe's subscription states, plus {@link #TRIAL_ENDED} (a trial that ran out unpaid) and {@link
 * #NONE} (no subscription yet). Which state may follow which is written here, once: {@link
 * #mayBecome} is the only way a subscription changes state.
 */
public enum SubscriptionState {
  /** No subscription at all (never stored). */
  NONE,
  /** In the free trial. */
  TRIALING,
  /** Paid and current. */
  ACTIVE,
  /** The latest payment failed; access continues for the tenant's grace period. */
  PAST_DUE,
  /** Ended by the person or the provider; access continues to the end of the paid period. */
  CANCELED,
  /** Payment retries are exhausted; no access. */
  UNPAID,
  /** Paused (for example a trial ended without a payment method); no access. */
  PAUSED,
  /** The first payment has not gone through yet; no access. */
  INCOMPLETE,
  /** The first payment never went through; final. */
  INCOMPLETE_EXPIRED,
  /** The trial ran out without a payment. */
  TRIAL_ENDED;

  private static final Map<SubscriptionState, Set<SubscriptionState>> NEXT =
      Map.of(
          NONE, EnumSet.of(TRIALING, ACTIVE, INCOMPLETE, TRIAL_ENDED),
          TRIALING, EnumSet.of(ACTIVE, PAST_DUE, CANCELED, UNPAID, PAUSED, INCOMPLETE, TRIAL_ENDED),
          TRIAL_ENDED, EnumSet.of(ACTIVE, INCOMPLETE, PAST_DUE, CANCELED, PAUSED),
          INCOMPLETE, EnumSet.of(ACTIVE, INCOMPLETE_EXPIRED, PAST_DUE, CANCELED),
          INCOMPLETE_EXPIRED, EnumSet.of(INCOMPLETE, ACTIVE),
          ACTIVE, EnumSet.of(PAST_DUE, CANCELED, UNPAID, PAUSED),
          PAST_DUE, EnumSet.of(ACTIVE, CANCELED, UNPAID, PAUSED),
          UNPAID, EnumSet.of(ACTIVE, CANCELED, PAST_DUE),
          PAUSED, EnumSet.of(ACTIVE, CANCELED, PAST_DUE),
          CANCELED, EnumSet.of(ACTIVE, INCOMPLETE));

  /**
   * @param next a state
   * @return whether a subscription in this state may move to {@code next}; staying put is always
   *     allowed
   */
  public boolean mayBecome(SubscriptionState next) {
    return next == this || NEXT.get(this).contains(next);
  }

  /**
   * @return the state in the provider's words, for example {@code past_due}
   */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param wire a state in the provider's words
   * @return the state, or empty when the words name none
   */
  public static Optional<SubscriptionState> of(String wire) {
    if (wire == null) {
      return Optional.empty();
    }
    try {
      var state = valueOf(wire.toUpperCase(Locale.ROOT));
      return state == NONE ? Optional.empty() : Optional.of(state);
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
