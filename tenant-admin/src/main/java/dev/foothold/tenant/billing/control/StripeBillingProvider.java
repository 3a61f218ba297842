package dev.foothold.tenant.billing.control;

import dev.foothold.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import java.io.IOException;
import java.io.StringReader;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stripe's HTTP API (or any service that speaks it): {@code POST /v1/checkout/sessions} for a
 * subscription checkout and {@code POST /v1/billing_portal/sessions} for the customer portal,
 * form-encoded, authorised with the secret key. The tenant and client ride along as metadata on the
 * session and on the subscription it creates, so every later webhook names them.
 */
@ApplicationScoped
public class StripeBillingProvider implements BillingProvider {

  private static final Logger LOG = Logger.getLogger(StripeBillingProvider.class.getName());

  private URI api;
  private String secretKey;
  private HttpClient http;

  /** For CDI. */
  protected StripeBillingProvider() {}

  /**
   * @param api the API's base, e.g. {@code https://api.stripe.com}
   * @param secretKey the account's secret key; empty when billing is not set up
   */
  @Inject
  public StripeBillingProvider(
      @ConfigProperty(
              name = "foothold.billing.stripe.api-url",
              defaultValue = "https://api.stripe.com")
          URI api,
      @ConfigProperty(name = "foothold.billing.stripe.secret-key")
          java.util.Optional<String> secretKey) {
    this(api, secretKey.orElse(""));
  }

  /**
   * @param api the API's base, e.g. {@code https://api.stripe.com}
   * @param secretKey the account's secret key; blank when billing is not set up
   */
  public StripeBillingProvider(URI api, String secretKey) {
    this.api = api;
    this.secretKey = secretKey;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  @Override
  public URI checkout(Checkout c) {
    var form = new LinkedHashMap<String, String>();
    form.put("mode", "subscription");
    form.put("client_reference_id", c.tenant() + ":" + c.holder());
    if (c.email() != null) {
      form.put("customer_email", c.email());
    }
    form.put("line_items[0][quantity]", "1");
    form.put("line_items[0][price_data][currency]", c.currency().toLowerCase(Locale.ROOT));
    form.put(
        "line_items[0][price_data][unit_amount]",
        c.pricePerMonth().movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString());
    form.put("line_items[0][price_data][recurring][interval]", "month");
    form.put("line_items[0][price_data][product_data][name]", c.product());
    form.put("metadata[tenant]", c.tenant());
    form.put("metadata[holder]", c.holder());
    form.put("subscription_data[metadata][tenant]", c.tenant());
    form.put("subscription_data[metadata][holder]", c.holder());
    form.put("success_url", c.successUrl().toString());
    form.put("cancel_url", c.cancelUrl().toString());
    return post("/v1/checkout/sessions", form);
  }

  @Override
  public URI customerPortal(String customer, URI returnUrl) {
    var form = new LinkedHashMap<String, String>();
    form.put("customer", customer);
    form.put("return_url", returnUrl.toString());
    return post("/v1/billing_portal/sessions", form);
  }

  private URI post(String path, Map<String, String> form) {
    if (secretKey == null || secretKey.isBlank()) {
      throw new ProblemException(
          503,
          "billing-not-configured",
          "Payments are not set up",
          "This Foothold has no billing account connected yet. Please try again later.");
    }
    var body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    var request =
        HttpRequest.newBuilder(api.resolve(path))
            .timeout(Duration.ofSeconds(20))
            .header("Authorization", "Bearer " + secretKey)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      var response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        LOG.warning(
            () ->
                "Billing: " + path + " answered " + response.statusCode() + ": " + response.body());
        throw failed();
      }
      try (var reader = Json.createReader(new StringReader(response.body()))) {
        return URI.create(reader.readObject().getString("url"));
      }
    } catch (IOException | JsonException | NullPointerException | ClassCastException e) {
      LOG.warning(() -> "Billing: " + path + " failed: " + e);
      throw failed();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failed();
    }
  }

  private static ProblemException failed() {
    return new ProblemException(
        502,
        "billing-provider-failed",
        "The payment service did not answer",
        "The payment service could not make a link just now. Please try again in a minute.");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
