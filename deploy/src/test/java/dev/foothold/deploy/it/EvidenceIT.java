package dev.foothold.deploy.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foothold.deploy.stack.EmbeddedDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Evidence logs as people live them: debriefs that decide whether a success counts, check-ins,
 * confidence over time, recalled successes and the review before a challenge, corrections that keep
 * the original, a log that shows when it has been tampered with and a database that refuses to
 * change it, coach feedback that must point to the entry, peer examples that stay in their tenant,
 * the screen before a first climb, export, and what managers may see.
 */
@SystemTest
class EvidenceIT extends AgainstFoothold {

  static final String COACHING = "/api/v1/t/demo-coaching";
  static final String ORG = "/api/v1/t/demo-org";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.foothold();
  }

  /** A new person, made a member of a demo tenant's organisation in Keycloak. */
  String ladder(String tenant, String author, String skill, int streak) {
    return as(author)
        .body(LaddersIT.ladder(skill, "LOW", streak))
        .post(base + tenant + "/ladders")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  String start(String user, String tenant, String ladder) {
    return as(user)
        .body("{\"ladderId\":\"" + ladder + "\"}")
        .post(base + tenant + "/climbs")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static String success(String whatIDid, String extra) {
    return """
        {"outcome":"SUCCESS","effort":6,"feltDifficulty":6,"confidenceBefore":40,"help":"INDEPENDENT","ownShare":100%s,
         "debrief":{"whatIDid":"%s","whatWorked":"Starting with a question",
          "whatItShows":"I can speak up when it matters","attribution":"OWN_EFFORT_AND_SKILL","controllable":true}}
        """
        .formatted(extra, whatIDid);
  }

  String attempt(String user, String tenant, String climb, String body) {
    return as(user)
        .body(body)
        .post(base + tenant + "/climbs/" + climb + "/attempts")
        .then()
        .statusCode(201)
        .extract()
        .path("evidence");
  }

  String recall(
      String user, String skill, String domain, int effort, String attribution, String did) {
    return as(user)
        .body(
            """
            {"lifeDomain":"%s","skill":"%s","title":"%s","whatMadeItHard":"Nobody expected it of me",
             "whatIDid":"%s","whatIOvercame":"Shaking hands","whatISawAndFelt":"Faces turned to me",
             "whatItShows":"I can hold a room","effort":%d,"attribution":"%s"}
            """
                .formatted(domain, skill, "Recalled " + did, did, effort, attribution))
        .post(base + COACHING + "/me/evidence/recalled")
        .then()
        .statusCode(201)
        .body("kind", equalTo("RECALLED"))
        .body("recalled", equalTo(true))
        .extract()
        .path("id");
  }

  @Test
  void aSuccessCountsOnlyOnceItsDebriefIsCompleteAndThePromptsFollowTheOutcome() {
    as("client@demo.test")
        .get(base + COACHING + "/evidence/prompts?outcome=SUCCESS")
        .then()
        .statusCode(200)
        .body("findAll { it.required }.field", hasItems("whatIDid", "whatWorked", "whatItShows"))
        .body("prompt", everyItem(not(containsString("fail"))));
    as("client@demo.test")
        .get(base + COACHING + "/evidence/prompts?outcome=NOT_YET")
        .then()
        .statusCode(200)
        .body("findAll { it.required }.field", equalTo(List.of("whatILearned", "adjustNextTime")))
        .body("field", not(hasItem("whatItShows")));
    as("client@demo.test")
        .get(base + COACHING + "/evidence/prompts?outcome=MAYBE")
        .then()
        .statusCode(400);

    var newcomer = newcomer("demo-coaching", "deb");
    screened(newcomer.email(), "demo-coaching");
    var skill = "Debriefs " + System.nanoTime();
    var climb = start(newcomer.email(), COACHING, ladder(COACHING, "coach@demo.test", skill, 2));

    // a genuine success without its debrief is logged, but does not count
    as(newcomer.email())
        .body(
            "{\"outcome\":\"SUCCESS\",\"effort\":6,\"feltDifficulty\":6,\"confidenceBefore\":40,"
                + "\"help\":\"INDEPENDENT\",\"ownShare\":100,"
                + "\"debrief\":{\"whatIDid\":\"Said my point\"}}")
        .post(base + COACHING + "/climbs/" + climb + "/attempts")
        .then()
        .statusCode(201)
        .body("genuine", equalTo(true))
        .body("registered", equalTo(false))
        .body(
            "debriefMissing", hasItems("whatWorked", "whatItShows", "attribution", "controllable"))
        .body("verdict", containsString("complete debrief"))
        .body("climb.streak", equalTo(0))
        .body("evidence", notNullValue());

    // with a check-in first, and a complete debrief, it is registered and counts
    var checkIn =
        as(newcomer.email())
            .body(
                "{\"activation\":8,\"confidence\":55,\"skill\":\""
                    + skill
                    + "\",\"lifeDomain\":\"PROFESSIONAL\",\"climbId\":\""
                    + climb
                    + "\"}")
            .post(base + COACHING + "/me/check-ins")
            .then()
            .statusCode(201)
            .body("reappraisal", containsString("ready"))
            .body("review", notNullValue())
            .extract()
            .<String>path("checkIn");
    as(newcomer.email())
        .body(
            success(
                "Wrote three openers", ",\"confidenceAfter\":70,\"checkInId\":\"" + checkIn + "\""))
        .post(base + COACHING + "/climbs/" + climb + "/attempts")
        .then()
        .statusCode(201)
        .body("registered", equalTo(true))
        .body("debriefMissing", hasSize(0))
        .body("climb.streak", equalTo(1));
    // a check-in that is not the person's own: nothing is recorded
    as(newcomer.email())
        .body(success("x", ",\"checkInId\":\"00000000-0000-0000-0000-000000000001\""))
        .post(base + COACHING + "/climbs/" + climb + "/attempts")
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:foothold:problem:check-in-not-found"));
    as(newcomer.email())
        .get(base + COACHING + "/climbs/" + climb)
        .then()
        .body("streak", equalTo(1));

    var log = as(newcomer.email()).get(base + COACHING + "/me/evidence").then().statusCode(200);
    log.body("kind", equalTo(List.of("ATTEMPT", "CHECK_IN", "ATTEMPT")))
        .body("[0].registered", equalTo(false))
        .body("[0].debrief.whatIDid", equalTo("Said my point"))
        .body("[1].activation", equalTo(8))
        .body("[2].registered", equalTo(true))
        .body("[2].genuine", equalTo(true))
        .body("[2].skill", equalTo(skill))
        .body("[2].rungTitle", equalTo("Two minutes for a friend"))
        .body("[2].checkInId", equalTo(checkIn))
        .body("[2].debrief.attribution", equalTo("OWN_EFFORT_AND_SKILL"))
        .body("[2].debrief.controllable", equalTo(true))
        .body("[2].confidenceAfter", equalTo(70));

    // confidence per skill, ready to chart
    as(newcomer.email())
        .get(base + COACHING + "/me/efficacy")
        .then()
        .statusCode(200)
        .body(
            "find { it.skill == '" + skill + "' }.points.source",
            equalTo(List.of("BEFORE", "CHECK_IN", "BEFORE", "AFTER")))
        .body(
            "find { it.skill == '" + skill + "' }.points.confidence",
            equalTo(List.of(40, 55, 40, 70)))
        .body("find { it.skill == '" + skill + "' }.points[0].at", notNullValue());
  }

  @Test
  void theReviewBringsBackTheMostRelevantGenuineSuccessesInThePersonsOwnWords() {
    var person = newcomer("demo-coaching", "rev");
    screened(person.email(), "demo-coaching");
    var skill = "Pitching " + System.nanoTime();
    var older =
        recall(
            person.email(),
            skill,
            "PROFESSIONAL",
            7,
            "OWN_EFFORT_AND_SKILL",
            "Pitched to the board");
    recall(person.email(), skill, "PROFESSIONAL", 9, "LUCK", "Lucky pitch");
    recall(person.email(), skill, "PROFESSIONAL", 2, "OWN_EFFORT_AND_SKILL", "Easy pitch");
    var climb = start(person.email(), COACHING, ladder(COACHING, "coach@demo.test", skill, 3));
    var attempted = attempt(person.email(), COACHING, climb, success("Pitched to a client", ""));
    var domain =
        recall(
            person.email(),
            "Negotiating",
            "PROFESSIONAL",
            8,
            "OWN_EFFORT_AND_SKILL",
            "Negotiated my salary");
    recall(person.email(), "Running", "ATHLETIC", 9, "OWN_EFFORT_AND_SKILL", "Ran ten kilometres");

    as(person.email())
        .queryParam("skill", skill)
        .queryParam("lifeDomain", "PROFESSIONAL")
        .get(base + COACHING + "/me/review")
        .then()
        .statusCode(200)
        .body("entry", equalTo(List.of(attempted, older, domain)))
        .body("[0].words.whatIDid", equalTo("Pitched to a client"))
        .body("[0].recalled", equalTo(false))
        .body("[1].words.whatIDid", equalTo("Pitched to the board"))
        .body("[1].recalled", equalTo(true))
        .body("[2].why", containsString("PROFESSIONAL"));
    as(person.email()).get(base + COACHING + "/me/review").then().statusCode(400);

    as(person.email())
        .get(base + COACHING + "/me/evidence/inventory")
        .then()
        .statusCode(200)
        .body(
            "prompts.field",
            hasItems(
                "whatMadeItHard", "whatIDid", "whatIOvercame", "whatISawAndFelt", "whatItShows"))
        .body("domains.PROFESSIONAL", hasSize(4))
        .body("domains.ATHLETIC[0].debrief.whatIDid", equalTo("Ran ten kilometres"))
        .body("domains.SOCIAL", hasSize(0));
    as(person.email())
        .body("{\"lifeDomain\":\"SOCIAL\",\"title\":\"x\"}")
        .post(base + COACHING + "/me/evidence/recalled")
        .then()
        .statusCode(400);
  }

  @Test
  void aCorrectionIsAddedAndShownWithTheOriginalWhichNeverChanges() {
    var person = newcomer("demo-coaching", "amd");
    var original =
        recall(
            person.email(),
            "Hosting",
            "SOCIAL",
            6,
            "OWN_EFFORT_AND_SKILL",
            "Hosted a dinner for twelve");
    var amendment =
        as(person.email())
            .body(
                "{\"note\":\"It was ten people, not twelve\",\"whatIDid\":\"Hosted a dinner for ten\"}")
            .post(base + COACHING + "/me/evidence/" + original + "/amendments")
            .then()
            .statusCode(201)
            .body("kind", equalTo("AMENDMENT"))
            .body("amends", equalTo(original))
            .body("debrief.note", equalTo("It was ten people, not twelve"))
            .body("debrief.whatIDid", equalTo("Hosted a dinner for ten"))
            .extract()
            .<String>path("id");
    as(person.email())
        .get(base + COACHING + "/me/evidence")
        .then()
        .body(
            "find { it.id == '" + original + "' }.debrief.whatIDid",
            equalTo("Hosted a dinner for twelve"))
        .body("find { it.id == '" + original + "' }.amendedBy", equalTo(List.of(amendment)));
    as(person.email())
        .body("{\"note\":\"again\",\"whatIDid\":\"x\"}")
        .post(base + COACHING + "/me/evidence/" + amendment + "/amendments")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:foothold:problem:amend-the-original"));
    as(person.email())
        .body("{\"whatIDid\":\"x\"}")
        .post(base + COACHING + "/me/evidence/" + original + "/amendments")
        .then()
        .statusCode(400);
    as("client@demo.test")
        .body("{\"note\":\"mine now\",\"whatIDid\":\"x\"}")
        .post(base + COACHING + "/me/evidence/" + original + "/amendments")
        .then()
        .statusCode(404);
    as(person.email())
        .get(base + COACHING + "/me/evidence/verify")
        .then()
        .body("valid", equalTo(true))
        .body("entries", equalTo(2));
  }

  Connection ownerRole() throws SQLException {
    var c =
        DriverManager.getConnection(
            stack.database().jdbcUrl(), EmbeddedDatabase.OWNER, EmbeddedDatabase.PASSWORD);
    c.setAutoCommit(false);
    return c;
  }

  Connection appRole() throws SQLException {
    var c =
        DriverManager.getConnection(
            stack.database().jdbcUrl(), EmbeddedDatabase.APP, EmbeddedDatabase.PASSWORD);
    c.setAutoCommit(false);
    return c;
  }

  @Test
  void anEntryChangedInTheDatabaseIsNamedByVerification() throws SQLException {
    var person = newcomer("demo-coaching", "tam");
    recall(
        person.email(), "Cooking", "PERSONAL", 6, "OWN_EFFORT_AND_SKILL", "Cooked for my family");
    var second =
        recall(person.email(), "Cooking", "PERSONAL", 7, "OWN_EFFORT_AND_SKILL", "Baked bread");
    recall(person.email(), "Cooking", "PERSONAL", 8, "OWN_EFFORT_AND_SKILL", "Made pasta by hand");
    as(person.email())
        .get(base + COACHING + "/me/evidence/verify")
        .then()
        .statusCode(200)
        .body("valid", equalTo(true))
        .body("firstBroken", nullValue())
        .body("entries", equalTo(3));

    // someone with the database owner's keys rewrites an entry behind the application's back
    try (var c = ownerRole();
        var s = c.createStatement()) {
      s.execute("select set_config('app.tenant_id', 'demo-coaching', true)");
      s.execute("alter table mastery.evidence_entry disable trigger evidence_entry_append_only");
      assertEquals(
          1,
          s.executeUpdate(
              "update mastery.evidence_entry set words = replace(words, 'Baked bread',"
                  + " 'Baked a wedding cake') where id = '"
                  + second
                  + "'"));
      s.execute("alter table mastery.evidence_entry enable trigger evidence_entry_append_only");
      c.commit();
    }
    as(person.email())
        .get(base + COACHING + "/me/evidence/verify")
        .then()
        .statusCode(200)
        .body("valid", equalTo(false))
        .body("firstBroken", equalTo(second))
        .body("reason", containsString("changed"));
    // the export carries the same finding
    as(person.email())
        .get(base + COACHING + "/me/evidence/export?format=json")
        .then()
        .body("verification.valid", equalTo(false))
        .body("verification.firstBroken", equalTo(second));
  }

  @Test
  void theDatabaseRefusesToChangeOrRemoveEvidenceForTheApplication() throws SQLException {
    var person = newcomer("demo-coaching", "apo");
    var entry =
        recall(person.email(), "Singing", "PERSONAL", 6, "OWN_EFFORT_AND_SKILL", "Sang a solo");
    for (var statement :
        List.of(
            "update mastery.evidence_entry set skill = 'forged' where id = '" + entry + "'",
            "delete from mastery.evidence_entry where id = '" + entry + "'",
            "update mastery.evidence_feedback set text = 'forged'",
            "delete from mastery.screening",
            "delete from mastery.screening_read")) {
      try (var c = appRole();
          var s = c.createStatement()) {
        s.execute("select set_config('app.tenant_id', 'demo-coaching', true)");
        var refused = assertThrows(SQLException.class, () -> s.executeUpdate(statement), statement);
        assertEquals("42501", refused.getSQLState(), statement + ": " + refused.getMessage());
      }
    }
    // the owner, too, is refused by the trigger unless it is switched off first
    try (var c = ownerRole();
        var s = c.createStatement()) {
      s.execute("select set_config('app.tenant_id', 'demo-coaching', true)");
      var refused =
          assertThrows(
              SQLException.class,
              () ->
                  s.executeUpdate("delete from mastery.evidence_entry where id = '" + entry + "'"));
      assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
    }
    as(person.email())
        .get(base + COACHING + "/me/evidence")
        .then()
        .body("id", hasItem(entry))
        .body("find { it.id == '" + entry + "' }.skill", equalTo("Singing"));
  }

  @Test
  void coachFeedbackMustPointToTheEntryAndThePersonSeesItBesideIt() {
    var person = newcomer("demo-coaching", "fbk");
    var entry =
        recall(
            person.email(),
            "Presenting",
            "PROFESSIONAL",
            7,
            "OWN_EFFORT_AND_SKILL",
            "Rehearsed the opening three times");
    var url =
        base
            + COACHING
            + "/coaching/people/"
            + person.subject()
            + "/evidence/"
            + entry
            + "/feedback";
    as("coach@demo.test")
        .body("{\"skill\":\"Preparation\",\"text\":\"Great job, well done! So proud of you.\"}")
        .post(url)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:foothold:problem:feedback-not-specific"))
        .body("detail", containsString("specific"))
        .body("detail", containsString("rehearsed"));
    as("coach@demo.test")
        .body("{\"text\":\"Rehearsing the opening gave you a calm start\"}")
        .post(url)
        .then()
        .statusCode(400);
    as("coach@demo.test")
        .body(
            "{\"skill\":\"Preparation\",\"text\":\"Rehearsing the opening three times gave you a calm start\"}")
        .post(url)
        .then()
        .statusCode(201)
        .body("skill", equalTo("Preparation"));
    as("client@demo.test")
        .body("{\"skill\":\"Preparation\",\"text\":\"Rehearsing the opening\"}")
        .post(url)
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:foothold:problem:role-required"));
    // an entry of someone else's is not this person's
    as("coach@demo.test")
        .body("{\"skill\":\"Preparation\",\"text\":\"Rehearsing the opening\"}")
        .post(
            base
                + COACHING
                + "/coaching/people/"
                + subjectOf("client@demo.test")
                + "/evidence/"
                + entry
                + "/feedback")
        .then()
        .statusCode(404);
    as(person.email())
        .get(base + COACHING + "/me/evidence")
        .then()
        .body("find { it.id == '" + entry + "' }.feedback", hasSize(1))
        .body("find { it.id == '" + entry + "' }.feedback[0].skill", equalTo("Preparation"))
        .body("find { it.id == '" + entry + "' }.feedback[0].text", containsString("calm start"))
        .body("find { it.id == '" + entry + "' }.feedback[0].coach", notNullValue());
  }

  String subjectOf(String user) {
    return as(user).get(base + "/api/v1/me").then().extract().path("subject");
  }

  @Test
  void peerExamplesAreAnonymousStayOnTheRungAndTenantAndGoWhenConsentIsWithdrawn() {
    var tag = System.nanoTime();
    var skill = "Small talk " + tag;
    var ladder = ladder(COACHING, "coach@demo.test", skill, 3);
    var sharer = newcomer("demo-coaching", "shr");
    screened(sharer.email(), "demo-coaching");
    var sharerClimb = start(sharer.email(), COACHING, ladder);
    var phrase = "Asked the barista about the song playing " + tag;
    var shared = attempt(sharer.email(), COACHING, sharerClimb, success(phrase, ""));
    var notYet =
        attempt(
            sharer.email(),
            COACHING,
            sharerClimb,
            LaddersIT.attempt("NOT_YET", 6, "INDEPENDENT", 100, null));
    as(sharer.email())
        .put(base + COACHING + "/me/evidence/" + notYet + "/consents/peers")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:foothold:problem:not-a-peer-example"));
    as(sharer.email())
        .put(base + COACHING + "/me/evidence/" + shared + "/consents/peers")
        .then()
        .statusCode(204);
    as(sharer.email())
        .get(base + COACHING + "/me/evidence")
        .then()
        .body("find { it.id == '" + shared + "' }.sharedWith", equalTo(List.of("PEERS")));

    var peer = newcomer("demo-coaching", "per");
    screened(peer.email(), "demo-coaching");
    var peerClimb = start(peer.email(), COACHING, ladder);
    var seen =
        as(peer.email())
            .get(base + COACHING + "/climbs/" + peerClimb + "/peer-examples")
            .then()
            .statusCode(200)
            .body("words.whatIDid", hasItem(phrase))
            .body("[0].rungTitle", equalTo("Two minutes for a friend"))
            .extract()
            .asString();
    for (var trace : List.of(sharer.email(), sharer.subject(), shared, sharerClimb, "shr")) {
      assertFalse(seen.contains(trace), "a peer example names nobody: " + trace + " in " + seen);
    }
    // the sharer does not see their own as a peer's
    as(sharer.email())
        .get(base + COACHING + "/climbs/" + sharerClimb + "/peer-examples")
        .then()
        .body("words.whatIDid", not(hasItem(phrase)));

    // another tenant, a ladder of the same skill: nothing crosses
    screened("staff1@demo.test", "demo-org");
    var orgClimb = start("staff1@demo.test", ORG, ladder(ORG, "manager@demo.test", skill, 3));
    as("staff1@demo.test")
        .get(base + ORG + "/climbs/" + orgClimb + "/peer-examples")
        .then()
        .statusCode(200)
        .body("words.whatIDid", not(hasItem(phrase)))
        .body(not(containsString(phrase)));
    as("staff1@demo.test")
        .get(base + ORG + "/climbs/" + peerClimb + "/peer-examples")
        .then()
        .statusCode(404);
    as("staff1@demo.test")
        .get(base + COACHING + "/climbs/" + peerClimb + "/peer-examples")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:foothold:problem:not-a-member"));

    // consent withdrawn: gone from view
    as(sharer.email())
        .delete(base + COACHING + "/me/evidence/" + shared + "/consents/peers")
        .then()
        .statusCode(204);
    as(peer.email())
        .get(base + COACHING + "/climbs/" + peerClimb + "/peer-examples")
        .then()
        .statusCode(200)
        .body("words.whatIDid", not(hasItem(phrase)));
  }

  @Test
  void aPositiveScreenHoldsClimbsShowsWhereToFindHelpAndTellsTheCoach() {
    var person = newcomer("demo-coaching", "scr");
    var ladder = ladder(COACHING, "coach@demo.test", "Screened " + System.nanoTime(), 3);
    as(person.email())
        .get(base + COACHING + "/me/screening")
        .then()
        .statusCode(200)
        .body("answered", equalTo(false))
        .body("questions.id", equalTo(List.of("low-mood", "self-harm", "trauma")));
    as(person.email())
        .body("{\"ladderId\":\"" + ladder + "\"}")
        .post(base + COACHING + "/climbs")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", startsWith("urn:foothold:problem:"))
        .body("type", equalTo("urn:foothold:problem:screening-needed"));
    // an owner assigns a ladder: the climb exists before the screen
    var assigned =
        as("owner@demo.test")
            .body("{\"ladderId\":\"" + ladder + "\",\"person\":\"" + person.subject() + "\"}")
            .post(base + COACHING + "/team/assignments")
            .then()
            .statusCode(201)
            .extract()
            .<String>path("id");
    as(person.email())
        .body(LaddersIT.GENUINE)
        .post(base + COACHING + "/climbs/" + assigned + "/attempts")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:foothold:problem:screening-needed"));
    String suggested =
        as("coach@demo.test")
            .body(
                "{\"ladderId\":\"%s\",\"person\":\"%s\"}"
                    .formatted(
                        ladder(COACHING, "coach@demo.test", "Suggested " + System.nanoTime(), 3),
                        person.subject()))
            .post(base + COACHING + "/team/suggestions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(person.email())
        .body("{}")
        .post(base + COACHING + "/suggestions/" + suggested + "/accept")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:foothold:problem:screening-needed"));
    as(person.email()).get(base + COACHING + "/suggestions").then().body("id", hasItem(suggested));
    as(person.email())
        .body("{\"answers\":{\"low-mood\":true}}")
        .post(base + COACHING + "/me/screening")
        .then()
        .statusCode(400)
        .body("detail", containsString("self-harm"));

    as(person.email())
        .body("{\"answers\":{\"low-mood\":true,\"self-harm\":false,\"trauma\":false}}")
        .post(base + COACHING + "/me/screening")
        .then()
        .statusCode(200)
        .body("positive", equalTo(true))
        .body("guidance", containsString("coach"))
        .body("guidance", containsString("emergency"));
    as(person.email())
        .get(base + COACHING + "/climbs/" + assigned)
        .then()
        .body("pause.kind", equalTo("HOLD"));
    as(person.email())
        .body(LaddersIT.GENUINE)
        .post(base + COACHING + "/climbs/" + assigned + "/attempts")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:foothold:problem:climb-held"));
    // answering "no" afterwards does not lift the hold: only a conversation with the coach does
    screened(person.email(), "demo-coaching");
    as(person.email())
        .body(
            "{\"ladderId\":\""
                + ladder(COACHING, "coach@demo.test", "Other " + System.nanoTime(), 3)
                + "\"}")
        .post(base + COACHING + "/climbs")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:foothold:problem:climb-held"));

    // the coach is told, and only the coach (and the person) reads the answers
    as("coach@demo.test")
        .get(base + COACHING + "/coaching/notices")
        .then()
        .statusCode(200)
        .body(
            "findAll { it.person == '" + person.subject() + "' }.kind",
            hasItem("SCREENING_POSITIVE"));
    var answers = base + COACHING + "/coaching/people/" + person.subject() + "/screening";
    for (var other : List.of("owner@demo.test", "client@demo.test")) {
      as(other).get(answers).then().statusCode(403);
      as(other).get(base + COACHING + "/coaching/notices").then().statusCode(403);
    }
    as("manager@demo.test")
        .get(base + ORG + "/coaching/people/" + person.subject() + "/screening")
        .then()
        .statusCode(403);
    as("coach@demo.test")
        .get(answers)
        .then()
        .statusCode(200)
        .body("held", equalTo(true))
        .body("answers.trauma", equalTo(false));
    as(person.email())
        .get(base + COACHING + "/me/screening")
        .then()
        .body("answered", equalTo(true))
        .body("held", equalTo(true))
        .body("reads.who", hasItems("COACH", "SELF"));

    as("coach@demo.test")
        .post(base + COACHING + "/coaching/people/" + person.subject() + "/screening/clearance")
        .then()
        .statusCode(204);
    as(person.email())
        .body(LaddersIT.GENUINE)
        .post(base + COACHING + "/climbs/" + assigned + "/attempts")
        .then()
        .statusCode(201)
        .body("climb.streak", equalTo(1));
  }

  @Test
  void aPersonExportsTheirWholeLogAsJsonCsvAndAPrintableReport() {
    var person = newcomer("demo-coaching", "exp");
    recall(
        person.email(),
        "Writing",
        "PERSONAL",
        6,
        "OWN_EFFORT_AND_SKILL",
        "Wrote <script>alert(1)</script>, \\\"quoted\\\"");
    recall(
        person.email(), "Writing", "PERSONAL", 7, "OWN_EFFORT_AND_SKILL", "Finished a short story");
    as(person.email())
        .get(base + COACHING + "/me/evidence/export?format=json")
        .then()
        .statusCode(200)
        .contentType(startsWith("application/json"))
        .header("Content-Disposition", containsString("evidence.json"))
        .body("entries", hasSize(2))
        .body("entries[1].debrief.whatIDid", equalTo("Finished a short story"))
        .body("verification.valid", equalTo(true));
    var csv =
        as(person.email())
            .get(base + COACHING + "/me/evidence/export?format=csv")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .extract()
            .asString();
    var lines = csv.split("\r\n");
    assertEquals(3, lines.length, csv);
    assertTrue(lines[0].startsWith("id,seq,kind"), lines[0]);
    assertTrue(
        lines[1].contains("\"\"quoted\"\""), "quotes doubled inside a quoted cell: " + lines[1]);
    assertTrue(lines[2].contains("Finished a short story"), lines[2]);
    var html =
        as(person.email())
            .get(base + COACHING + "/me/evidence/export?format=html")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/html"))
            .extract()
            .asString();
    assertTrue(html.startsWith("<!DOCTYPE html>"), html);
    assertTrue(html.contains("Finished a short story"), html);
    assertTrue(html.contains("&lt;script&gt;"), "the person's words are escaped");
    assertFalse(html.contains("<script>"), html);
    as(person.email())
        .get(base + COACHING + "/me/evidence/export?format=xml")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:foothold:problem:no-such-format"));
  }

  @Test
  void managersSeeProgressButOnlyTheWordsOfEntriesThePersonShares() {
    var tag = System.nanoTime();
    var staff = newcomer("demo-org", "prv");
    screened(staff.email(), "demo-org");
    var climb = start(staff.email(), ORG, ladder(ORG, "manager@demo.test", "Handovers " + tag, 3));
    var privatePhrase = "Covered for a colleague who was late " + tag;
    var sharedPhrase = "Wrote the handover notes early " + tag;
    var kept = attempt(staff.email(), ORG, climb, success(privatePhrase, ""));
    var shown = attempt(staff.email(), ORG, climb, success(sharedPhrase, ""));
    as(staff.email())
        .put(base + ORG + "/me/evidence/" + shown + "/consents/managers")
        .then()
        .statusCode(204);

    var seen =
        as("manager@demo.test")
            .get(base + ORG + "/people/" + staff.subject() + "/evidence")
            .then()
            .statusCode(200)
            .body("id", equalTo(List.of(kept, shown)))
            .body("outcome", equalTo(List.of("SUCCESS", "SUCCESS")))
            .body("registered", equalTo(List.of(true, true)))
            .body("find { it.id == '" + kept + "' }.debrief", nullValue())
            .body("find { it.id == '" + shown + "' }.debrief.whatIDid", equalTo(sharedPhrase))
            .extract()
            .asString();
    assertFalse(seen.contains(privatePhrase), "a manager never sees unshared words: " + seen);
    as("manager@demo.test")
        .get(base + ORG + "/team/climbs")
        .then()
        .statusCode(200)
        .body(not(containsString(privatePhrase)));
    as("staff1@demo.test")
        .get(base + ORG + "/people/" + staff.subject() + "/evidence")
        .then()
        .statusCode(403);
    as("manager@demo.test")
        .get(base + COACHING + "/people/" + staff.subject() + "/evidence")
        .then()
        .statusCode(403);

    // withdrawn: the words are gone from the manager's view again
    as(staff.email())
        .delete(base + ORG + "/me/evidence/" + shown + "/consents/managers")
        .then()
        .statusCode(204);
    var after =
        as("manager@demo.test")
            .get(base + ORG + "/people/" + staff.subject() + "/evidence")
            .then()
            .extract()
            .asString();
    assertFalse(after.contains(sharedPhrase), after);
  }

  @Test
  void ownEvidenceIsOnlyEverOwn() {
    var a = newcomer("demo-coaching", "own");
    var entry = recall(a.email(), "Swimming", "ATHLETIC", 6, "OWN_EFFORT_AND_SKILL", "Swam a mile");
    var body =
        as("client@demo.test").get(base + COACHING + "/me/evidence").then().extract().asString();
    assertFalse(body.contains(entry), "another person's log never shows this entry");
    as("client@demo.test")
        .put(base + COACHING + "/me/evidence/" + entry + "/consents/managers")
        .then()
        .statusCode(404);
  }
}
