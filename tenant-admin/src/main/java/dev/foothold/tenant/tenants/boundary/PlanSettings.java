package dev.foothold.tenant.tenants.boundary;

import dev.foothold.tenant.tenants.control.TenantProvisioning;
import dev.foothold.tenant.tenants.entity.Tenant;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * What a tenant charges and gives.
 *
 * @param trialDays days a new client tries for free (default 7)
 * @param pricePerMonth the monthly price (default 40.00)
 * @param currency the ISO 4217 currency (default USD)
 * @param seats an organisation's staff seats; none for a coaching business
 * @param graceDays days a client keeps access after a failed payment (default 7); unchanged when
 *     left out
 * @param trialStart {@code on-join} (a client's trial starts when they join, the default) or {@code
 *     on-request} (when they choose to start it); unchanged when left out
 */
public record PlanSettings(
    @NotNull(message = "Give the trial's length in days")
        @Min(value = 0, message = "A trial lasts 0 days or more")
        @Max(value = 90, message = "A trial lasts at most 90 days")
        Integer trialDays,
    @NotNull(message = "Give the monthly price")
        @DecimalMin(value = "0.00", message = "A price is not negative")
        @DecimalMax(value = "99999999.99", message = "That price is too large")
        @Digits(integer = 8, fraction = 2, message = "A price has at most 2 decimals")
        BigDecimal pricePerMonth,
    @NotNull(message = "Give the currency")
        @Pattern(
            regexp = "[A-Z]{3}",
            message = "A currency is a three-letter ISO 4217 code such as USD or EUR")
        String currency,
    @Min(value = 1, message = "An organisation has at least 1 seat")
        @Max(value = 100000, message = "At most 100000 seats")
        Integer seats,
    @Min(value = 0, message = "A grace period lasts 0 days or more")
        @Max(value = 60, message = "A grace period lasts at most 60 days")
        Integer graceDays,
    @Pattern(regexp = "on-join|on-request", message = "A trial starts 'on-join' or 'on-request'")
        String trialStart) {

  static final PlanSettings DEFAULT =
      new PlanSettings(7, new BigDecimal("40.00"), "USD", null, 7, "on-join");

  TenantProvisioning.Plan toPlan() {
    return new TenantProvisioning.Plan(
        trialDays,
        pricePerMonth,
        currency,
        seats,
        graceDays,
        trialStart == null
            ? null
            : trialStart.replace('-', '_').toUpperCase(java.util.Locale.ROOT));
  }

  static PlanSettings of(Tenant tenant) {
    return new PlanSettings(
        tenant.trialDays(),
        tenant.pricePerMonth(),
        tenant.currency(),
        tenant.seats().orElse(null),
        tenant.graceDays(),
        tenant.trialStart().replace('_', '-').toLowerCase(java.util.Locale.ROOT));
  }
}
