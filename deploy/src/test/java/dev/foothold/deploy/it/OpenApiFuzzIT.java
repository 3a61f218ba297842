package dev.foothold.deploy.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property: for every operation with a request body in the running server's {@code /openapi}
 * document, hostile bodies — wrong types, numbers no field holds (1e309, 4294967301, 1e20, 2e-400),
 * control characters in text, deep nesting, malformed list elements, unknown fields, bodies that
 * are no object at all — are refused with 4xx problem+json, never 5xx, and nothing is written (the
 * row counts of every table are unchanged around the hostile requests).
 *
 * <p>Each attack changes exactly one place of a <em>valid</em> request ({@link #VALID}: a body, the
 * person who sends it, real ids in its path). First, as a control, the unchanged valid request must
 * be accepted; then the attacks go to a target set up afresh the same way. So a hostile body can
 * only be refused for what the attack did, not for a second fault of a made-up body: with the text
 * rule switched off, a NUL in an otherwise valid check-in is a 5xx here. An operation of {@code
 * /openapi} that is in neither {@link #VALID} nor {@link #NOT_COVERED} fails the test.
 *
 * <p>A JUnit {@code @TestFactory} (one dynamic test per operation) inside the usual Arquillian
 * deployment, whose hostile values are drawn from small generators over a seeded {@link Random}
 * (the seed is printed; {@code -Dfoothold.fuzz.seed=N} repeats a run exactly, apart from the ids
 * each run creates). Each body that fails is printed whole, so a failure reproduces by hand. The
 * number of tries per operation is one of each kind of attack plus {@code foothold.fuzz.tries} more
 * drawn at random (default 2).
 */
@SystemTest
class OpenApiFuzzIT extends AgainstFoothold {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.foothold();
  }

  static final int TRIES = Integer.getInteger("foothold.fuzz.tries", 2);

  /** Who may reach each kind of operation past its role checks, tried in this order. */
  static final List<String> PEOPLE =
      List.of("owner@demo.test", "coach@demo.test", "client@demo.test", "operator@foothold.test");

  // ---- the hostile values, drawn from one seeded random source ----

  static final long SEED = Long.getLong("foothold.fuzz.seed", System.nanoTime());

  static final Random RANDOM = new Random(SEED);

  static {
    System.out.println(
        "OpenApiFuzzIT: seed " + SEED + " (repeat with -Dfoothold.fuzz.seed=" + SEED + ")");
  }

  /** A source of values, drawn afresh on each {@link #sample()}. */
  interface Arbitrary<T> extends Supplier<T> {
    default T sample() {
      return get();
    }
  }

  @SafeVarargs
  static <T> Arbitrary<T> oneOf(T... values) {
    return () -> values[RANDOM.nextInt(values.length)];
  }

  static <T> Arbitrary<T> oneOf(List<T> values) {
    return () -> values.get(RANDOM.nextInt(values.size()));
  }

  static Arbitrary<Character> chars(char from, char to) {
    return () -> (char) (from + RANDOM.nextInt(to - from + 1));
  }

  static String letters(String alphabet, int min, int max) {
    var length = min + RANDOM.nextInt(max - min + 1);
    var text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  static final String ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

  static final List<String> HUGE =
      List.of(
          "1e309",
          "-1e309",
          "4294967301",
          "-4294967301",
          "1e20",
          "9223372036854775808",
          "2e-400",
          "123456789012345678901234567890.5",
          "1e2147483647");

  /** Control characters the text rule refuses (tab, line feed and carriage return it allows). */
  static Arbitrary<String> controlCharacter() {
    var ranges =
        oneOf(
            chars('\u0000', '\u0008'),
            chars('\u000B', '\u000C'),
            chars('\u000E', '\u001F'),
            chars('\u007F', '\u009F'),
            chars('\uD800', '\uDFFF'));
    return () -> String.format("\\u%04x", (int) ranges.sample().sample());
  }

  static Arbitrary<String> text() {
    return () -> letters(ALPHA + "0123456789 ", 0, 20);
  }

  static Arbitrary<String> hostileText() {
    return () -> "\"" + text().sample() + controlCharacter().sample() + text().sample() + "\"";
  }

  static Arbitrary<String> deep() {
    return () -> {
      int depth = 40 + RANDOM.nextInt(6000 - 40 + 1);
      return RANDOM.nextBoolean()
          ? "[".repeat(depth) + "]".repeat(depth)
          : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    };
  }

  static Arbitrary<String> wrongType(Kind expected) {
    return switch (expected) {
      case STRING -> oneOf("5", "true", "{}", "[\"x\"]", "-0.5");
      case NUMBER -> oneOf("\"5\"", "true", "[]", "{}", "\"\"");
      case BOOLEAN -> oneOf("\"true\"", "1", "[]", "{}");
      case ARRAY -> oneOf("\"text\"", "{}", "3", "true");
      case OBJECT, MAP -> oneOf("\"text\"", "[]", "3", "false");
    };
  }

  /** What a hostile body does. */
  enum Attack {
    WRONG_TYPE,
    HUGE_NUMBER,
    CONTROL_CHARACTER,
    DEEP_NESTING,
    MALFORMED_LIST_ELEMENT,
    UNKNOWN_FIELD,
    NOT_AN_OBJECT
  }

  // ---- the schema, reduced to what the bodies need ----

  enum Kind {
    STRING,
    NUMBER,
    BOOLEAN,
    ARRAY,
    OBJECT,
    MAP
  }

  /** One place in a body: its JSON pointer-like path and the kind of value the schema wants. */
  record Slot(List<Object> path, Kind kind, JsonObject schema) {}

  record Operation(String method, String path, String mediaType, JsonObject schema) {
    @Override
    public String toString() {
      return method.toUpperCase() + " " + path;
    }
  }

  JsonObject openapi;

  @TestFactory
  Stream<DynamicTest> everyOperationRefusesHostileBodies() {
    openapi =
        Json.createReader(
                new StringReader(
                    given()
                        .accept("application/json")
                        .get(base + "/openapi?format=JSON")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()))
            .readObject();
    var operations = operations();
    assertTrue(operations.size() >= 20, "operations with bodies: " + operations);
    return operations.stream()
        .map(operation -> DynamicTest.dynamicTest(operation.toString(), () -> fuzz(operation)));
  }

  List<Operation> operations() {
    var found = new ArrayList<Operation>();
    for (var path : openapi.getJsonObject("paths").entrySet()) {
      if (!path.getKey().startsWith("/api/")) {
        continue; // what the document names outside the API is another test's concern
      }
      for (var method : path.getValue().asJsonObject().entrySet()) {
        if (!(method.getValue() instanceof JsonObject op)
            || !(op.get("requestBody") instanceof JsonObject requestBody)) {
          continue;
        }
        var content = requestBody.getJsonObject("content");
        String mediaType =
            content.containsKey("application/json")
                ? "application/json"
                : content.keySet().iterator().next();
        var schema =
            content.getJsonObject(mediaType).get("schema") instanceof JsonObject s
                ? s
                : JsonValue.EMPTY_JSON_OBJECT;
        found.add(new Operation(method.getKey(), path.getKey(), mediaType, schema));
      }
    }
    return found;
  }

  // ---- a valid request of every operation: the base each attack changes in one place ----

  static final String COACHING = "/api/v1/t/demo-coaching";
  static final String ORG = "/api/v1/t/demo-org";

  /**
   * A request the server accepts: who sends it, its body (with {@code ${name}} placeholders that
   * {@link #resolve} fills afresh on each use: ids of things created for it, today's dates, unique
   * names), the values of the path's parameters, and, for the few operations whose valid body
   * cannot be accepted at the moment of the control, the problem type it answers instead (never a
   * body-validation refusal). {@code body == null} means a real PNG image (the logo).
   */
  record Valid(String user, String body, Map<String, String> path, String expected) {
    Valid(String user, String body, Map<String, String> path) {
      this(user, body, path, null);
    }

    Valid(String user, String body) {
      this(user, body, Map.of(), null);
    }
  }

  static final String RECALLED =
      "{\"lifeDomain\":\"SOCIAL\",\"skill\":\"Hosting\",\"title\":\"A dinner\","
          + "\"whatMadeItHard\":\"Time\",\"whatIDid\":\"Cooked for twelve\","
          + "\"whatItShows\":\"I can plan\",\"effort\":6,\"attribution\":\"OWN_EFFORT_AND_SKILL\"}";

  static final String LADDER = LaddersIT.ladder("Speaking", "LOW", 3);

  /**
   * Every operation with a request body, by "METHOD /path" as {@code /openapi} names it: a valid
   * request. An operation of {@code /openapi} that is neither here nor in {@link #NOT_COVERED}
   * fails the test, so a new operation must be added.
   */
  static final Map<String, Valid> VALID =
      Map.ofEntries(
          Map.entry(
              "PUT /api/v1/clock", new Valid("operator@foothold.test", "{\"offsetSeconds\":0}")),
          Map.entry("POST /api/v1/t/{slug}/ladders", new Valid("coach@demo.test", LADDER)),
          Map.entry(
              "PUT /api/v1/t/{slug}/ladders/{id}",
              new Valid("coach@demo.test", LADDER, Map.of("id", "${ladder}"))),
          Map.entry(
              "POST /api/v1/t/{slug}/climbs",
              new Valid(
                  "client@demo.test",
                  "{\"ladderId\":\"${ladder}\",\"selfRatings\":[{\"rating\":\"COMFORTABLE\"}]}")),
          Map.entry(
              "POST /api/v1/t/{slug}/climbs/{id}/pause",
              new Valid(
                  "client@demo.test",
                  "{\"until\":\"${in9days}\",\"reason\":\"Holiday\"}",
                  Map.of("id", "${climb}"))),
          Map.entry(
              "POST /api/v1/t/{slug}/climbs/{id}/attempts",
              new Valid(
                  "client@demo.test",
                  LaddersIT.attempt("SUCCESS", 6, "INDEPENDENT", 100, null),
                  Map.of("id", "${climb}"))),
          Map.entry(
              "POST /api/v1/t/{slug}/suggestions/{id}/accept",
              new Valid(
                  "client@demo.test",
                  "{\"selfRatings\":[{\"rating\":\"COMFORTABLE\"},{\"rating\":\"STRETCH\"}]}",
                  Map.of("id", "${suggestion}"))),
          Map.entry(
              "POST /api/v1/t/{slug}/team/suggestions",
              new Valid(
                  "coach@demo.test",
                  "{\"ladderId\":\"${ladder}\",\"person\":\"${client}\",\"note\":\"You spoke up well\"}")),
          Map.entry(
              "POST /api/v1/t/{slug}/team/assignments",
              new Valid(
                  "manager@demo.test",
                  "{\"ladderId\":\"${orgLadder}\",\"group\":\"${group}\",\"dueOn\":\"${in9days}\"}",
                  Map.of("slug", "demo-org"))),
          Map.entry(
              "PUT /api/v1/t/{slug}/mastery/settings",
              new Valid(
                  "owner@demo.test",
                  "{\"targetLow\":0.7,\"targetHigh\":0.85,\"ownShareThreshold\":70,"
                      + "\"longestPauseDays\":28,\"streakLapseDays\":14}")),
          Map.entry(
              "POST /api/v1/t/{slug}/me/check-ins",
              new Valid("client@demo.test", "{\"activation\":5,\"note\":\"calm today\"}")),
          Map.entry(
              "POST /api/v1/t/{slug}/coaching/people/{person}/evidence/{entry}/feedback",
              new Valid(
                  "coach@demo.test",
                  "{\"skill\":\"Planning\",\"text\":\"Cooking a dinner for twelve shows how well you"
                      + " plan\"}",
                  Map.of("person", "${client}", "entry", "${entry}"))),
          Map.entry(
              "POST /api/v1/t/{slug}/me/evidence/recalled",
              new Valid("client@demo.test", RECALLED)),
          Map.entry(
              "POST /api/v1/t/{slug}/me/evidence/{id}/amendments",
              new Valid(
                  "client@demo.test",
                  "{\"note\":\"It was ten people\",\"whatIDid\":\"Hosted a dinner for ten\"}",
                  Map.of("id", "${entry}"))),
          Map.entry(
              "POST /api/v1/t/{slug}/me/screening",
              new Valid("client@demo.test", AgainstFoothold.NO_TO_EVERY_SCREEN_QUESTION)),
          Map.entry(
              "PUT /api/v1/t/{slug}/branding",
              new Valid(
                  "owner@demo.test",
                  "{\"displayName\":\"Demo Coaching\",\"primaryColor\":\"#0b6e4f\","
                      + "\"accentColor\":\"#F4D35E\"}")),
          Map.entry("PUT /api/v1/t/{slug}/branding/logo", new Valid("owner@demo.test", null)),
          Map.entry(
              "POST /api/v1/t/{slug}/domains",
              new Valid("owner@demo.test", "{\"domain\":\"${unique}.coaching.example.com\"}")),
          Map.entry(
              "POST /api/v1/t/{slug}/members",
              new Valid(
                  "owner@demo.test", "{\"email\":\"${unique}@fuzz.test\",\"role\":\"coach\"}")),
          Map.entry(
              "PUT /api/v1/t/{slug}/members/{subject}/role",
              new Valid("owner@demo.test", "{\"role\":\"coach\"}", Map.of("subject", "${coach}"))),
          Map.entry(
              "POST /api/v1/t/{slug}/invitations",
              new Valid(
                  "owner@demo.test",
                  "{\"email\":\"${unique}@fuzz.test\",\"role\":\"coach\",\"firstName\":\"Ann\"}")),
          Map.entry(
              "PUT /api/v1/t/{slug}/plan",
              new Valid(
                  "owner@demo.test",
                  "{\"trialDays\":7,\"pricePerMonth\":40,\"currency\":\"USD\"}")),
          Map.entry(
              "POST /api/v1/tenants",
              new Valid(
                  "operator@foothold.test",
                  "{\"slug\":\"${unique}\",\"kind\":\"COACHING_BUSINESS\",\"displayName\":\"Fuzz"
                      + " Coaching\"}")),
          Map.entry(
              "PATCH /api/v1/tenants/{slug}",
              new Valid(
                  "operator@foothold.test",
                  "{\"displayName\":\"Fuzz Org\"}",
                  Map.of("slug", "${tenant}"))),
          Map.entry(
              "PUT /api/v1/tenants/{slug}/seats",
              new Valid("operator@foothold.test", "{\"seats\":5}", Map.of("slug", "${tenant}"))),
          Map.entry(
              "POST /api/v1/tenants/{slug}/admins",
              new Valid(
                  "operator@foothold.test",
                  "{\"email\":\"${unique}@fuzz.test\"}",
                  Map.of("slug", "${tenant}"))));

  /**
   * Operations this test cannot give a valid base body to, each with why; they are still attacked
   * with bodies built from the schema alone (which catches less: see the class comment).
   */
  static final Map<String, String> NOT_COVERED =
      Map.of(
          "POST /api/v1/billing/stripe/webhook",
          "the body is the payment provider's signed event, not bound by the strict binder: an"
              + " unsigned body is refused before it is read, and unknown fields in a signed event are"
              + " accepted by design; HostileBodiesIT sends validly signed odd events");

  /**
   * Operations whose body may be left out (no body, or JSON {@code null}, means "no choices"): for
   * them those two are only required never to give a 5xx, like {@code {}}.
   */
  static final Set<String> BODY_MAY_BE_LEFT_OUT =
      Set.of("POST /api/v1/t/{slug}/suggestions/{id}/accept");

  private static int unique;

  /** Fills a request's placeholders, creating what they name; one value per name per request. */
  String resolve(String template, Map<String, String> values) {
    if (template == null) {
      return null;
    }
    var out = new StringBuilder();
    var m = java.util.regex.Pattern.compile("\\$\\{([a-zA-Z0-9]+)}").matcher(template);
    while (m.find()) {
      var name = m.group(1);
      var value = values.get(name);
      if (value == null) {
        value = create(name, values);
        values.put(name, value);
      }
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  String create(String name, Map<String, String> values) {
    return switch (name) {
      case "unique" -> "fuzz" + (System.nanoTime() % 1_000_000_000L) + "x" + unique++;
      case "in9days" -> java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(9).toString();
      case "client" -> subjectOf("client@demo.test");
      case "coach" -> subjectOf("coach@demo.test");
      case "ladder" -> created("coach@demo.test", COACHING + "/ladders", LADDER, "id");
      case "orgLadder" -> created("manager@demo.test", ORG + "/ladders", LADDER, "id");
      case "group" -> {
        var group = "fuzz" + unique++;
        as("manager@demo.test").put(base + ORG + "/groups/" + group).then().statusCode(201);
        yield group;
      }
      case "climb" -> {
        screened("client@demo.test", "demo-coaching");
        yield created(
            "client@demo.test",
            COACHING + "/climbs",
            "{\"ladderId\":\"" + resolve("${ladder}", values) + "\"}",
            "id");
      }
      case "suggestion" ->
          created(
              "coach@demo.test",
              COACHING + "/team/suggestions",
              resolve("{\"ladderId\":\"${ladder}\",\"person\":\"${client}\"}", values),
              "id");
      case "entry" ->
          created("client@demo.test", COACHING + "/me/evidence/recalled", RECALLED, "id");
      case "tenant" ->
          created(
              "operator@foothold.test",
              "/api/v1/tenants",
              resolve(
                  "{\"slug\":\"${unique}\",\"kind\":\"ORGANISATION\",\"displayName\":\"Fuzz\","
                      + "\"emailDomain\":\"${unique}.example.com\"}",
                  values),
              "slug");
      default -> throw new IllegalArgumentException("no such placeholder: " + name);
    };
  }

  String created(String user, String path, String body, String field) {
    var response = as(user).body(body).post(base + path);
    assertTrue(
        response.statusCode() / 100 == 2,
        "setting up by POST " + path + ": " + response.statusCode() + " " + response.asString());
    return response.path(field).toString();
  }

  private final Map<String, String> subjects = new HashMap<>();

  String subjectOf(String user) {
    return subjects.computeIfAbsent(
        user, u -> as(u).get(base + "/api/v1/me").then().statusCode(200).extract().path("subject"));
  }

  private static boolean arrived;

  /** First arrivals write rows (a member, a trial): done once, before any count. */
  void everyoneHasArrived() {
    if (arrived) {
      return;
    }
    for (var user : List.of("owner@demo.test", "coach@demo.test", "client@demo.test")) {
      as(user).get(base + COACHING).then().statusCode(200);
    }
    as("manager@demo.test").get(base + ORG).then().statusCode(200);
    as("operator@foothold.test").get(base + "/api/v1/me").then().statusCode(200);
    screened("client@demo.test", "demo-coaching"); // the screen before a first climb
    arrived = true;
  }

  /** A concrete request: where, as whom, with which body. */
  record Request(String url, String user, String body, byte[] bytes) {}

  Request request(Operation operation, Valid valid) throws java.io.IOException {
    var values = new HashMap<String, String>();
    var path = operation.path();
    var parameters = new LinkedHashMap<String, String>();
    parameters.put("slug", "demo-coaching");
    parameters.putAll(valid.path());
    for (var parameter : parameters.entrySet()) {
      path = path.replace("{" + parameter.getKey() + "}", resolve(parameter.getValue(), values));
    }
    assertTrue(
        !path.contains("{"), operation + ": a path parameter has no value in VALID: " + path);
    return new Request(
        base + path,
        valid.user(),
        resolve(valid.body(), values),
        valid.body() == null ? HostileBodiesIT.png() : null);
  }

  void fuzz(Operation operation) throws Exception {
    everyoneHasArrived();
    var key = operation.toString();
    var valid = VALID.get(key);
    if (valid == null) {
      assertTrue(
          NOT_COVERED.containsKey(key),
          key
              + " has a request body but no valid request in OpenApiFuzzIT.VALID: add one (or, with"
              + " a reason, to NOT_COVERED)");
      fuzzFromTheSchemaAlone(operation);
      return;
    }
    // the control: the unchanged valid request is accepted
    var control = request(operation, valid);
    var accepted = send(operation, control.url(), control.user(), control.body(), control.bytes());
    if (valid.expected() == null) {
      assertTrue(
          accepted.statusCode() / 100 == 2,
          key
              + ": the valid body is accepted: "
              + accepted.statusCode()
              + " "
              + accepted.asString()
              + " for "
              + control.body());
    } else {
      assertEquals(valid.expected(), accepted.path("type"), key + ": " + accepted.asString());
    }
    // the attacks go to a target of their own, set up afresh, so a one-time valid body would still
    // be accepted there; each changes the valid body in one place
    var target = request(operation, valid);
    var failures = new ArrayList<String>();
    var before = rows();
    if (target.body() != null) {
      var skeleton = tree(Json.createReader(new StringReader(target.body())).readValue());
      var slots = new ArrayList<Slot>();
      slots(operation.schema(), new ArrayList<>(), slots, 0);
      slots.removeIf(slot -> !parentExists(skeleton, slot.path()));
      var attacks = new ArrayList<>(List.of(Attack.values()));
      attacks.addAll(Stream.generate(oneOf(Attack.values())).limit(TRIES).toList());
      for (var attack : attacks) {
        var body = hostile(attack, skeleton, slots);
        check(
            send(operation, target.url(), target.user(), body, null),
            body,
            attack.name(),
            failures,
            true);
      }
    } else {
      fuzzBodies(operation, target.url(), target.user(), failures);
    }
    var leftOut = BODY_MAY_BE_LEFT_OUT.contains(key);
    for (var body : leftOut ? List.of("[]") : List.of("", "null", "[]")) {
      check(
          send(operation, target.url(), target.user(), body, null),
          body,
          "NOT_AN_OBJECT",
          failures,
          true);
    }
    assertEquals(List.of(), failures, key + " as " + target.user());
    assertEquals(before, rows(), key + ": nothing was written");
    // what may be valid: every field missing (some operations take only optional fields), and for
    // a few operations no body at all: only "never 5xx, and a 4xx is problem+json" holds
    check(
        send(operation, target.url(), target.user(), "{}", null),
        "{}",
        "MISSING_FIELDS",
        failures,
        false);
    if (leftOut) {
      for (var body : List.of("", "null")) {
        check(
            send(operation, target.url(), target.user(), body, null),
            body,
            "NO_BODY",
            failures,
            false);
      }
    }
    assertEquals(List.of(), failures, key + " as " + target.user());
  }

  /** The attacks built from the schema's shape alone, for bodies that are not JSON. */
  void fuzzBodies(Operation operation, String url, String user, List<String> failures) {
    var skeleton = skeleton(operation.schema(), 0);
    var slots = new ArrayList<Slot>();
    slots(operation.schema(), new ArrayList<>(), slots, 0);
    var attacks = new ArrayList<>(List.of(Attack.values()));
    attacks.addAll(Stream.generate(oneOf(Attack.values())).limit(TRIES).toList());
    for (var attack : attacks) {
      var body = hostile(attack, skeleton, slots);
      check(send(operation, url, user, body, null), body, attack.name(), failures, true);
    }
  }

  /** As before this test had valid bodies: a skeleton from the schema, random ids in the path. */
  void fuzzFromTheSchemaAlone(Operation operation) throws SQLException {
    var url = base + concrete(operation.path());
    var user = whoGetsPastTheRoles(operation, url);
    var before = rows();
    var failures = new ArrayList<String>();
    fuzzBodies(operation, url, user, failures);
    for (var body : List.of("", "null", "[]")) {
      check(send(operation, url, user, body, null), body, "NOT_AN_OBJECT", failures, true);
    }
    assertEquals(List.of(), failures, operation + " as " + user);
    assertEquals(before, rows(), operation + ": nothing was written");
  }

  /** A JSON value as the tree of maps and lists that {@link #put} changes. */
  static Object tree(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> {
        var map = new LinkedHashMap<String, Object>();
        value.asJsonObject().forEach((k, v) -> map.put(k, tree(v)));
        yield map;
      }
      case ARRAY -> {
        var list = new ArrayList<Object>();
        value.asJsonArray().forEach(v -> list.add(tree(v)));
        yield list;
      }
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> new Raw(value.toString());
      case TRUE -> true;
      case FALSE -> false;
      case NULL -> null;
    };
  }

  /** Whether the place a slot names can be set in this body (its parent is there). */
  static boolean parentExists(Object body, List<Object> path) {
    Object at = body;
    for (int i = 0; i < path.size() - 1; i++) {
      var step = path.get(i);
      if (step instanceof Integer index && at instanceof List<?> list && index < list.size()) {
        at = list.get(index);
      } else if (step instanceof String name
          && at instanceof Map<?, ?> map
          && map.get(name) != null) {
        at = map.get(name);
      } else {
        return false;
      }
    }
    var last = path.get(path.size() - 1);
    return last instanceof Integer index
        ? at instanceof List<?> list && index < list.size()
        : at instanceof Map;
  }

  void check(
      Response response, String body, String attack, List<String> failures, boolean refused) {
    int status = response.statusCode();
    boolean problem =
        response.contentType() != null
            && response.contentType().startsWith("application/problem+json");
    if (status >= 500 || (refused && (status < 400 || !problem)) || (status >= 400 && !problem)) {
      failures.add(
          attack
              + " -> "
              + status
              + " "
              + response.contentType()
              + ": "
              + shorter(body)
              + " => "
              + shorter(response.asString()));
    }
  }

  static String shorter(String s) {
    return s.length() <= 400 ? s : s.substring(0, 400) + "… (" + s.length() + " chars)";
  }

  /** The first person whose hostile request is not refused for who they are (401/402/403). */
  String whoGetsPastTheRoles(Operation operation, String url) {
    for (var person : PEOPLE) {
      int status = send(operation, url, person, "{\"zz-unknown\":1}").statusCode();
      if (status != 401 && status != 402 && status != 403) {
        return person;
      }
    }
    return PEOPLE.get(0);
  }

  Response send(Operation operation, String url, String user, String body) {
    return send(operation, url, user, body, null);
  }

  Response send(Operation operation, String url, String user, String body, byte[] bytes) {
    var request =
        given()
            .auth()
            .oauth2(token(user))
            .contentType(
                operation.mediaType().contains("*") ? "application/json" : operation.mediaType())
            .body(bytes != null ? bytes : body.getBytes(StandardCharsets.UTF_8));
    return request.request(operation.method().toUpperCase(), url);
  }

  private final Map<String, String> tokens = new HashMap<>();
  private final Map<String, Long> tokenTimes = new HashMap<>();

  String token(String user) {
    long now = System.currentTimeMillis();
    if (!tokens.containsKey(user) || now - tokenTimes.get(user) > 60_000) {
      tokens.put(user, stack.token(user));
      tokenTimes.put(user, now);
    }
    return tokens.get(user);
  }

  static String concrete(String path) {
    return path.replace("{slug}", "demo-coaching")
        .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
  }

  // ---- building bodies ----

  JsonObject resolve(JsonObject schema) {
    int hops = 0;
    while (schema.get("$ref") instanceof JsonString ref && hops++ < 10) {
      var name = ref.getString().substring(ref.getString().lastIndexOf('/') + 1);
      schema = openapi.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
    }
    return schema;
  }

  Kind kind(JsonObject schema) {
    schema = resolve(schema);
    var type = schema.getString("type", "");
    return switch (type) {
      case "string" -> Kind.STRING;
      case "integer", "number" -> Kind.NUMBER;
      case "boolean" -> Kind.BOOLEAN;
      case "array" -> Kind.ARRAY;
      default ->
          schema.containsKey("additionalProperties") && !schema.containsKey("properties")
              ? Kind.MAP
              : Kind.OBJECT;
    };
  }

  /** A body of the schema's shape with harmless values, as a tree of maps and lists. */
  Object skeleton(JsonObject schema, int depth) {
    schema = resolve(schema);
    if (depth > 6) {
      return null;
    }
    return switch (kind(schema)) {
      case STRING ->
          schema.get("enum") instanceof JsonArray values && !values.isEmpty()
              ? values.getString(0)
              : "x";
      case NUMBER -> "integer".equals(schema.getString("type", "")) ? 1 : 0.75;
      case BOOLEAN -> false;
      case ARRAY -> {
        var items = schema.get("items") instanceof JsonObject i ? i : JsonValue.EMPTY_JSON_OBJECT;
        var list = new ArrayList<Object>();
        list.add(skeleton(items, depth + 1));
        yield list;
      }
      case MAP -> new LinkedHashMap<String, Object>();
      case OBJECT -> {
        var object = new LinkedHashMap<String, Object>();
        if (schema.get("properties") instanceof JsonObject properties) {
          for (var property : properties.entrySet()) {
            object.put(property.getKey(), skeleton(property.getValue().asJsonObject(), depth + 1));
          }
        }
        yield object;
      }
    };
  }

  /** Every place in the skeleton where a value sits, with the kind the schema wants there. */
  void slots(JsonObject schema, List<Object> path, List<Slot> slots, int depth) {
    schema = resolve(schema);
    if (depth > 6) {
      return;
    }
    var kind = kind(schema);
    if (!path.isEmpty()) {
      slots.add(new Slot(List.copyOf(path), kind, schema));
    }
    if (kind == Kind.OBJECT && schema.get("properties") instanceof JsonObject properties) {
      for (var property : properties.entrySet()) {
        var next = new ArrayList<>(path);
        next.add(property.getKey());
        slots(property.getValue().asJsonObject(), next, slots, depth + 1);
      }
    } else if (kind == Kind.ARRAY && schema.get("items") instanceof JsonObject items) {
      var next = new ArrayList<>(path);
      next.add(0);
      slots(items, next, slots, depth + 1);
    }
  }

  String hostile(Attack attack, Object skeleton, List<Slot> slots) {
    var body = copy(skeleton);
    switch (attack) {
      case WRONG_TYPE -> {
        var slot = any(slots);
        if (slot == null) {
          return "{\"zz\":" + wrongType(Kind.OBJECT).sample() + "}";
        }
        put(body, slot.path(), new Raw(wrongType(slot.kind()).sample()));
      }
      case HUGE_NUMBER -> {
        var slot = any(slots);
        var number = new Raw(oneOf(HUGE).sample());
        if (slot == null) {
          return "{\"zz\":" + number.json() + "}";
        }
        put(body, slot.path(), number);
      }
      case CONTROL_CHARACTER -> {
        var strings = slots.stream().filter(s -> s.kind() == Kind.STRING).toList();
        var slot = strings.isEmpty() ? any(slots) : oneOf(strings).sample();
        var text = new Raw(hostileText().sample());
        if (slot == null) {
          return "{\"zz\":" + text.json() + "}";
        }
        put(body, slot.path(), text);
      }
      case DEEP_NESTING -> {
        var slot = any(slots);
        var nested = new Raw(deep().sample());
        if (slot == null || !(body instanceof Map)) {
          return "{\"zz\":" + nested.json() + "}";
        }
        put(body, slot.path(), nested);
      }
      case MALFORMED_LIST_ELEMENT -> {
        var lists = slots.stream().filter(s -> s.kind() == Kind.ARRAY).toList();
        if (lists.isEmpty()) {
          return hostile(Attack.UNKNOWN_FIELD, skeleton, slots);
        }
        var slot = oneOf(lists).sample();
        var items =
            slot.schema().get("items") instanceof JsonObject i ? i : JsonValue.EMPTY_JSON_OBJECT;
        var elements = new ArrayList<Object>();
        elements.add(new Raw(wrongType(kind(items)).sample()));
        elements.add(skeleton(items, 1));
        put(body, slot.path(), elements);
      }
      case UNKNOWN_FIELD -> {
        if (!(body instanceof Map)) {
          return "{\"zz\":1}";
        }
        @SuppressWarnings("unchecked")
        var object = (Map<String, Object>) body;
        object.put(
            "zz" + letters(ALPHA, 1, 10),
            new Raw(oneOf("1", "\"x\"", "true", "null", "[]", "{}").sample()));
      }
      case NOT_AN_OBJECT -> {
        return oneOf("[]", "\"text\"", "42", "true", "[{}]", "{\"a\"", "{]", "nul").sample();
      }
    }
    return json(body);
  }

  static Slot any(List<Slot> slots) {
    return slots.isEmpty() ? null : oneOf(slots).sample();
  }

  /** A piece of JSON text to put in a body as is. */
  record Raw(String json) {}

  @SuppressWarnings("unchecked")
  static void put(Object body, List<Object> path, Object value) {
    Object at = body;
    for (int i = 0; i < path.size() - 1; i++) {
      var step = path.get(i);
      Object next =
          step instanceof Integer index
              ? ((List<Object>) at).get(index)
              : ((Map<String, Object>) at).get(step);
      if (next == null) {
        return; // a part the skeleton left out (too deep): leave the body as it is
      }
      at = next;
    }
    var last = path.get(path.size() - 1);
    if (last instanceof Integer index && at instanceof List<?> list) {
      ((List<Object>) list).set(index, value);
    } else if (at instanceof Map<?, ?> map) {
      ((Map<String, Object>) map).put((String) last, value);
    }
  }

  @SuppressWarnings("unchecked")
  static Object copy(Object value) {
    if (value instanceof Map<?, ?> map) {
      var copy = new LinkedHashMap<String, Object>();
      map.forEach((k, v) -> copy.put((String) k, copy(v)));
      return copy;
    }
    if (value instanceof List<?> list) {
      var copy = new ArrayList<Object>();
      list.forEach(v -> copy.add(copy(v)));
      return copy;
    }
    return value;
  }

  static String json(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Raw raw) {
      return raw.json();
    }
    if (value instanceof String s) {
      return Json.createValue(s).toString();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof Map<?, ?> map) {
      var out = new StringBuilder("{");
      map.forEach(
          (k, v) -> {
            if (out.length() > 1) {
              out.append(',');
            }
            out.append(Json.createValue((String) k)).append(':').append(json(v));
          });
      return out.append('}').toString();
    }
    if (value instanceof List<?> list) {
      var out = new StringBuilder("[");
      for (var v : list) {
        if (out.length() > 1) {
          out.append(',');
        }
        out.append(json(v));
      }
      return out.append(']').toString();
    }
    throw new IllegalArgumentException(String.valueOf(value));
  }

  /** Row counts of every table of Foothold's schemas, past row-level security. */
  Map<String, Long> rows() throws SQLException {
    var counts = new TreeMap<String, Long>();
    try (var c = stack.database().superuser("foothold").getConnection()) {
      var names = new ArrayList<String>();
      try (var tables =
          c.createStatement()
              .executeQuery(
                  "select table_schema || '.' || table_name from information_schema.tables"
                      + " where table_schema in ('mastery', 'tenancy')"
                      + " and table_type = 'BASE TABLE' and table_name not like 'flyway%'")) {
        while (tables.next()) {
          names.add(tables.getString(1));
        }
      }
      for (var name : names) {
        if (HostileBodiesIT.BACKGROUND.contains(name)) {
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
}
