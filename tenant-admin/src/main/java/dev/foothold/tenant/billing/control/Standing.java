package dev.foothold.tenant.billing.control;

import dev.foothold.platform.entitlement.Decision;
import dev.foothold.tenant.billing.entity.Subscription;
import dev.foothold.tenant.billing.entity.SubscriptionState;
import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * What the gate needs to know about one client's subscription, small enough to cache and share
 * between instances. The decision is made from it and the clock alone, so a boundary (a trial's
 * end, a grace period's end, a paid period's end) is exact to the instant with no database read.
 *
 * @param state the stored state
 * @param trialEndsAt when the trial ends (or ended); may be {@code null}
 * @param graceEndsAt when the grace for a failed payment ends; {@code null} unless past due
 * @param currentPeriodEnd the end of the paid period; may be {@code null}
 */
public record Standing(
    SubscriptionState state, Instant trialEndsAt, Instant graceEndsAt, Instant currentPeriodEnd)
    implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  /** A standing with no subscription. */
  public static final Standing NONE = new Standing(SubscriptionState.NONE, null, null, null);

  /**
   * @throws NullPointerException when {@code state} is null
   */
  public Standing {
    Objects.requireNonNull(state, "state");
  }

  /**
   * @param s a subscription
   * @param grace the tenant's grace period for failed payments
   * @return its standing
   */
  public static Standing of(Subscription s, Duration grace) {
    return new Standing(
        s.state(),
        s.trialEndsAt().orElse(null),
        s.pastDueSince().map(since -> since.plus(grace)).orElse(null),
        s.currentPeriodEnd().orElse(null));
  }

  /**
   * The state as it is at {@code now}: a trial past its end has ended even before anyone wrote it
   * down, and one recorded as ended before its end (a clock set back in a test) still runs.
   *
   * @param now the platform's time
   * @return the effective state
   */
  public SubscriptionState effectiveState(Instant now) {
    if ((state == SubscriptionState.TRIALING || state == SubscriptionState.TRIAL_ENDED)
        && trialEndsAt != null) {
      return now.isBefore(trialEndsAt) ? SubscriptionState.TRIALING : SubscriptionState.TRIAL_ENDED;
    }
    return state;
  }

  /**
   * @param now the platform's time
   * @param upgrade where the person can pay
   * @return allow, allow in grace, or deny, with words for the person
   */
  public Decision decide(Instant now, URI upgrade) {
    return switch (effectiveState(now)) {
      case TRIALING ->
          new Decision(
              Decision.Verdict.ALLOW,
              "Your free trial runs until " + DAY.format(trialEndsAt) + ".",
              java.util.Optional.of(upgrade));
      case ACTIVE -> Decision.allow();
      case PAST_DUE ->
          graceEndsAt != null && now.isBefore(graceEndsAt)
              ? Decision.allowInGrace(
                  "Your last payment did not go through. Please update your payment details before "
                      + DAY.format(graceEndsAt)
                      + " to keep climbing.",
                  upgrade)
              : Decision.deny(
                  "Your last payment did not go through and the grace period has ended. Your"
                      + " evidence is still yours to read and export; pay to climb again.",
                  upgrade);
      case CANCELED ->
          currentPeriodEnd != null && now.isBefore(currentPeriodEnd)
              ? new Decision(
                  Decision.Verdict.ALLOW,
                  "Your subscription is cancelled; you keep access until "
                      + DAY.format(currentPeriodEnd)
                      + ".",
                  java.util.Optional.of(upgrade))
              : Decision.deny(
                  "Your subscription has ended. Your evidence is still yours to read and export;"
                      + " subscribe to climb again.",
                  upgrade);
      case TRIAL_ENDED ->
          Decision.deny(
              trialEndsAt == null
                  ? "Subscribe to start climbing."
                  : "Your free trial ended on "
                      + DAY.format(trialEndsAt)
                      + ". Your evidence is still yours to read and export; subscribe to keep"
                      + " climbing.",
              upgrade);
      case NONE -> Decision.deny("Start your free trial or subscribe to start climbing.", upgrade);
      case UNPAID ->
          Decision.deny(
              "Your subscription is unpaid. Your evidence is still yours to read and export; pay"
                  + " to climb again.",
              upgrade);
      case PAUSED -> Decision.deny("Your subscription is paused; resume it to climb.", upgrade);
      case INCOMPLETE ->
          Decision.deny(
              "Your first payment has not gone through yet; please complete it.", upgrade);
      case INCOMPLETE_EXPIRED ->
          Decision.deny("Your first payment never went through; subscribe again.", upgrade);
    };
  }
}
