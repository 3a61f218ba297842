package dev.foothold.tenant.billing.boundary;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A person's own subscription in a tenant.
 *
 * @param state trialing, active, past_due, canceled, unpaid, paused, incomplete,
 *     incomplete_expired, trial_ended or none
 * @param trialEndsAt when the trial ends or ended
 * @param trialDaysLeft whole days left in a running trial (rounded up)
 * @param graceEndsAt when access ends if a failed payment is not settled
 * @param currentPeriodEnd the end of the paid period
 * @param plan what the tenant charges, or {@code null} for people who are not clients
 * @param access allow, allow-in-grace or deny: what the gate answers for the tenant's ladders now
 * @param reason the gate's words
 */
public record SubscriptionView(
    String state,
    Instant trialEndsAt,
    Integer trialDaysLeft,
    Instant graceEndsAt,
    Instant currentPeriodEnd,
    Plan plan,
    String access,
    String reason) {

  /**
   * @param pricePerMonth the monthly price
   * @param currency ISO 4217
   * @param trialDays the tenant's trial length
   * @param graceDays the tenant's grace after a failed payment
   */
  public record Plan(BigDecimal pricePerMonth, String currency, int trialDays, int graceDays) {}
}
