package dev.foothold.deploy.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile request bodies, sent from outside: control characters in text, numbers a field cannot
 * hold, malformed list elements, wrong types, unknown fields, deep nesting, bodies beyond the cap
 * (declared or chunked), files that only start like images, and validly signed but odd billing
 * events. Each is refused with a 4xx problem+json, and nothing is written: the database's row
 * counts (read as the superuser, past row-level security) and the resources read back are
 * unchanged.
 */
@SystemTest
class HostileBodiesIT extends AgainstFoothold {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.foothold();
  }

  static final String COACHING = "/api/v1/t/demo-coaching";
  static final String ORG = "/api/v1/t/demo-org";

  /** Tables that the application's own timers may write to while a test runs. */
  static final Set<String> BACKGROUND = Set.of("tenancy.trial_reminder");

  static String someId() {
    return UUID.randomUUID().toString();
  }

  /** One request that must be refused. */
  record Attack(String user, String method, String path, String body, String field) {
    @Override
    public String toString() {
      return method + " " + path.replaceAll("[0-9a-f-]{36}", "{id}") + " (" + field + ")";
    }
  }

  static final String NUL = "\\u0000";

  private static boolean arrived;

  /**
   * A person's first request in a tenant makes them a member (and a client's trial): done once
   * before any row count, so the counts only see what the attacks write.
   */
  @BeforeEach
  void everyoneHasArrived() {
    if (arrived) {
      return;
    }
    for (var user : List.of("owner@demo.test", "coach@demo.test", "client@demo.test")) {
      as(user).get(base + COACHING).then().statusCode(200);
    }
    as("manager@demo.test").get(base + ORG).then().statusCode(200);
    as("operator@foothold.test").get(base + "/api/v1/me").then().statusCode(200);
    arrived = true;
  }

  static Stream<Arguments> controlCharactersInText() {
    return Stream.of(
            new Attack(
                "client@demo.test",
                "POST",
                COACHING + "/me/check-ins",
                "{\"activation\":5,\"note\":\"calm" + NUL + "\"}",
                "note"),
            new Attack(
                "client@demo.test",
                "POST",
                COACHING + "/me/evidence/recalled",
                "{\"lifeDomain\":\"PERSONAL\",\"title\":\"A dinner"
                    + NUL
                    + "\",\"whatMadeItHard\":\"Time\",\"whatIDid\":\"Cooked\","
                    + "\"whatItShows\":\"I can plan\",\"effort\":6,"
                    + "\"attribution\":\"OWN_EFFORT_AND_SKILL\"}",
                "title"),
            new Attack(
                "coach@demo.test",
                "POST",
                COACHING + "/ladders",
                ladder("{\"title\":\"Two minutes" + NUL + "\"," + RUNG_REST),
                "rungs[0].title"),
            new Attack(
                "client@demo.test",
                "POST",
                COACHING + "/climbs/" + someId() + "/pause",
                "{\"reason\":\"ill\\u001b[2J\"}",
                "reason"),
            new Attack(
                "coach@demo.test",
                "POST",
                COACHING + "/coaching/people/" + someId() + "/evidence/" + someId() + "/feedback",
                "{\"skill\":\"speaking\",\"text\":\"Well done" + NUL + "\"}",
                "text"),
            new Attack(
                "manager@demo.test",
                "POST",
                ORG + "/team/assignments",
                "{\"ladderId\":\"" + someId() + "\",\"group\":\"team\\u0007\"}",
                "group"),
            new Attack(
                "owner@demo.test",
                "PUT",
                COACHING + "/branding",
                "{\"displayName\":\"Demo"
                    + NUL
                    + "\",\"primaryColor\":\"#0b6e4f\","
                    + "\"accentColor\":\"#F4D35E\"}",
                "displayName"),
            new Attack(
                "owner@demo.test",
                "POST",
                COACHING + "/invitations",
                "{\"email\":\"new@demo.test\",\"role\":\"coach\",\"firstName\":\"Ann\\ud800\"}",
                "firstName"),
            new Attack(
                "client@demo.test",
                "POST",
                COACHING + "/me/screening",
                "{\"answers\":{\"low-mood" + NUL + "\":false}}",
                "answers[(a field with an unusual name)]"))
        .map(Arguments::of);
  }

  static final String RUNG_REST =
      "\"task\":\"Tell a friend\",\"successCriteria\":\"You finish\",\"difficulty\":3,"
          + "\"stakes\":\"LOW\"}";

  static String ladder(String... rungs) {
    return "{\"skill\":\"Speaking\",\"lifeDomain\":\"PROFESSIONAL\",\"rungs\":["
        + String.join(",", rungs)
        + "]}";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("controlCharactersInText")
  void controlCharactersInAnyTextAreRefusedNamingTheField(Attack attack) throws SQLException {
    var before = rows();
    refusedAsInvalid(send(attack), attack.field());
    assertEquals(before, rows(), "nothing was written");
  }

  static Stream<Arguments> numbersAFieldCannotHold() {
    return Stream.of(
            new Attack(
                "client@demo.test",
                "POST",
                COACHING + "/me/check-ins",
                "{\"activation\":4294967301}",
                "activation"),
            new Attack(
                "client@demo.test",
                "POST",
                COACHING + "/me/check-ins",
                "{\"activation\":5.5}",
                "activation"),
            new Attack(
                "owner@demo.test",
                "PUT",
                COACHING + "/mastery/settings",
                "{\"targetLow\":0.7,\"targetHigh\":0.85,\"ownShareThreshold\":1e309,"
                    + "\"longestPauseDays\":28,\"streakLapseDays\":14}",
                "ownShareThreshold"),
            new Attack(
                "owner@demo.test",
                "PUT",
                COACHING + "/plan",
                "{\"trialDays\":1e309,\"pricePerMonth\":40,\"currency\":\"USD\"}",
                "trialDays"),
            new Attack(
                "owner@demo.test",
                "PUT",
                COACHING + "/plan",
                "{\"trialDays\":7,\"pricePerMonth\":1e309,\"currency\":\"USD\"}",
                "pricePerMonth"),
            new Attack(
                "operator@foothold.test",
                "PUT",
                "/api/v1/clock",
                "{\"offsetSeconds\":1e20}",
                "offsetSeconds"))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("numbersAFieldCannotHold")
  void numbersOutOfRangeAreRefusedNotWrapped(Attack attack) throws SQLException {
    var settings = read("owner@demo.test", COACHING + "/mastery/settings");
    var plan = read("owner@demo.test", COACHING + "/plan");
    var clock = as("operator@foothold.test").get(base + "/api/v1/clock").path("offsetSeconds");
    var before = rows();
    var response = send(attack);
    assertEquals(400, response.statusCode(), response.asString());
    problem(response);
    assertEquals(before, rows(), "nothing was written");
    assertEquals(settings, read("owner@demo.test", COACHING + "/mastery/settings"));
    assertEquals(plan, read("owner@demo.test", COACHING + "/plan"));
    assertEquals(
        clock, as("operator@foothold.test").get(base + "/api/v1/clock").path("offsetSeconds"));
  }

  @Test
  void aFieldBoundByBeanValidationStillRefusesTheLargestNumberItsTypeHolds() throws SQLException {
    var before = rows();
    var response =
        send(
            new Attack(
                "operator@foothold.test",
                "PUT",
                "/api/v1/clock",
                "{\"offsetSeconds\":4294967301000}",
                "offsetSeconds"));
    assertEquals(400, response.statusCode(), response.asString());
    response.then().body("type", equalTo("urn:foothold:problem:validation-failed"));
    assertEquals(before, rows());
  }

  static Stream<Arguments> bodiesOfTheWrongShape() {
    var rung = "{\"title\":\"Two minutes\"," + RUNG_REST;
    return Stream.of(
            new Attack(
                "coach@demo.test",
                "POST",
                COACHING + "/ladders",
                ladder("\"text\"", rung),
                "rungs[0]"),
            new Attack(
                "coach@demo.test", "POST", COACHING + "/ladders", ladder(rung, "7"), "rungs[1]"),
            new Attack(
                "coach@demo.test",
                "POST",
                COACHING + "/ladders",
                ladder(rung).replace("\"Speaking\"", "5"),
                "skill"),
            new Attack(
                "coach@demo.test",
                "POST",
                COACHING + "/ladders",
                ladder(rung.replace("\"difficulty\":3", "\"difficulty\":\"3\"")),
                "rungs[0].difficulty"),
            new Attack(
                "client@demo.test",
                "POST",
                COACHING + "/me/check-ins",
                "{\"activation\":5,\"mood\":\"fine\"}",
                "mood"),
            new Attack(
                "coach@demo.test",
                "POST",
                COACHING + "/ladders",
                ladder(rung.replace("{", "{\"colour\":\"red\",")),
                "rungs[0].colour"),
            new Attack(
                "client@demo.test",
                "POST",
                COACHING + "/me/screening",
                "{\"answers\":{\"low-mood\":\"no\"}}",
                "answers[low-mood]"))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodiesOfTheWrongShape")
  void malformedElementsWrongTypesAndUnknownFieldsAreRefused(Attack attack) throws SQLException {
    var before = rows();
    refusedAsInvalid(send(attack), attack.field());
    assertEquals(before, rows(), "nothing was written");
  }

  @Test
  void bodiesThatAreNotOneShallowJsonValueAreMalformed() throws SQLException {
    var before = rows();
    var deep = "[".repeat(10_000) + "]".repeat(10_000);
    for (var body :
        List.of(
            "{\"activation\":5,\"note\":" + deep + "}",
            "{\"activation\":5,\"activation\":6}",
            "{\"activation\":5} {\"activation\":6}",
            "{\"activation\":1e2147483648}")) {
      var response =
          send(new Attack("client@demo.test", "POST", COACHING + "/me/check-ins", body, ""));
      assertEquals(400, response.statusCode(), body.substring(0, Math.min(40, body.length())));
      problem(response).body("type", equalTo("urn:foothold:problem:malformed-body"));
    }
    assertEquals(before, rows());
  }

  // ---- bodies beyond the cap ----

  @Test
  void aDeclaredLengthBeyondTheCapIsRefusedBeforeAnyOfTheBodyArrives() throws IOException {
    var owner = stack.token("owner@demo.test");
    for (var target :
        List.of(
            new String[] {"PUT", COACHING + "/branding/logo", "image/png", owner},
            new String[] {"POST", COACHING + "/me/check-ins", "application/json", owner},
            new String[] {"POST", Webhooks.PATH, "application/json", null})) {
      var answer = rawRequestWithoutBody(target[0], target[1], target[2], target[3], 10L << 30);
      assertTrue(answer.startsWith("HTTP/1.1 413"), target[1] + " answered: " + firstLine(answer));
      assertTrue(
          answer.toLowerCase().contains("content-type: application/problem+json"),
          target[1] + " answered: " + answer);
    }
  }

  @Test
  void aChunkedBodyBeyondTheCapIsRefusedWhileItIsRead() throws Exception {
    var before = rows();
    var padding = "a".repeat(2 * 1024 * 1024);
    var checkIn = "{\"activation\":5,\"note\":\"" + padding + "\"}";
    var response =
        chunked(
            "POST",
            COACHING + "/me/check-ins",
            "application/json",
            stack.token("client@demo.test"),
            checkIn.getBytes(StandardCharsets.UTF_8),
            Map.of());
    assertEquals(413, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
    assertTrue(response.body().contains("urn:foothold:problem:body-too-large"), response.body());

    // a correctly signed event padded past the cap: refused before its signature is even checked
    long now = java.time.Instant.now().getEpochSecond();
    var event =
        "{\"id\":\"evt_"
            + UUID.randomUUID().toString().replace("-", "")
            + "\",\"type\":\"ping\",\"created\":"
            + now
            + ",\"data\":{\"object\":{\"padding\":\""
            + padding
            + "\"}}}";
    var signature = "t=" + now + ",v1=" + Webhooks.sign(Webhooks.SECRET, now, event);
    var webhook =
        chunked(
            "POST",
            Webhooks.PATH,
            "application/json",
            null,
            event.getBytes(StandardCharsets.UTF_8),
            Map.of("Stripe-Signature", signature));
    assertEquals(413, webhook.statusCode(), webhook.body());
    assertTrue(webhook.body().contains("urn:foothold:problem:body-too-large"), webhook.body());

    var logo =
        chunked(
            "PUT",
            COACHING + "/branding/logo",
            "image/png",
            stack.token("owner@demo.test"),
            new byte[2 * 1024 * 1024],
            Map.of());
    assertEquals(413, logo.statusCode(), logo.body());
    assertEquals(before, rows());
  }

  // ---- files that only start like images ----

  @Test
  void aFileThatOnlyStartsLikeAnImageIsNoLogo() throws IOException, SQLException {
    var real = png();
    as("owner@demo.test")
        .contentType("image/png")
        .body(real)
        .put(base + COACHING + "/branding/logo")
        .then()
        .statusCode(200)
        .body("mediaType", equalTo("image/png"));
    byte[] pngSignature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    var garbage = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
    var before = rows();
    for (var fake :
        List.of(
            concat(pngSignature, garbage),
            concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, garbage),
            concat(real, garbage),
            java.util.Arrays.copyOf(real, real.length - 5))) {
      var response =
          as("owner@demo.test")
              .contentType("image/png")
              .body(fake)
              .put(base + COACHING + "/branding/logo");
      assertEquals(400, response.statusCode(), response.asString());
      problem(response).body("type", equalTo("urn:foothold:problem:logo-type"));
    }
    assertEquals(before, rows());
    assertArrayEquals(
        real, given().get(base + COACHING + "/branding/logo").then().extract().asByteArray());
  }

  // ---- validly signed but odd billing events ----

  static Stream<Arguments> oddEvents() {
    long now = java.time.Instant.now().getEpochSecond();
    var object = Webhooks.checkoutCompleted("demo-coaching", "holder-" + someId());
    var deep = "[".repeat(10_000) + "]".repeat(10_000);
    return Stream.of(
        Arguments.of(
            "created 1e20",
            "{\"id\":\""
                + Webhooks.newId()
                + "\",\"type\":\"checkout.session.completed\","
                + "\"created\":1e20,\"data\":{\"object\":"
                + object
                + "}}"),
        Arguments.of(
            "created 2.5",
            "{\"id\":\""
                + Webhooks.newId()
                + "\",\"type\":\"checkout.session.completed\","
                + "\"created\":2.5,\"data\":{\"object\":"
                + object
                + "}}"),
        Arguments.of(
            "10,000 levels deep",
            "{\"id\":\""
                + Webhooks.newId()
                + "\",\"type\":\"checkout.session.completed\","
                + "\"created\":"
                + now
                + ",\"data\":{\"object\":"
                + object
                + "},\"x\":"
                + deep
                + "}"),
        Arguments.of(
            "an id of 300 characters",
            "{\"id\":\"evt_"
                + "a".repeat(296)
                + "\",\"type\":\"checkout.session.completed\","
                + "\"created\":"
                + now
                + ",\"data\":{\"object\":"
                + object
                + "}}"),
        Arguments.of(
            "a NUL in the id",
            "{\"id\":\"evt_"
                + NUL
                + "\",\"type\":\"checkout.session.completed\","
                + "\"created\":"
                + now
                + ",\"data\":{\"object\":"
                + object
                + "}}"),
        Arguments.of(
            "a period end past the year 9999",
            Webhooks.event(
                Webhooks.newId(),
                "customer.subscription.updated",
                java.time.Instant.ofEpochSecond(now),
                Webhooks.subscription(
                        "demo-coaching",
                        "holder-" + someId(),
                        "active",
                        java.time.Instant.ofEpochSecond(now))
                    .replace(Long.toString(now), "99999999999999"))),
        Arguments.of(
            "a holder of 300 characters",
            Webhooks.event(
                Webhooks.newId(),
                "checkout.session.completed",
                java.time.Instant.ofEpochSecond(now),
                Webhooks.checkoutCompleted("demo-coaching", "h".repeat(300)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oddEvents")
  void aValidlySignedButOddEventIsRefusedNotAServerError(String odd, String event)
      throws SQLException {
    var before = rows();
    long t = Webhooks.platformNow(base, stack.token("operator@foothold.test")).getEpochSecond();
    var response = Webhooks.deliver(base, t, event);
    assertEquals(400, response.statusCode(), response.asString());
    problem(response).body("type", equalTo("urn:foothold:problem:not-an-event"));
    assertEquals(before, rows(), "nothing was written");
  }

  @Test
  void twoFirstEventsForANewHolderAtTheSameMomentAreBothAnswered() throws Exception {
    var now = Webhooks.platformNow(base, stack.token("operator@foothold.test"));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 6; round++) {
        var holder = "holder-" + someId();
        var events =
            List.of(
                Webhooks.event(
                    Webhooks.newId(),
                    "checkout.session.completed",
                    now,
                    Webhooks.checkoutCompleted("demo-coaching", holder)),
                Webhooks.event(
                    Webhooks.newId(),
                    "customer.subscription.updated",
                    now,
                    Webhooks.subscription(
                        "demo-coaching", holder, "active", now.plus(Duration.ofDays(30)))));
        var barrier = new CyclicBarrier(2);
        var answers = new ArrayList<Future<Integer>>();
        for (var event : events) {
          answers.add(
              pool.submit(
                  () -> {
                    barrier.await();
                    return Webhooks.deliver(base, now.getEpochSecond(), event).statusCode();
                  }));
        }
        for (var answer : answers) {
          assertEquals(200, answer.get(), "round " + round);
        }
        assertEquals(
            1L,
            count("select count(*) from tenancy.subscription where holder = '" + holder + "'"),
            "one subscription for the holder");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- names ----

  @Test
  void twoTenantsMayShareADisplayName() {
    var name = "Mindful Coaching " + System.nanoTime() % 100_000;
    for (int i = 0; i < 2; i++) {
      var slug = "same-name-" + System.nanoTime() % 1_000_000 + "-" + i;
      as("operator@foothold.test")
          .body(
              "{\"slug\":\""
                  + slug
                  + "\",\"kind\":\"COACHING_BUSINESS\",\"displayName\":\""
                  + name
                  + "\"}")
          .post(base + "/api/v1/tenants")
          .then()
          .statusCode(201)
          .body("displayName", equalTo(name));
    }
  }

  // ---- helpers ----

  Response send(Attack attack) {
    var request =
        given()
            .auth()
            .oauth2(stack.token(attack.user()))
            .contentType("application/json; charset=utf-8")
            .body(attack.body().getBytes(StandardCharsets.UTF_8));
    return request.request(attack.method(), base + attack.path());
  }

  Object read(String user, String path) {
    return as(user).get(base + path).then().statusCode(200).extract().as(Object.class);
  }

  static io.restassured.response.ValidatableResponse problem(Response response) {
    return response
        .then()
        .contentType("application/problem+json")
        .body("type", startsWith("urn:foothold:problem:"))
        .body("status", equalTo(response.statusCode()));
  }

  static void refusedAsInvalid(Response response, String field) {
    assertEquals(400, response.statusCode(), response.asString());
    problem(response)
        .body("type", equalTo("urn:foothold:problem:invalid-body"))
        .body("errors[0].field", equalTo(field));
  }

  /** Row counts of every table of Foothold's schemas, past row-level security. */
  Map<String, Long> rows() throws SQLException {
    var counts = new TreeMap<String, Long>();
    try (var c = stack.database().superuser("foothold").getConnection();
        var tables =
            c.createStatement()
                .executeQuery(
                    "select table_schema || '.' || table_name from information_schema.tables"
                        + " where table_schema in ('mastery', 'tenancy')"
                        + " and table_type = 'BASE TABLE'"
                        + " and table_name not like 'flyway%'")) {
      var names = new ArrayList<String>();
      while (tables.next()) {
        names.add(tables.getString(1));
      }
      for (var name : names) {
        if (BACKGROUND.contains(name)) {
          continue;
        }
        try (var rs = c.createStatement().executeQuery("select count(*) from " + name)) {
          rs.next();
          counts.put(name, rs.getLong(1));
        }
      }
    }
    return counts;
  }

  long count(String sql) throws SQLException {
    try (var c = stack.database().superuser("foothold").getConnection();
        var rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Sends only the headers of a request that declares {@code length} bytes, and reads the answer.
   */
  String rawRequestWithoutBody(
      String method, String path, String contentType, String token, long length)
      throws IOException {
    var uri = URI.create(base);
    try (var socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(20_000);
      var head =
          method
              + " "
              + path
              + " HTTP/1.1\r\nHost: "
              + uri.getHost()
              + ":"
              + uri.getPort()
              + "\r\nContent-Type: "
              + contentType
              + "\r\nContent-Length: "
              + length
              + (token == null ? "" : "\r\nAuthorization: Bearer " + token)
              + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      var answer = new ByteArrayOutputStream();
      var buffer = new byte[8192];
      InputStream in = socket.getInputStream();
      try {
        int n;
        while ((n = in.read(buffer)) > 0) {
          answer.write(buffer, 0, n);
          if (answer.toString(StandardCharsets.UTF_8).contains("}")) {
            break; // the problem document has come; the server may wait for the rest
          }
        }
      } catch (java.net.SocketTimeoutException e) {
        // whatever came is the answer: none means the server waited for the body
      }
      return answer.toString(StandardCharsets.UTF_8);
    }
  }

  static String firstLine(String answer) {
    int end = answer.indexOf('\r');
    return end < 0 ? "(nothing within 20 s)" : answer.substring(0, end);
  }

  /** Sends a body without a declared length (chunked). */
  HttpResponse<String> chunked(
      String method,
      String path,
      String contentType,
      String token,
      byte[] body,
      Map<String, String> headers)
      throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", contentType)
            .method(
                method,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::header);
    try {
      return HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .build()
          .send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      // the server may answer and close before the client has sent everything: ask again
      // with a body the server has no reason to refuse, so the failure is the client's, not ours
      throw new IOException("The server closed the connection before answering " + path, e);
    }
  }

  static byte[] concat(byte[] a, byte[] b) {
    var out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static byte[] png() throws IOException {
    var image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, 0x0b6e4f);
    var out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
