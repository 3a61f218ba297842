package dev.foothold.deploy.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person climbs a ladder: only genuine successes count, a streak moves them up, nothing is lost.
 */
@SystemTest
class LaddersIT extends AgainstFoothold {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.foothold();
  }

  /** The people who climb here have answered the screen that comes before a first climb. */
  @BeforeEach
  void screen() {
    screened("client@demo.test", "demo-coaching");
    screened("coach@demo.test", "demo-coaching");
    screened("staff1@demo.test", "demo-org");
  }

  static String ladder(String skill, String firstStakes, int streak) {
    return """
        {"skill":"%s","lifeDomain":"PROFESSIONAL","description":"Speaking up, one notch at a time",
         "rungs":[
          {"title":"Two minutes for a friend","task":"Tell a friend about your week for two minutes","successCriteria":"You finish without stopping","difficulty":3,"stakes":"%s","streakNeeded":%d},
          {"title":"A point in a team meeting","task":"Make one point in a team meeting","successCriteria":"You say it in your own words","difficulty":5,"stakes":"MEDIUM","streakNeeded":%d,"minEffort":4},
          {"title":"A short talk","task":"Give a five-minute talk to your team","successCriteria":"You take one question","difficulty":7,"stakes":"HIGH","streakNeeded":%d}
         ]}
        """
        .formatted(skill, firstStakes, streak, streak, streak);
  }

  /** An attempt with a complete debrief for its outcome (a success counts only with one). */
  static String attempt(String outcome, int effort, String help, int ownShare, String toolUse) {
    return """
        {"outcome":"%s","effort":%d,"feltDifficulty":6,"confidenceBefore":40,"help":"%s","ownShare":%d%s,
         "debrief":%s}
        """
        .formatted(
            outcome,
            effort,
            help,
            ownShare,
            toolUse == null ? "" : ",\"toolUse\":\"" + toolUse + "\"",
            debrief(outcome));
  }

  /** A debrief that answers every question the outcome requires. */
  static String debrief(String outcome) {
    return switch (outcome) {
      case "SUCCESS" ->
          """
          {"whatIDid":"Prepared three points and said the first one out loud","whatWorked":"Opening with a question",          "whatItShows":"I can speak up when it matters","attribution":"OWN_EFFORT_AND_SKILL","controllable":true}""";
      case "PARTIAL" ->
          """
          {"whatWorked":"The first point came out clearly","whatILearned":"I lose the thread without notes",          "adjustNextTime":"Bring a card with the three points"}""";
      default ->
          """
          {"whatILearned":"I rushed the start","adjustNextTime":"Take a breath before the first sentence"}""";
    };
  }

  static final String GENUINE = attempt("SUCCESS", 6, "INDEPENDENT", 100, null);

  String createLadder(String skill, String firstStakes, int streak) {
    return as("coach@demo.test")
        .body(ladder(skill, firstStakes, streak))
        .post(base + "/api/v1/t/demo-coaching/ladders")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  String startClimb(String user, String ladder) {
    return as(user)
        .body("{\"ladderId\":\"" + ladder + "\"}")
        .post(base + "/api/v1/t/demo-coaching/climbs")
        .then()
        .statusCode(201)
        .body("currentRung", equalTo(1))
        .body("next.why", notNullValue())
        .extract()
        .path("id");
  }

  JsonPath record(String user, String climb, String attempt) {
    return as(user)
        .body(attempt)
        .post(base + "/api/v1/t/demo-coaching/climbs/" + climb + "/attempts")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  @Test
  void coachesWriteLaddersAndAreWarnedAboutAHighStakesStart() {
    as("coach@demo.test")
        .body(ladder("Speaking up", "HIGH", 3))
        .post(base + "/api/v1/t/demo-coaching/ladders")
        .then()
        .statusCode(201)
        .body("version", equalTo(1))
        .body("rungs.title", hasItem("A short talk"))
        .body("warnings[0]", containsString("high stakes"));
    as("client@demo.test")
        .get(base + "/api/v1/t/demo-coaching/ladders")
        .then()
        .statusCode(200)
        .body("skill", hasItem("Speaking up"));
    as("client@demo.test")
        .body(ladder("Mine", "LOW", 3))
        .post(base + "/api/v1/t/demo-coaching/ladders")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:foothold:problem:role-required"));
    as("coach@demo.test")
        .body(
            "{\"skill\":\"\",\"lifeDomain\":\"WORK\",\"rungs\":[{\"title\":\"x\",\"task\":\"y\",\"successCriteria\":\"z\",\"difficulty\":11,\"stakes\":\"LOW\"}]}")
        .post(base + "/api/v1/t/demo-coaching/ladders")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("skill", "lifeDomain", "rungs[0].difficulty"));
  }

  @Test
  void onlyGenuineSuccessesCountAndAStreakMovesThePersonUp() {
    var climb = startClimb("client@demo.test", createLadder("Speaking up", "LOW", 3));

    var produced =
        record("client@demo.test", climb, attempt("SUCCESS", 6, "AI_TOOL", 90, "TOOL_PRODUCED"));
    assertEquals(false, produced.getBoolean("genuine"));
    assertEquals(0, produced.getInt("climb.streak"));
    var borrowed = record("client@demo.test", climb, attempt("SUCCESS", 6, "PEER", 40, null));
    assertEquals(false, borrowed.getBoolean("genuine"));

    record("client@demo.test", climb, GENUINE);
    var second =
        record(
            "client@demo.test", climb, attempt("SUCCESS", 6, "AI_TOOL", 80, "OWN_ATTEMPT_FIRST"));
    assertEquals(true, second.getBoolean("genuine"));
    assertEquals(2, second.getInt("climb.streak"));

    var notYet = record("client@demo.test", climb, attempt("NOT_YET", 7, "INDEPENDENT", 100, null));
    assertEquals(0, notYet.getInt("climb.streak"), "a not-yet starts the streak again");
    assertEquals(1, notYet.getInt("climb.currentRung"), "and takes no rung away");

    record("client@demo.test", climb, GENUINE);
    record("client@demo.test", climb, GENUINE);
    var third = record("client@demo.test", climb, GENUINE);
    assertEquals(true, third.getBoolean("advanced"));
    assertEquals(2, third.getInt("climb.currentRung"));
    assertEquals(0, third.getInt("climb.streak"));
    assertEquals(false, third.getString("climb.next.why").isBlank());

    var tooEasy =
        record("client@demo.test", climb, attempt("SUCCESS", 2, "INDEPENDENT", 100, null));
    assertEquals(false, tooEasy.getBoolean("genuine"), "below the rung's minimum effort");
    assertEquals(true, tooEasy.getString("verdict").contains("effort"));

    as("client@demo.test")
        .body(attempt("SUCCESS", 6, "AI_TOOL", 90, null))
        .post(base + "/api/v1/t/demo-coaching/climbs/" + climb + "/attempts")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:foothold:problem:tool-use-required"));
  }

  @Test
  void revisingALadderMakesANewVersionAndClimbersKeepTheirs() {
    var ladder = createLadder("Asking for help", "LOW", 2);
    var climb = startClimb("client@demo.test", ladder);
    var revised =
        as("coach@demo.test")
            .body(ladder("Asking for help, revised", "LOW", 2))
            .put(base + "/api/v1/t/demo-coaching/ladders/" + ladder)
            .then()
            .statusCode(201)
            .body("version", equalTo(2))
            .extract()
            .jsonPath();
    as("client@demo.test")
        .get(base + "/api/v1/t/demo-coaching/ladders")
        .then()
        .body("skill", hasItem("Asking for help, revised"))
        .body("skill", not(hasItem("Asking for help")));
    as("client@demo.test")
        .get(base + "/api/v1/t/demo-coaching/climbs/" + climb)
        .then()
        .statusCode(200)
        .body("ladderId", equalTo(ladder))
        .body("skill", equalTo("Asking for help"));
    assertEquals(
        revised.getString("family"),
        as("coach@demo.test")
            .get(base + "/api/v1/t/demo-coaching/ladders/" + ladder)
            .then()
            .extract()
            .path("family"));
  }

  @Test
  void nobodySeesAnotherPersonsClimb() {
    var climb = startClimb("client@demo.test", createLadder("Private", "LOW", 3));
    as("coach@demo.test")
        .get(base + "/api/v1/t/demo-coaching/climbs/" + climb)
        .then()
        .statusCode(404);
    as("coach@demo.test")
        .body(GENUINE)
        .post(base + "/api/v1/t/demo-coaching/climbs/" + climb + "/attempts")
        .then()
        .statusCode(404);
    as("coach@demo.test")
        .get(base + "/api/v1/t/demo-coaching/climbs")
        .then()
        .statusCode(200)
        .body("id", not(hasItem(climb)));
    as("manager@demo.test")
        .get(base + "/api/v1/t/demo-coaching/climbs/" + climb)
        .then()
        .statusCode(403);
    as("manager@demo.test")
        .get(base + "/api/v1/t/demo-org/ladders")
        .then()
        .statusCode(200)
        .body("skill", not(hasItem("Private")));
  }

  @Test
  void parallelAttemptsOnOneClimbLoseNothingAndNeverAdvanceTwice() throws Exception {
    var climb = startClimb("coach@demo.test", createLadder("Steady hands", "LOW", 2));
    var token = stack.token("coach@demo.test");
    var pool = Executors.newFixedThreadPool(4);
    try {
      var calls = new ArrayList<Callable<Integer>>();
      for (int i = 0; i < 4; i++) {
        calls.add(
            () ->
                io.restassured.RestAssured.given()
                    .auth()
                    .oauth2(token)
                    .contentType("application/json")
                    .body(GENUINE)
                    .post(base + "/api/v1/t/demo-coaching/climbs/" + climb + "/attempts")
                    .statusCode());
      }
      for (var result : pool.invokeAll(calls, 2, TimeUnit.MINUTES)) {
        assertEquals(201, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
    // four genuine successes with a streak of two per rung: exactly two advances
    as("coach@demo.test")
        .get(base + "/api/v1/t/demo-coaching/climbs/" + climb)
        .then()
        .body("currentRung", equalTo(3))
        .body("streak", equalTo(0));
  }

  @Test
  void theDemoTenantsComeWithLaddersWrittenForThem() {
    as("client@demo.test")
        .get(base + "/api/v1/t/demo-coaching/ladders")
        .then()
        .body("find { it.skill == 'Public speaking' }.rungs.size()", equalTo(6));
    as("staff1@demo.test")
        .get(base + "/api/v1/t/demo-org/ladders")
        .then()
        .body("skill", hasItem("Giving feedback to a colleague"));
  }

  @Test
  void aManagerAssignsALadderAndSeesWhereStaffStand() {
    String staff = as("staff1@demo.test").get(base + "/api/v1/me").then().extract().path("subject");
    String ladder =
        as("manager@demo.test")
            .get(base + "/api/v1/t/demo-org/ladders")
            .then()
            .extract()
            .path("find { it.skill == 'Giving feedback to a colleague' }.id");
    var due = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(14).toString();
    String climb =
        as("manager@demo.test")
            .body(
                "{\"ladderId\":\""
                    + ladder
                    + "\",\"person\":\""
                    + staff
                    + "\",\"dueOn\":\""
                    + due
                    + "\"}")
            .post(base + "/api/v1/t/demo-org/team/assignments")
            .then()
            .statusCode(201)
            .body("dueOn", equalTo(due))
            .extract()
            .path("id");
    as("staff1@demo.test")
        .get(base + "/api/v1/t/demo-org/climbs")
        .then()
        .body("id", hasItem(climb));
    as("staff1@demo.test")
        .body(GENUINE)
        .post(base + "/api/v1/t/demo-org/climbs/" + climb + "/attempts")
        .then()
        .statusCode(201);
    as("manager@demo.test")
        .get(base + "/api/v1/t/demo-org/team/climbs")
        .then()
        .statusCode(200)
        .body("find { it.climb == '" + climb + "' }.person", equalTo(staff))
        .body("find { it.climb == '" + climb + "' }.streak", equalTo(1))
        .body("find { it.climb == '" + climb + "' }.lastActivity", notNullValue())
        .body("find { it.climb == '" + climb + "' }.overdue", equalTo(false));
    as("staff1@demo.test").get(base + "/api/v1/t/demo-org/team/climbs").then().statusCode(403);
    as("manager@demo.test")
        .body(
            "{\"ladderId\":\""
                + ladder
                + "\",\"person\":\""
                + staff
                + "\",\"dueOn\":\"2020-01-01\"}")
        .post(base + "/api/v1/t/demo-org/team/assignments")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:foothold:problem:due-in-the-past"));
  }

  @Test
  void aNewClimbStartsEmpty() {
    // someone who has just joined: the demo staff may have climbs other test classes gave them
    var newcomer = newcomer("demo-coaching", "empty");
    as(newcomer.email())
        .get(base + "/api/v1/t/demo-coaching/climbs")
        .then()
        .statusCode(200)
        .body("$", empty());
  }
}
