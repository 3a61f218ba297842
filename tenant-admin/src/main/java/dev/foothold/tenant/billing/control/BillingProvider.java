package dev.foothold.tenant.billing.control;

import java.math.BigDecimal;
import java.net.URI;

/**
 * The service that takes payments: it makes checkout and customer-portal links, and reports back
 * through webhooks. Foothold ships a Stripe-compatible implementation ({@link
 * StripeBillingProvider}); another provider implements this and is chosen by CDI alternative.
 */
public interface BillingProvider {

  /**
   * What a checkout is for.
   *
   * @param tenant the tenant's slug
   * @param holder the client's subject id
   * @param email the client's email, if known (may be {@code null})
   * @param product the name on the invoice
   * @param pricePerMonth the monthly price
   * @param currency ISO 4217, capitals
   * @param successUrl where the person lands after paying
   * @param cancelUrl where the person lands when they give up
   */
  record Checkout(
      String tenant,
      String holder,
      String email,
      String product,
      BigDecimal pricePerMonth,
      String currency,
      URI successUrl,
      URI cancelUrl) {}

  /**
   * @param checkout what to sell
   * @return the provider's hosted checkout page for it
   * @throws dev.foothold.platform.problem.ProblemException 503 when the provider is not set up, 502
   *     when it fails
   */
  URI checkout(Checkout checkout);

  /**
   * @param customer the provider's customer id
   * @param returnUrl where the person returns
   * @return the provider's hosted page where the person manages payment details and cancels
   */
  URI customerPortal(String customer, URI returnUrl);
}
