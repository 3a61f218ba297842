package dev.foothold.deploy.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Climbing as people live it: placing yourself on a ladder, pausing for a holiday without losing a
 * streak, a tenant's own settings, coaches suggesting ladders and organisations assigning them to
 * groups.
 */
@SystemTest
class ClimbingIT extends AgainstFoothold {

  static final String COACHING = "/api/v1/t/demo-coaching";
  static final String ORG = "/api/v1/t/demo-org";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.foothold();
  }

  /** The people who climb here have answered the screen that comes before a first climb. */
  @BeforeEach
  void screen() {
    screened("client@demo.test", "demo-coaching");
    screened("staff1@demo.test", "demo-org");
  }

  @AfterEach
  void clockBack() {
    clockAhead(Duration.ZERO);
  }

  String newLadder(String tenant, String author, String skill) {
    return as(author)
        .body(LaddersIT.ladder(skill, "LOW", 3))
        .post(base + tenant + "/ladders")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  String start(String user, String ladder) {
    return as(user)
        .body("{\"ladderId\":\"" + ladder + "\"}")
        .post(base + COACHING + "/climbs")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  void genuine(String user, String tenant, String climb, int expectedStreak) {
    as(user)
        .body(LaddersIT.GENUINE)
        .post(base + tenant + "/climbs/" + climb + "/attempts")
        .then()
        .statusCode(201)
        .body("genuine", equalTo(true))
        .body("climb.streak", equalTo(expectedStreak));
  }

  LocalDate today() {
    String now = as("client@demo.test").get(base + "/api/v1/clock").then().extract().path("now");
    return LocalDate.ofInstant(Instant.parse(now), ZoneOffset.UTC);
  }

  String subjectOf(String user) {
    return as(user).get(base + "/api/v1/me").then().extract().path("subject");
  }

  @Test
  void aPersonRatesTheFirstRungsAndStartsOneNotchAboveComfortable() {
    var ladder = newLadder(COACHING, "coach@demo.test", "Placement " + System.nanoTime());
    as("client@demo.test")
        .body(
            "{\"ladderId\":\"%s\",\"selfRatings\":[{\"rating\":\"COMFORTABLE\"},{\"rating\":\"MANAGEABLE\"}]}"
                .formatted(ladder))
        .post(base + COACHING + "/climbs")
        .then()
        .statusCode(201)
        .body("currentRung", equalTo(2))
        .body("placement", containsString("rung 1 comfortable"))
        .body("next.rung", equalTo(2))
        .body("next.why", notNullValue());
    // the same ladder twice is refused: a person climbs one version of a ladder at a time
    as("client@demo.test")
        .body("{\"ladderId\":\"" + ladder + "\"}")
        .post(base + COACHING + "/climbs")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:foothold:problem:already-climbing"));
  }

  @Test
  void placementInputIsCheckedBeforeAnythingStarts() {
    var ladder = newLadder(COACHING, "coach@demo.test", "Checked " + System.nanoTime());
    as("client@demo.test")
        .body(
            "{\"ladderId\":\"%s\",\"startRung\":2,\"selfRatings\":[{\"rating\":\"COMFORTABLE\"}]}"
                .formatted(ladder))
        .post(base + COACHING + "/climbs")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:foothold:problem:start-or-ratings"));
    as("client@demo.test")
        .body("{\"ladderId\":\"%s\",\"selfRatings\":[{\"rating\":\"EASY\"}]}".formatted(ladder))
        .post(base + COACHING + "/climbs")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("selfRatings[0].rating"))
        .body(
            "errors.message",
            hasItem(containsString("COMFORTABLE, MANAGEABLE, STRETCH or OUT_OF_REACH")));
    var four = "{\"rating\":\"COMFORTABLE\"},".repeat(3) + "{\"rating\":\"COMFORTABLE\"}";
    as("client@demo.test")
        .body("{\"ladderId\":\"%s\",\"selfRatings\":[%s]}".formatted(ladder, four))
        .post(base + COACHING + "/climbs")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:foothold:problem:too-many-ratings"));
    as("client@demo.test")
        .get(base + COACHING + "/climbs")
        .then()
        .body("ladderId", not(hasItem(ladder)));
  }

  @Test
  void pausedDaysNeverBreakAStreakButIdleDaysDo() {
    var paused = start("client@demo.test", newLadder(COACHING, "coach@demo.test", "Holiday"));
    var idle = start("client@demo.test", newLadder(COACHING, "coach@demo.test", "Idle"));
    genuine("client@demo.test", COACHING, paused, 1);
    genuine("client@demo.test", COACHING, paused, 2);
    genuine("client@demo.test", COACHING, idle, 1);
    genuine("client@demo.test", COACHING, idle, 2);
    var today = today();

    as("client@demo.test")
        .body("{\"until\":\"%s\",\"reason\":\"Holiday\"}".formatted(today.plusDays(40)))
        .post(base + COACHING + "/climbs/" + paused + "/pause")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:foothold:problem:pause-too-long"))
        .body("detail", containsString("28 days"));
    as("client@demo.test")
        .body("{\"until\":\"%s\",\"reason\":\"Holiday\"}".formatted(today.plusDays(9)))
        .post(base + COACHING + "/climbs/" + paused + "/pause")
        .then()
        .statusCode(200)
        .body("pause.kind", equalTo("PAUSE"))
        .body("pause.reason", equalTo("Holiday"))
        .body("next", nullValue());
    as("client@demo.test")
        .body("{}")
        .post(base + COACHING + "/climbs/" + paused + "/pause")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:foothold:problem:climb-paused"));
    as("client@demo.test")
        .body(LaddersIT.GENUINE)
        .post(base + COACHING + "/climbs/" + paused + "/attempts")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:foothold:problem:climb-paused"));

    // twenty days on, past the client's 7-day trial: she pays first (a signed Stripe webhook),
    // so the gate lets her climb; ten of the days were paused, so only about ten idle
    Webhooks.pay(
        base, stack.token("client@demo.test"), "demo-coaching", subjectOf("client@demo.test"));
    clockAhead(Duration.ofDays(20));
    as("client@demo.test")
        .get(base + COACHING + "/climbs/" + paused)
        .then()
        .body("pause", nullValue())
        .body("streak", equalTo(2))
        .body("streakLapsesAt", notNullValue());
    // the other climb stood idle all twenty days: its streak has lapsed
    as("client@demo.test")
        .get(base + COACHING + "/climbs/" + idle)
        .then()
        .body("streak", equalTo(0));
    as("client@demo.test")
        .body(LaddersIT.GENUINE)
        .post(base + COACHING + "/climbs/" + idle + "/attempts")
        .then()
        .statusCode(201)
        .body("climb.streak", equalTo(1))
        .body("verdict", containsString("streak started again"));
    as("client@demo.test")
        .body(LaddersIT.GENUINE)
        .post(base + COACHING + "/climbs/" + paused + "/attempts")
        .then()
        .statusCode(201)
        .body("advanced", equalTo(true))
        .body("climb.currentRung", equalTo(2));
  }

  @Test
  void aPauseCanBeEndedEarlyAndOnlyAPauseCanBeResumed() {
    var climb = start("client@demo.test", newLadder(COACHING, "coach@demo.test", "Resume"));
    as("client@demo.test")
        .post(base + COACHING + "/climbs/" + climb + "/resume")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:foothold:problem:climb-not-paused"));
    as("client@demo.test")
        .body("{}")
        .post(base + COACHING + "/climbs/" + climb + "/pause")
        .then()
        .statusCode(200)
        .body("pause.until", notNullValue());
    as("client@demo.test")
        .post(base + COACHING + "/climbs/" + climb + "/resume")
        .then()
        .statusCode(200)
        .body("pause", nullValue())
        .body("next.why", notNullValue());
    genuine("client@demo.test", COACHING, climb, 1);
    // nobody pauses another person's climb
    as("coach@demo.test")
        .body("{}")
        .post(base + COACHING + "/climbs/" + climb + "/pause")
        .then()
        .statusCode(404);
    as("client@demo.test")
        .body("{\"until\":\"2026-02-30\"}")
        .post(base + COACHING + "/climbs/" + climb + "/pause")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:foothold:problem:no-such-date"));
  }

  @Test
  void aTenantChoosesItsOwnBandThresholdAndLongestPause() {
    as("client@demo.test")
        .get(base + COACHING + "/mastery/settings")
        .then()
        .statusCode(200)
        .body("targetLow", equalTo(0.70f))
        .body("targetHigh", equalTo(0.85f))
        .body("ownShareThreshold", equalTo(70))
        .body("chosen", equalTo(false));
    var strict =
        "{\"targetLow\":0.6,\"targetHigh\":0.75,\"ownShareThreshold\":90,\"longestPauseDays\":5,\"streakLapseDays\":14}";
    as("client@demo.test")
        .body(strict)
        .put(base + COACHING + "/mastery/settings")
        .then()
        .statusCode(403);
    as("owner@demo.test")
        .body(
            "{\"targetLow\":0.8,\"targetHigh\":0.7,\"ownShareThreshold\":70,\"longestPauseDays\":5,\"streakLapseDays\":14}")
        .put(base + COACHING + "/mastery/settings")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:foothold:problem:band-inverted"));
    as("owner@demo.test")
        .body("{\"targetLow\":0.6}")
        .put(base + COACHING + "/mastery/settings")
        .then()
        .statusCode(400)
        .body("errors.message", hasItem(containsString("high end")));
    try {
      as("owner@demo.test")
          .body(strict)
          .put(base + COACHING + "/mastery/settings")
          .then()
          .statusCode(200)
          .body("chosen", equalTo(true));
      var climb = start("client@demo.test", newLadder(COACHING, "coach@demo.test", "Strict"));
      as("client@demo.test")
          .body(LaddersIT.attempt("SUCCESS", 6, "COACH", 80, null))
          .post(base + COACHING + "/climbs/" + climb + "/attempts")
          .then()
          .statusCode(201)
          .body("genuine", equalTo(false))
          .body("verdict", containsString("from 90%"));
      as("client@demo.test")
          .body("{\"until\":\"%s\"}".formatted(today().plusDays(5)))
          .post(base + COACHING + "/climbs/" + climb + "/pause")
          .then()
          .statusCode(400)
          .body("detail", containsString("at most 5 days"));
      // the other tenant keeps the platform's defaults
      as("manager@demo.test")
          .get(base + ORG + "/mastery/settings")
          .then()
          .body("ownShareThreshold", equalTo(70))
          .body("chosen", equalTo(false));
    } finally {
      as("owner@demo.test")
          .body(
              "{\"targetLow\":0.7,\"targetHigh\":0.85,\"ownShareThreshold\":70,\"longestPauseDays\":28,\"streakLapseDays\":14}")
          .put(base + COACHING + "/mastery/settings")
          .then()
          .statusCode(200);
    }
  }

  @Test
  void aCoachSuggestsALadderAndThePersonStartsOrDeclinesIt() {
    var client = subjectOf("client@demo.test");
    var first = newLadder(COACHING, "coach@demo.test", "Suggested");
    var second = newLadder(COACHING, "coach@demo.test", "Declined");
    String suggestion =
        as("coach@demo.test")
            .body(
                "{\"ladderId\":\"%s\",\"person\":\"%s\",\"note\":\"You spoke up well on Tuesday\"}"
                    .formatted(first, client))
            .post(base + COACHING + "/team/suggestions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as("coach@demo.test")
        .body("{\"ladderId\":\"%s\",\"person\":\"%s\"}".formatted(first, client))
        .post(base + COACHING + "/team/suggestions")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:foothold:problem:already-suggested"));
    as("coach@demo.test")
        .body("{\"ladderId\":\"%s\",\"person\":\"not-a-member\"}".formatted(first))
        .post(base + COACHING + "/team/suggestions")
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:foothold:problem:member-not-found"));
    as("client@demo.test")
        .body("{\"ladderId\":\"%s\",\"person\":\"%s\"}".formatted(first, client))
        .post(base + COACHING + "/team/suggestions")
        .then()
        .statusCode(403);
    String declined =
        as("coach@demo.test")
            .body("{\"ladderId\":\"%s\",\"person\":\"%s\"}".formatted(second, client))
            .post(base + COACHING + "/team/suggestions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    as("client@demo.test")
        .get(base + COACHING + "/suggestions")
        .then()
        .body(
            "find { it.id == '" + suggestion + "' }.note", equalTo("You spoke up well on Tuesday"))
        .body("id", hasItem(declined));
    // nobody else answers the client's suggestion
    as("coach@demo.test")
        .body("{}")
        .post(base + COACHING + "/suggestions/" + suggestion + "/accept")
        .then()
        .statusCode(404);
    as("client@demo.test")
        .body("{\"selfRatings\":[{\"rating\":\"COMFORTABLE\"},{\"rating\":\"STRETCH\"}]}")
        .post(base + COACHING + "/suggestions/" + suggestion + "/accept")
        .then()
        .statusCode(201)
        .body("currentRung", equalTo(2))
        .body("ladderId", equalTo(first));
    as("client@demo.test")
        .body("{}")
        .post(base + COACHING + "/suggestions/" + suggestion + "/accept")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:foothold:problem:suggestion-answered"));
    as("client@demo.test")
        .post(base + COACHING + "/suggestions/" + declined + "/decline")
        .then()
        .statusCode(204);
    as("client@demo.test")
        .get(base + COACHING + "/suggestions")
        .then()
        .body("id", not(hasItem(suggestion)))
        .body("id", not(hasItem(declined)));
  }

  @Test
  void anOrganisationAssignsALadderToAGroupAndSeesNamesAndPausedDueDates() {
    var tag = System.nanoTime() % 1_000_000;
    // new staff join the organisation through its linked email domain on their first visit
    var domain = "grp" + tag + ".test";
    as("operator@foothold.test")
        .body("{\"emailDomain\":\"" + domain + "\"}")
        .patch(base + "/api/v1/tenants/demo-org")
        .then()
        .statusCode(200);
    var ana = "ana@" + domain;
    var ben = "ben@" + domain;
    var anaId = stack.keycloakAdmin().createUser(ana);
    var benId = stack.keycloakAdmin().createUser(ben);
    as(ana).get(base + ORG).then().statusCode(200);
    as(ben).get(base + ORG).then().statusCode(200);
    as("operator@foothold.test")
        .body("{\"emailDomain\":\"\"}")
        .patch(base + "/api/v1/tenants/demo-org")
        .then()
        .statusCode(200);
    var group = "Front desk " + tag;
    as("manager@demo.test").put(base + ORG + "/groups/" + group).then().statusCode(201);
    as("manager@demo.test").put(base + ORG + "/groups/" + group).then().statusCode(200);
    as("manager@demo.test")
        .put(base + ORG + "/groups/" + group + "/members/" + anaId)
        .then()
        .statusCode(204);
    as("manager@demo.test")
        .put(base + ORG + "/groups/" + group + "/members/" + benId)
        .then()
        .statusCode(204);
    as("manager@demo.test")
        .put(base + ORG + "/groups/" + group + "/members/nobody-here")
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:foothold:problem:member-not-found"));
    as("staff1@demo.test").get(base + ORG + "/groups").then().statusCode(403);
    as("manager@demo.test")
        .get(base + ORG + "/groups")
        .then()
        .body("find { it.name == '" + group + "' }.members.subject", hasSize(2));

    var ladder = newLadder(ORG, "manager@demo.test", "Handovers " + tag);
    var due = today().plusDays(2);
    var assignment =
        "{\"ladderId\":\"%s\",\"group\":\"%s\",\"dueOn\":\"%s\"}"
            .formatted(ladder, group.toUpperCase(java.util.Locale.ROOT), due);
    as("manager@demo.test")
        .body(assignment)
        .post(base + ORG + "/team/assignments")
        .then()
        .statusCode(201)
        .body("assigned.person", hasItem(anaId))
        .body("assigned.person", hasItem(benId))
        .body("assigned.name", hasItem("Test Person"))
        .body("skipped", hasSize(0));
    as("manager@demo.test")
        .body(assignment)
        .post(base + ORG + "/team/assignments")
        .then()
        .statusCode(201)
        .body("assigned", hasSize(0))
        .body("skipped.why", hasItem("already climbing this ladder"));
    as("manager@demo.test")
        .body("{\"ladderId\":\"%s\",\"group\":\"No such group\"}".formatted(ladder))
        .post(base + ORG + "/team/assignments")
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:foothold:problem:group-not-found"));
    as("manager@demo.test")
        .body("{\"ladderId\":\"%s\",\"person\":\"someone-else\"}".formatted(ladder))
        .post(base + ORG + "/team/assignments")
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:foothold:problem:member-not-found"));
    as("manager@demo.test")
        .body(
            "{\"ladderId\":\"%s\",\"person\":\"%s\",\"group\":\"%s\"}"
                .formatted(ladder, anaId, group))
        .post(base + ORG + "/team/assignments")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:foothold:problem:person-or-group"));

    // Ana pauses for five days; Ben does not. Four days on, only Ben is overdue.
    String anaClimb =
        as(ana)
            .get(base + ORG + "/climbs")
            .then()
            .extract()
            .path("find { it.ladderId == '" + ladder + "' }.id");
    as(ana)
        .body("{\"until\":\"%s\",\"reason\":\"Ill\"}".formatted(today().plusDays(4)))
        .post(base + ORG + "/climbs/" + anaClimb + "/pause")
        .then()
        .statusCode(200);
    clockAhead(Duration.ofDays(4));
    var standings = as("manager@demo.test").get(base + ORG + "/team/climbs").then().statusCode(200);
    var path = "find { it.person == '%s' && it.skill == 'Handovers " + tag + "' }";
    standings
        .body(path.formatted(anaId) + ".paused", equalTo(true))
        .body(path.formatted(anaId) + ".overdue", equalTo(false))
        .body(path.formatted(anaId) + ".groups", hasItem(group))
        .body(path.formatted(benId) + ".overdue", equalTo(true))
        .body(path.formatted(benId) + ".name", equalTo("Test Person"));
  }
}
