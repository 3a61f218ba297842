package dev.foothold.tenant.billing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import dev.foothold.platform.problem.ProblemException;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real HTTP client against a small Stripe-like server started here (not a mock object). */
class StripeBillingProviderTest {

  record Received(String method, String path, String authorization, Map<String, String> form) {}

  HttpServer server;
  final List<Received> received = new ArrayList<>();
  volatile int status = 200;

  @BeforeEach
  void fakeStripe() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/v1/",
        exchange -> {
          var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(
              new Received(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getPath(),
                  exchange.getRequestHeaders().getFirst("Authorization"),
                  form(body)));
          var answer =
              status == 200
                  ? "{\"id\":\"cs_test_1\",\"object\":\"checkout.session\",\"url\":\"https://checkout.example.test/c/pay/cs_test_1\"}"
                  : "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"No such price\"}}";
          var bytes = answer.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  URI api() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  static Map<String, String> form(String body) {
    var form = new LinkedHashMap<String, String>();
    for (var pair : body.split("&")) {
      int eq = pair.indexOf('=');
      form.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return form;
  }

  static BillingProvider.Checkout checkout() {
    return new BillingProvider.Checkout(
        "demo-coaching",
        "subject-1",
        "ana@demo.test",
        "Demo Coaching coaching",
        new BigDecimal("40.00"),
        "USD",
        URI.create("https://demo.example/ok"),
        URI.create("https://demo.example/back"));
  }

  @Test
  void checkoutCreatesASubscriptionSessionCarryingTenantAndHolder() {
    var url = new StripeBillingProvider(api(), "sk_test_123").checkout(checkout());
    assertEquals(URI.create("https://checkout.example.test/c/pay/cs_test_1"), url);
    var r = received.get(0);
    assertEquals("POST", r.method());
    assertEquals("/v1/checkout/sessions", r.path());
    assertEquals("Bearer sk_test_123", r.authorization());
    assertEquals("subscription", r.form().get("mode"));
    assertEquals("4000", r.form().get("line_items[0][price_data][unit_amount]"));
    assertEquals("usd", r.form().get("line_items[0][price_data][currency]"));
    assertEquals("month", r.form().get("line_items[0][price_data][recurring][interval]"));
    assertEquals("demo-coaching:subject-1", r.form().get("client_reference_id"));
    assertEquals("demo-coaching", r.form().get("subscription_data[metadata][tenant]"));
    assertEquals("subject-1", r.form().get("subscription_data[metadata][holder]"));
    assertEquals("ana@demo.test", r.form().get("customer_email"));
  }

  @Test
  void thePortalLinkIsForTheCustomer() {
    new StripeBillingProvider(api(), "sk_test_123")
        .customerPortal("cus_42", URI.create("https://demo.example/"));
    assertEquals("/v1/billing_portal/sessions", received.get(0).path());
    assertEquals("cus_42", received.get(0).form().get("customer"));
  }

  @Test
  void aRefusalBecomesA502AndNoKeyA503() {
    status = 400;
    var failed =
        assertThrows(
            ProblemException.class,
            () -> new StripeBillingProvider(api(), "sk_test_123").checkout(checkout()));
    assertEquals(502, failed.status());
    var unset =
        assertThrows(
            ProblemException.class,
            () -> new StripeBillingProvider(api(), "").checkout(checkout()));
    assertEquals(503, unset.status());
    assertEquals(1, received.size(), "nothing is sent without a key");
  }
}
