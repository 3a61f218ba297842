package dev.foothold.deploy.it;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Delivers billing events to a Foothold under test the way Stripe does: a JSON event POSTed to the
 * webhook with a {@code Stripe-Signature} of {@code t=<seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<body>">}, computed here independently of the application's code.
 */
final class Webhooks {

  /** The signing secret the test deployment is configured with. */
  static final String SECRET = "whsec_foothold_it";

  /** A second configured secret, as while rolling one. */
  static final String PREVIOUS = "whsec_foothold_it_previous";

  static final String PATH = "/api/v1/billing/stripe/webhook";

  private Webhooks() {}

  /**
   * @return the hex HMAC-SHA256 Stripe would put in {@code v1}
   */
  static String sign(String secret, long t, String body) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Posts {@code body} with the header given (as is). */
  static Response post(String base, String signature, String body) {
    var request = given().contentType("application/json; charset=utf-8").body(body);
    if (signature != null) {
      request = request.header("Stripe-Signature", signature);
    }
    return request.post(base + PATH);
  }

  /** Posts {@code body} signed with the test secret at {@code t}. */
  static Response deliver(String base, long t, String body) {
    return post(base, "t=" + t + ",v1=" + sign(SECRET, t, body), body);
  }

  /** The platform's time (the test deployment's clock may run ahead). */
  static Instant platformNow(String base, String token) {
    return Instant.parse(
        given().auth().oauth2(token).get(base + "/api/v1/clock").then().extract().path("now"));
  }

  /**
   * @return a Stripe event of {@code type} about {@code object}, created at {@code created}
   */
  static String event(String id, String type, Instant created, String object) {
    return """
        {"id":"%s","object":"event","api_version":"2025-06-30.basil","created":%d,\
        "livemode":false,"type":"%s","data":{"object":%s}}"""
        .formatted(id, created.getEpochSecond(), type, object);
  }

  static String newId() {
    return "evt_" + UUID.randomUUID().toString().replace("-", "");
  }

  static String metadata(String tenant, String holder) {
    return "{\"tenant\":\"%s\",\"holder\":\"%s\"}".formatted(tenant, holder);
  }

  static String checkoutCompleted(String tenant, String holder) {
    return """
        {"id":"cs_test_%s","object":"checkout.session","mode":"subscription",\
        "client_reference_id":"%s:%s","payment_status":"paid","status":"complete",\
        "customer":"cus_%s","subscription":"sub_%s","metadata":%s}"""
        .formatted(holder, tenant, holder, holder, holder, metadata(tenant, holder));
  }

  static String subscription(String tenant, String holder, String status, Instant periodEnd) {
    return """
        {"id":"sub_%s","object":"subscription","status":"%s","customer":"cus_%s",\
        "items":{"object":"list","data":[{"current_period_end":%d}]},"metadata":%s}"""
        .formatted(holder, status, holder, periodEnd.getEpochSecond(), metadata(tenant, holder));
  }

  static String invoice(String tenant, String holder, Instant periodEnd) {
    return """
        {"id":"in_%s","object":"invoice","subscription":"sub_%s","customer":"cus_%s",\
        "lines":{"object":"list","data":[{"period":{"end":%d}}]},\
        "parent":{"subscription_details":{"metadata":%s}}}"""
        .formatted(
            UUID.randomUUID(),
            holder,
            holder,
            periodEnd.getEpochSecond(),
            metadata(tenant, holder));
  }

  /**
   * Makes {@code holder} a paying client of {@code tenant} for 60 days from the platform's now, the
   * way a completed Stripe checkout does.
   */
  static void pay(String base, String token, String tenant, String holder) {
    var now = platformNow(base, token);
    deliver(
            base,
            now.getEpochSecond(),
            event(newId(), "checkout.session.completed", now, checkoutCompleted(tenant, holder)))
        .then()
        .statusCode(200);
    deliver(
            base,
            now.getEpochSecond(),
            event(
                newId(),
                "customer.subscription.updated",
                now,
                subscription(tenant, holder, "active", now.plus(java.time.Duration.ofDays(60)))))
        .then()
        .statusCode(200);
  }
}
