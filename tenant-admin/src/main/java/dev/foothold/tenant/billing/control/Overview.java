package dev.foothold.tenant.billing.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A tenant's billing at a glance.
 *
 * @param tenant the tenant's slug
 * @param byState how many subscriptions are in each state (effective at {@code at})
 * @param trialsEndingSoon trials that end within three days
 * @param trialsStarted how many clients were ever given a trial
 * @param trialsConverted how many of them went on to pay
 * @param conversionRate {@code trialsConverted / trialsStarted}, 0 when none started
 * @param paying subscriptions that pay now (active or past due)
 * @param monthlyRecurringRevenue {@code paying} times the monthly price
 * @param currency the price's currency
 * @param subscriptions every subscription
 * @param at when this was computed
 */
public record Overview(
    String tenant,
    Map<String, Long> byState,
    List<Line> trialsEndingSoon,
    long trialsStarted,
    long trialsConverted,
    double conversionRate,
    long paying,
    BigDecimal monthlyRecurringRevenue,
    String currency,
    List<Line> subscriptions,
    Instant at) {

  /**
   * One subscription.
   *
   * @param holder the client's subject id
   * @param email their email, if known
   * @param name their name, if known
   * @param state the effective state
   * @param trialEndsAt when the trial ends or ended
   * @param graceEndsAt when a past-due grace ends
   * @param currentPeriodEnd the end of the paid period
   */
  public record Line(
      String holder,
      String email,
      String name,
      String state,
      Instant trialEndsAt,
      Instant graceEndsAt,
      Instant currentPeriodEnd) {}
}
