package dev.foothold.deploy.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foothold.deploy.stack.Cluster;
import dev.foothold.deploy.stack.PayaraServer;
import dev.foothold.deploy.stack.Ports;
import dev.foothold.deploy.stack.Progress;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A production server from outside: it will not start with a development secret, its figures are
 * for operators only, a suspended tenant cannot be told from an unknown one, every response says
 * {@code nosniff}, and its cluster listens on the configured interface only.
 *
 * <p>Two extra Payara Micro instances are started here (without Arquillian), on the same PostgreSQL
 * and Keycloak, with a production configuration.
 */
@SystemTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionSafetyIT extends AgainstFoothold {

  private static final HttpClient RAW =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.foothold();
  }

  // ---- /metrics: operators only -------------------------------------------------------------

  @Test
  @Order(1)
  void metricsAreForOperatorsOnlyWhateverThePathLooksLike() throws Exception {
    var operator = stack.token("operator@foothold.test");
    // the operator sees every tenant's figures once a reminder round has counted them
    var deadline = Instant.now().plusSeconds(30);
    HttpResponse<String> figures;
    do {
      figures = raw("/metrics", operator);
    } while (!figures.body().contains("tenant=\"demo-coaching\"")
        && Instant.now().isBefore(deadline)
        && pause());
    assertEquals(200, figures.statusCode(), figures.body());
    assertTrue(
        figures.body().contains("foothold_subscriptions{tenant=\"demo-coaching\""), figures.body());
    assertTrue(figures.body().contains("foothold_monthly_recurring_revenue"), figures.body());

    var owner = stack.token("owner@demo.test");
    for (var path :
        List.of(
            "/metrics",
            "/metrics/",
            "/metrics/application",
            "/metrics/base",
            "/metrics/vendor",
            "/metrics?scope=application",
            "/metrics/application?foo=bar",
            "/%6Detrics",
            "/%6d%65%74%72%69%63%73/application")) {
      for (var token : new String[] {null, owner}) {
        var response = raw(path, token);
        var who = token == null ? "anonymous" : "a tenant owner";
        assertEquals(token == null ? 401 : 403, response.statusCode(), who + " " + path);
        assertTrue(
            response
                .headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("application/problem+json"),
            who + " " + path + ": " + response.headers().map());
        assertNoFigures(who + " " + path, response);
      }
    }
    // variants that are no metrics path at all: nothing to see there either
    for (var path :
        List.of(
            "/METRICS",
            "/Metrics/application",
            "//metrics",
            "/./metrics",
            "/metrics/../metrics",
            "/metrics;jsessionid=1",
            "/metrics/%2e%2e/metrics",
            "/metrics%2f",
            "/payara-metrics-disabled",
            "/api/metrics",
            "/api/v1/metrics")) {
      for (var token : new String[] {null, owner}) {
        var response = raw(path, token);
        assertNotEquals(200, response.statusCode(), path + " answers 200: " + response.body());
        assertNoFigures(path, response);
      }
    }
  }

  @Test
  @Order(2)
  void healthNamesNoTenant() throws Exception {
    for (var path : List.of("/health", "/health/ready", "/health/live", "/health/started")) {
      var response = raw(path, null);
      assertNoFigures(path, response);
      assertFalse(response.body().contains("demo-org"), path + ": " + response.body());
    }
  }

  // ---- public branding: suspended looks like unknown ----------------------------------------

  @Test
  @Order(3)
  void aSuspendedTenantsBrandingAnswersExactlyAsAnUnknownTenants() {
    var n = Long.toString(System.nanoTime() % 1_000_000_000L);
    var suspended = "ops-suspended-" + n;
    var unknown = "ops-unknown-" + n;
    as("operator@foothold.test")
        .body(
            "{\"slug\":\""
                + suspended
                + "\",\"kind\":\"COACHING_BUSINESS\",\"displayName\":\"Suspended "
                + n
                + "\"}")
        .post(base + "/api/v1/tenants")
        .then()
        .statusCode(201);
    given().get(base + "/api/v1/t/" + suspended + "/branding").then().statusCode(200);
    as("operator@foothold.test")
        .body("{\"status\":\"SUSPENDED\"}")
        .patch(base + "/api/v1/tenants/" + suspended)
        .then()
        .statusCode(200)
        .body("status", equalTo("SUSPENDED"));

    for (var what : List.of("/branding", "/branding/logo")) {
      var ofSuspended = given().get(base + "/api/v1/t/" + suspended + what);
      var ofUnknown = given().get(base + "/api/v1/t/" + unknown + what);
      ofSuspended
          .then()
          .statusCode(404)
          .contentType(startsWith("application/problem+json"))
          .body("type", equalTo("urn:foothold:problem:tenant-not-found"));
      assertEquals(ofUnknown.statusCode(), ofSuspended.statusCode(), what);
      assertEquals(
          ofUnknown.asString().replace(unknown, "SLUG"),
          ofSuspended.asString().replace(suspended, "SLUG"),
          what + ": a suspended tenant must answer as an unknown one");
    }
  }

  // ---- nosniff everywhere, a policy on every HTML page --------------------------------------

  @Test
  @Order(4)
  void everyResponseSaysNosniffAndEveryHtmlPageHasAPolicy() throws Exception {
    var client = stack.token("client@demo.test");
    var checks = new ArrayList<String[]>();
    checks.add(new String[] {"/api/v1/me", client});
    checks.add(new String[] {"/api/v1/me", null}); // 401 problem
    checks.add(new String[] {"/api/v1/nowhere", client}); // 404 problem
    checks.add(new String[] {"/api/v1/t/demo-coaching/branding", null});
    checks.add(new String[] {"/api/v1/t/demo-coaching/me/evidence/export?format=html", client});
    checks.add(new String[] {"/api/v1/t/demo-coaching/me/evidence/export?format=csv", client});
    checks.add(new String[] {"/t/demo-coaching/", null});
    checks.add(new String[] {"/", null});
    checks.add(new String[] {"/portal/app.js", null});
    checks.add(new String[] {"/portal/portal.css", null});
    checks.add(new String[] {"/webjars/keycloak-js/25.0.4/dist/keycloak.js", null});
    checks.add(new String[] {"/webjars/chart.js/4.5.1/dist/chart.umd.js", null});
    checks.add(new String[] {"/metrics", null});
    checks.add(new String[] {"/no-such-page.html", null});
    for (var check : checks) {
      var response = raw(check[0], check[1]);
      assertEquals(
          "nosniff",
          response.headers().firstValue("X-Content-Type-Options").orElse(null),
          check[0] + " (" + response.statusCode() + ") lacks nosniff: " + response.headers().map());
      var type = response.headers().firstValue("Content-Type").orElse("");
      if (type.toLowerCase(Locale.ROOT).startsWith("text/html")) {
        var policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("default-src"), check[0] + " is HTML without a policy");
        assertTrue(policy.contains("frame-ancestors 'none'"), check[0] + ": " + policy);
      }
    }
    // the HTML export is a page too: it is served with a policy that runs no script
    var export = raw("/api/v1/t/demo-coaching/me/evidence/export?format=html", client);
    assertEquals(200, export.statusCode(), export.body());
    assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    var exportPolicy = export.headers().firstValue("Content-Security-Policy").orElse("");
    assertFalse(exportPolicy.isEmpty(), "the HTML export has no Content-Security-Policy");
    assertFalse(exportPolicy.matches(".*script-src[^;]*'unsafe-inline'.*"), exportPolicy);
  }

  @Test
  @Order(5)
  void thePortalPageStillLoadsItsScriptsStylesAndLibrariesUnderItsPolicy() throws Exception {
    var page = raw("/t/demo-coaching/", null);
    assertEquals(200, page.statusCode());
    var policy = page.headers().firstValue("Content-Security-Policy").orElse("");
    // the portal's own policy, not the platform default: it reaches Keycloak to sign in
    assertTrue(policy.contains("connect-src 'self' " + stack.keycloak().url()), policy);
    assertTrue(policy.contains("script-src 'self'"), policy);
    for (var asset :
        List.of(
            "/portal/portal.css",
            "/portal/app.js",
            "/portal/api.js",
            "/portal/ui.js",
            "/webjars/keycloak-js/25.0.4/dist/keycloak.js",
            "/webjars/chart.js/4.5.1/dist/chart.umd.js")) {
      assertTrue(page.body().contains(asset) || asset.startsWith("/portal/"), asset);
      var response = raw(asset, null);
      assertEquals(200, response.statusCode(), asset);
      var type = response.headers().firstValue("Content-Type").orElse("");
      assertTrue(
          type.startsWith(asset.endsWith(".css") ? "text/css" : "text/javascript")
              || type.startsWith("application/javascript"),
          asset + " is served as " + type + ", which nosniff would refuse");
    }
  }

  // ---- production start-up: development secrets refused, real ones start --------------------

  @Test
  @Order(10)
  void withDevelopmentSecretsOrPayarasClusterNameAndNoDevProfileTheServerRefusesToServe()
      throws Exception {
    var config = productionConfig();
    config.remove("foothold.billing.stripe.webhook-secret"); // the built-in default applies
    config.put("foothold.keycloak.admin.client-secret", "foothold-admin-dev-secret");
    var home = workDir("refusing");
    // clustered as a Payara Micro started without cluster options would be (on loopback here)
    var payaraDefault = Cluster.of("development", "127.0.0.1", Ports.free());
    try (var server = launch(home, config, payaraDefault)) {
      var log = awaitLog(server, "Foothold refuses to start", Duration.ofMinutes(4));
      assertTrue(log.contains("Payara's default cluster name 'development'"), log);
      assertTrue(log.contains("foothold.billing.stripe.webhook-secret"), log);
      assertTrue(log.contains("FOOTHOLD_BILLING_STRIPE_WEBHOOK_SECRET"), log);
      assertTrue(log.contains("foothold.keycloak.admin.client-secret"), log);
      assertTrue(log.contains("FOOTHOLD_PROFILE=dev"), log);
      // never ready, and nothing served: not the API, not the webhook
      var until = Instant.now().plusSeconds(10);
      do {
        var ready = raw(server.url() + "/health/ready");
        assertNotEquals(200, ready.statusCode(), ready.body());
      } while (Instant.now().isBefore(until) && pause());
      given()
          .get(server.url() + "/health/ready")
          .then()
          .statusCode(503)
          .body("checks.find { it.name == 'configuration' }.status", equalTo("DOWN"))
          .body(org.hamcrest.Matchers.not(containsString("whsec")));
      given()
          .get(server.url() + "/api/v1/t/demo-coaching/branding")
          .then()
          .statusCode(503)
          .contentType(startsWith("application/problem+json"))
          .body("type", equalTo("urn:foothold:problem:unsafe-configuration"));
      var t = Instant.now().getEpochSecond();
      var body = "{\"id\":\"evt_ops\",\"type\":\"invoice.paid\",\"created\":" + t + "}";
      Webhooks.post(
              server.url(), "t=" + t + ",v1=" + Webhooks.sign("whsec_foothold_dev", t, body), body)
          .then()
          .statusCode(503);
    }
  }

  @Test
  @Order(11)
  void withRealSecretsItStartsAndItsClusterListensOnLoopbackUnderItsOwnName() throws Exception {
    var config = productionConfig();
    config.put("foothold.billing.stripe.webhook-secret", "whsec_" + UUID.randomUUID());
    config.put("foothold.keycloak.admin.client-secret", UUID.randomUUID().toString());
    var clusterName = "foothold-it-" + UUID.randomUUID().toString().substring(0, 8);
    int clusterPort = Ports.free();
    var home = workDir("production");
    try (var server = launch(home, config, Cluster.of(clusterName, "127.0.0.1", clusterPort))) {
      server.awaitReady(Duration.ofMinutes(4), Progress.to(System.out));
      given().get(server.url() + "/health/ready").then().statusCode(200);
      given().get(server.url() + "/api/v1/t/demo-coaching/branding").then().statusCode(200);
      var log = Files.readString(server.log(), StandardCharsets.UTF_8);
      assertFalse(log.contains("Foothold refuses to start"), log);
      assertTrue(log.contains(clusterName), "the cluster runs under its configured name");
      var listening = Listening.on(clusterPort);
      assertFalse(listening.isEmpty(), "nothing listens on the cluster port " + clusterPort);
      assertTrue(
          listening.stream().allMatch(address -> address.equals("127.0.0.1")),
          "the cluster port listens on " + listening + ", not only on loopback");
    }
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** The test stack's configuration, as a production deployment would have it. */
  private Map<String, String> productionConfig() {
    var config = new HashMap<>(stack.appConfig());
    config.remove("foothold.profile");
    config.put("foothold.demo.seed", "false");
    config.put("foothold.clock.adjustable", "false");
    config.put("foothold.diagnostics.statements", "false");
    config.put("foothold.billing.reminders.interval", "PT10M");
    return config;
  }

  private static PayaraServer launch(Path home, Map<String, String> config, Cluster cluster) {
    return PayaraServer.launch(
        Path.of(System.getProperty("foothold.runtime.dir", "target/runtime"))
            .resolve("payara-micro.jar"),
        Path.of(System.getProperty("foothold.war", "target/foothold.war")),
        home,
        Ports.free(),
        config,
        cluster);
  }

  private static Path workDir(String name) throws IOException {
    var dir =
        Path.of(System.getProperty("foothold.it.dir", "target/it-stack"))
            .toAbsolutePath()
            .resolve("production-safety")
            .resolve(name);
    deleteTree(dir);
    return Files.createDirectories(dir);
  }

  private static String awaitLog(PayaraServer server, String text, Duration timeout)
      throws IOException {
    var deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      var log =
          Files.exists(server.log()) ? Files.readString(server.log(), StandardCharsets.UTF_8) : "";
      if (log.contains(text)) {
        return log;
      }
      var ready = raw(server.url() + "/health/ready");
      assertNotEquals(200, ready.statusCode(), "it became ready: " + ready.body());
      assertTrue(server.alive(), "Payara Micro stopped:\n" + log);
      pause();
    }
    throw new AssertionError(
        "the log never said '" + text + "':\n" + Files.readString(server.log()));
  }

  private HttpResponse<String> raw(String path, String token) throws IOException {
    var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return RAW.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static HttpResponse<String> raw(String url) {
    try {
      return RAW.send(
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return new Refused(url);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static void assertNoFigures(String what, HttpResponse<String> response) {
    var body = response.body();
    for (var secret : List.of("demo-coaching", "foothold_subscriptions", "revenue", "tenant=")) {
      assertFalse(body.contains(secret), what + " shows '" + secret + "': " + body);
    }
  }

  private static boolean pause() {
    try {
      Thread.sleep(500);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
    }
  }

  /** A request nobody answered (the server is still starting): status 0. */
  private record Refused(String url) implements HttpResponse<String> {
    @Override
    public int statusCode() {
      return 0;
    }

    @Override
    public HttpRequest request() {
      return HttpRequest.newBuilder(URI.create(url)).build();
    }

    @Override
    public java.util.Optional<HttpResponse<String>> previousResponse() {
      return java.util.Optional.empty();
    }

    @Override
    public java.net.http.HttpHeaders headers() {
      return java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true);
    }

    @Override
    public String body() {
      return "";
    }

    @Override
    public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
      return java.util.Optional.empty();
    }

    @Override
    public URI uri() {
      return URI.create(url);
    }

    @Override
    public HttpClient.Version version() {
      return HttpClient.Version.HTTP_1_1;
    }
  }

  /** Which local addresses listen on a TCP port, read from the kernel's socket tables. */
  static final class Listening {

    private Listening() {}

    static List<String> on(int port) throws IOException {
      var addresses = new ArrayList<String>();
      for (var table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
        var file = Path.of(table);
        if (!Files.exists(file)) {
          continue;
        }
        for (var line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
          var fields = line.trim().split("\\s+");
          var local = fields[1].split(":");
          boolean listen = fields[3].equals("0A");
          if (listen && Integer.parseInt(local[1], 16) == port) {
            addresses.add(address(local[0]));
          }
        }
      }
      return addresses;
    }

    private static String address(String hex) {
      if (hex.length() == 8) {
        var bytes = new StringBuilder();
        for (int i = 3; i >= 0; i--) {
          bytes.append(Integer.parseInt(hex.substring(i * 2, i * 2 + 2), 16));
          if (i > 0) {
            bytes.append('.');
          }
        }
        return bytes.toString();
      }
      if (hex.equals("00000000000000000000000000000000")) {
        return "::";
      }
      if (hex.equals("0000000000000000FFFF00000100007F")) {
        return "127.0.0.1";
      }
      if (hex.equals("00000000000000000000000001000000")) {
        return "::1";
      }
      return hex;
    }
  }
}
