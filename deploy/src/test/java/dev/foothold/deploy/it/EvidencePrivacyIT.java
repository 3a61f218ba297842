package dev.foothold.deploy.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Attacks on people's evidence from inside their own tenant (issue 12): a manager reading staff
 * debriefs through peer examples, spreadsheet formulas in an export, a screening hold nobody can
 * lift, check-ins pointing at other people's climbs, revising someone else's ladder, a removed
 * member's evidence, a scriptable HTML export and unbounded appends.
 */
@SystemTest
class EvidencePrivacyIT extends AgainstFoothold {

  static final String COACHING = "/api/v1/t/demo-coaching";
  static final String ORG = "/api/v1/t/demo-org";

  /** The daily cap on a person's free-form appends (the default configuration). */
  static final int DAILY_APPENDS = 100;

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.foothold();
  }

  String ladder(String tenant, String author, String body) {
    return as(author)
        .body(body)
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

  String succeed(String user, String tenant, String climb, String whatIDid) {
    return as(user)
        .body(EvidenceIT.success(whatIDid, ""))
        .post(base + tenant + "/climbs/" + climb + "/attempts")
        .then()
        .statusCode(201)
        .extract()
        .path("evidence");
  }

  void arrive(String user, String tenant) {
    as(user).get(base + tenant).then().statusCode(200);
  }

  static String recalled(String skill, String did) {
    return """
        {"lifeDomain":"PERSONAL","skill":"%s","title":"Recalled","whatMadeItHard":"It was new",
         "whatIDid":"%s","whatItShows":"I can do it","effort":6,"attribution":"OWN_EFFORT_AND_SKILL"}
        """
        .formatted(skill, did);
  }

  // finding 7 -------------------------------------------------------------------------------

  @Test
  void peerExamplesNeverReachThoseWhoRunTheSharerNorShowRemovedMembersWords() {
    var tag = System.nanoTime();
    var ladder = ladder(ORG, "manager@demo.test", LaddersIT.ladder("Handover " + tag, "LOW", 3));
    var sharer = newcomer("demo-org", "psh");
    screened(sharer.email(), "demo-org");
    var phrase = "Told the night shift about the broken lift " + tag;
    var entry = succeed(sharer.email(), ORG, start(sharer.email(), ORG, ladder), phrase);
    as(sharer.email())
        .put(base + ORG + "/me/evidence/" + entry + "/consents/peers")
        .then()
        .statusCode(204);

    // a fellow member of staff on the same rung sees the words, and nothing says whose they are
    screened("staff2@demo.test", "demo-org");
    var peerClimb = start("staff2@demo.test", ORG, ladder);
    var seen =
        as("staff2@demo.test")
            .get(base + ORG + "/climbs/" + peerClimb + "/peer-examples")
            .then()
            .statusCode(200)
            .body("words.whatIDid", hasItem(phrase))
            .extract()
            .asString();
    for (var trace : List.of(sharer.email(), sharer.subject(), entry)) {
      assertFalse(seen.contains(trace), "a peer example names nobody: " + trace);
    }

    // the manager (who sees in the team view who is on which rung) and the admin start a climb
    // on the same rung: the sharer's words never reach them
    for (var boss : List.of("manager@demo.test", "admin@demo.test")) {
      screened(boss, "demo-org");
      var bossClimb = start(boss, ORG, ladder);
      var body =
          as(boss)
              .get(base + ORG + "/climbs/" + bossClimb + "/peer-examples")
              .then()
              .statusCode(200)
              .extract()
              .asString();
      assertFalse(body.contains(phrase), boss + " read a staff member's debrief: " + body);
    }

    // in a coaching business, a coach climbing a client's ladder does not read the client's words
    var coachLadder =
        ladder(COACHING, "coach@demo.test", LaddersIT.ladder("Asking " + tag, "LOW", 3));
    var client = newcomer("demo-coaching", "pcl");
    screened(client.email(), "demo-coaching");
    var clientPhrase = "Asked my landlord to fix the heating " + tag;
    var clientEntry =
        succeed(
            client.email(), COACHING, start(client.email(), COACHING, coachLadder), clientPhrase);
    as(client.email())
        .put(base + COACHING + "/me/evidence/" + clientEntry + "/consents/peers")
        .then()
        .statusCode(204);
    screened("coach@demo.test", "demo-coaching");
    var coachClimb = start("coach@demo.test", COACHING, coachLadder);
    as("coach@demo.test")
        .get(base + COACHING + "/climbs/" + coachClimb + "/peer-examples")
        .then()
        .statusCode(200)
        .body(not(containsString(clientPhrase)));

    // the sharer leaves the organisation: their words are no longer shown to anyone
    arrive("admin@demo.test", ORG);
    as("admin@demo.test")
        .delete(base + ORG + "/members/" + sharer.subject())
        .then()
        .statusCode(204);
    as("staff2@demo.test")
        .get(base + ORG + "/climbs/" + peerClimb + "/peer-examples")
        .then()
        .statusCode(200)
        .body(not(containsString(phrase)));
  }

  // finding 10 ------------------------------------------------------------------------------

  /** RFC 4180 cells of a CSV document, row by row. */
  static List<List<String>> cells(String csv) {
    var rows = new ArrayList<List<String>>();
    var row = new ArrayList<String>();
    var cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    return rows;
  }

  @Test
  void noCellOfTheCsvExportRunsAsAFormulaEvenWhenItNeedsQuoting() {
    var person = newcomer("demo-coaching", "csv");
    // a person's own skill name, needing quotes (comma and quote inside)
    as(person.email())
        .body(recalled("=HYPERLINK(\\\"http://evil.test\\\",\\\"open\\\")", "Wrote a poem"))
        .post(base + COACHING + "/me/evidence/recalled")
        .then()
        .statusCode(201);
    as(person.email())
        .body(recalled("+1,2", "Sang in public"))
        .post(base + COACHING + "/me/evidence/recalled")
        .then()
        .statusCode(201);
    // a ladder written by staff, whose skill and rung title land in the climber's export
    var hostile =
        LaddersIT.ladder("-2+3,cmd", "LOW", 3)
            .replace("Two minutes for a friend", "@SUM(1,2) for a friend");
    var ladder = ladder(COACHING, "coach@demo.test", hostile);
    screened(person.email(), "demo-coaching");
    succeed(person.email(), COACHING, start(person.email(), COACHING, ladder), "Talked, then left");

    var csv =
        as(person.email())
            .get(base + COACHING + "/me/evidence/export?format=csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    var rows = cells(csv);
    assertEquals(4, rows.size(), csv);
    for (var row : rows) {
      for (var cell : row) {
        assertFalse(
            !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
            "a spreadsheet would run this cell as a formula: " + cell);
      }
    }
    var text = String.join("\n", rows.stream().map(r -> String.join("|", r)).toList());
    assertTrue(text.contains("'=HYPERLINK(\"http://evil.test\",\"open\")"), text);
    assertTrue(text.contains("'+1,2"), text);
    assertTrue(text.contains("'-2+3,cmd"), text);
    assertTrue(text.contains("'@SUM(1,2) for a friend"), text);
  }

  // finding 13 ------------------------------------------------------------------------------

  String awaitMail(String to, String marker) throws Exception {
    var deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      for (var m : stack.mail().getReceivedMessages()) {
        if (isFor(m, to) && String.valueOf(m.getContent()).contains(marker)) {
          return m.getSubject() + "\n" + m.getContent();
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("No email about " + marker + " reached " + to + " within 30 s");
  }

  long mailsAbout(String to, String marker) throws Exception {
    long n = 0;
    for (var m : stack.mail().getReceivedMessages()) {
      if (isFor(m, to) && String.valueOf(m.getContent()).contains(marker)) {
        n++;
      }
    }
    return n;
  }

  static boolean isFor(Message m, String to) throws MessagingException {
    var recipients = m.getAllRecipients();
    return recipients != null
        && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(to));
  }

  static final String POSITIVE =
      "{\"answers\":{\"low-mood\":true,\"self-harm\":false,\"trauma\":false}}";

  @Test
  void aScreeningHoldInAnOrganisationReachesItsAdministratorWhoLiftsIt() throws Exception {
    arrive("admin@demo.test", ORG);
    arrive("manager@demo.test", ORG);
    var ladder =
        ladder(ORG, "manager@demo.test", LaddersIT.ladder("Held " + System.nanoTime(), "LOW", 3));
    var staff = newcomer("demo-org", "hld");
    var climb =
        as("manager@demo.test")
            .body("{\"ladderId\":\"" + ladder + "\",\"person\":\"" + staff.subject() + "\"}")
            .post(base + ORG + "/team/assignments")
            .then()
            .statusCode(201)
            .extract()
            .<String>path("id");

    var guidance =
        as(staff.email())
            .body(POSITIVE)
            .post(base + ORG + "/me/screening")
            .then()
            .statusCode(200)
            .body("positive", equalTo(true))
            .extract()
            .<String>path("guidance");
    assertFalse(guidance.contains("coach"), "an organisation has no coach: " + guidance);
    assertTrue(guidance.contains("administrator"), guidance);
    as(staff.email())
        .body(LaddersIT.GENUINE)
        .post(base + ORG + "/climbs/" + climb + "/attempts")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:foothold:problem:climb-held"));

    // the administrator is told by email, without the answers; the manager is not told
    var mail = awaitMail("admin@demo.test", staff.email());
    assertTrue(mail.contains("/screening/clearance"), mail);
    assertFalse(mail.contains("low-mood"), "the email never carries the answers: " + mail);
    assertEquals(0, mailsAbout("manager@demo.test", staff.email()));

    // a manager cannot lift it, nor read the answers
    var clearance = base + ORG + "/coaching/people/" + staff.subject() + "/screening/clearance";
    as("manager@demo.test")
        .post(clearance)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    as("manager@demo.test")
        .get(base + ORG + "/coaching/people/" + staff.subject() + "/screening")
        .then()
        .statusCode(403);

    // the administrator lifts it through HTTP, and the climb goes on
    as("admin@demo.test").post(clearance).then().statusCode(204);
    as(staff.email())
        .body(LaddersIT.GENUINE)
        .post(base + ORG + "/climbs/" + climb + "/attempts")
        .then()
        .statusCode(201)
        .body("climb.streak", equalTo(1));
  }

  @Test
  void aScreeningHoldInACoachingBusinessReachesItsCoachesByEmail() throws Exception {
    arrive("coach@demo.test", COACHING);
    var client = newcomer("demo-coaching", "hcl");
    as(client.email())
        .body(POSITIVE)
        .post(base + COACHING + "/me/screening")
        .then()
        .statusCode(200)
        .body("guidance", containsString("coach"));
    var mail = awaitMail("coach@demo.test", client.email());
    assertTrue(mail.contains("/screening/clearance"), mail);
    as("coach@demo.test")
        .post(base + COACHING + "/coaching/people/" + client.subject() + "/screening/clearance")
        .then()
        .statusCode(204);
    screened(client.email(), "demo-coaching");
    as(client.email()).get(base + COACHING + "/me/screening").then().body("held", equalTo(false));
  }

  // finding 14: check-ins --------------------------------------------------------------------

  @Test
  void aCheckInNamesOnlyAClimbOfTheCallersOwn() {
    var person = newcomer("demo-coaching", "chk");
    var other = newcomer("demo-coaching", "cho");
    screened(other.email(), "demo-coaching");
    var ladder =
        ladder(COACHING, "coach@demo.test", LaddersIT.ladder("Chk " + System.nanoTime(), "LOW", 3));
    var othersClimb = start(other.email(), COACHING, ladder);
    screened("staff1@demo.test", "demo-org");
    var orgClimb =
        start(
            "staff1@demo.test",
            ORG,
            ladder(
                ORG, "manager@demo.test", LaddersIT.ladder("Chk " + System.nanoTime(), "LOW", 3)));

    as(person.email())
        .body("{\"activation\":5,\"climbId\":\"------------------------------------\"}")
        .post(base + COACHING + "/me/check-ins")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    for (var foreign : List.of(othersClimb, orgClimb)) {
      as(person.email())
          .body("{\"activation\":5,\"climbId\":\"" + foreign + "\"}")
          .post(base + COACHING + "/me/check-ins")
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:foothold:problem:climb-not-found"));
    }
    as(person.email())
        .get(base + COACHING + "/me/evidence")
        .then()
        .statusCode(200)
        .body("$", hasSize(0));
  }

  // finding 14: ladder authorship -------------------------------------------------------------

  @Test
  void onlyALaddersAuthorAndTheTenantsAdministratorsReviseIt() {
    arrive("admin@demo.test", ORG);
    var ladder =
        ladder(ORG, "manager@demo.test", LaddersIT.ladder("Own " + System.nanoTime(), "LOW", 3));
    var second = newcomer("demo-org", "mgr");
    as("admin@demo.test")
        .body("{\"role\":\"manager\"}")
        .put(base + ORG + "/members/" + second.subject() + "/role")
        .then()
        .statusCode(200);
    as(second.email())
        .body(LaddersIT.ladder("Hijacked", "LOW", 3))
        .put(base + ORG + "/ladders/" + ladder)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:foothold:problem:not-the-author"));
    as("manager@demo.test")
        .get(base + ORG + "/ladders")
        .then()
        .body("skill", not(hasItem("Hijacked")));
    var v2 =
        as("manager@demo.test")
            .body(LaddersIT.ladder("Own, revised", "LOW", 3))
            .put(base + ORG + "/ladders/" + ladder)
            .then()
            .statusCode(201)
            .body("version", equalTo(2))
            .extract()
            .<String>path("id");
    // an administrator may revise any ladder; the author stays its author
    as("admin@demo.test")
        .body(LaddersIT.ladder("Own, revised by the admin", "LOW", 3))
        .put(base + ORG + "/ladders/" + v2)
        .then()
        .statusCode(201)
        .body("version", equalTo(3));
    as(second.email())
        .body(LaddersIT.ladder("Hijacked", "LOW", 3))
        .put(base + ORG + "/ladders/" + v2)
        .then()
        .statusCode(403);
  }

  // finding 14: a removed member's evidence -------------------------------------------------------

  @Test
  void aRemovedMemberCanStillTakeTheirEvidence() {
    var person = newcomer("demo-coaching", "lft");
    var phrase = "Ran my first 10k " + System.nanoTime();
    as(person.email())
        .body(recalled("Running", phrase))
        .post(base + COACHING + "/me/evidence/recalled")
        .then()
        .statusCode(201);
    arrive("owner@demo.test", COACHING);
    as("owner@demo.test")
        .delete(base + COACHING + "/members/" + person.subject())
        .then()
        .statusCode(204);
    as(person.email())
        .get(base + COACHING + "/me/evidence/export?format=json")
        .then()
        .statusCode(403);

    var export = base + "/api/v1/me/evidence/export";
    as(person.email())
        .get(export + "?tenant=demo-coaching&format=json")
        .then()
        .statusCode(200)
        .body("entries", hasSize(1))
        .body("entries[0].debrief.whatIDid", equalTo(phrase))
        .body("verification.valid", equalTo(true));
    as(person.email())
        .get(export + "?tenant=demo-coaching&format=csv")
        .then()
        .statusCode(200)
        .contentType(startsWith("text/csv"))
        .body(containsString(phrase));
    // nobody else's evidence comes out of it
    as("client@demo.test")
        .get(export + "?tenant=demo-coaching&format=json")
        .then()
        .body(not(containsString(phrase)));
    as(person.email())
        .get(export + "?tenant=not-a-tenant-" + System.nanoTime() % 1000 + "&format=json")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    as(person.email())
        .get(export + "?tenant=%2F..&format=json")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given().get(export + "?tenant=demo-coaching").then().statusCode(401);
  }

  // finding 14: the HTML export ------------------------------------------------------------------

  @Test
  void theHtmlExportIsInertAndSaysSo() {
    var person = newcomer("demo-coaching", "htm");
    as(person.email())
        .body(recalled("Writing", "<script>alert(document.cookie)</script>"))
        .post(base + COACHING + "/me/evidence/recalled")
        .then()
        .statusCode(201);
    var html =
        as(person.email())
            .get(base + COACHING + "/me/evidence/export?format=html")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/html"))
            .header("X-Content-Type-Options", equalTo("nosniff"))
            .header("Content-Security-Policy", containsString("default-src 'none'"))
            .header("Content-Security-Policy", not(containsString("script-src")))
            .extract()
            .asString();
    assertTrue(html.contains("&lt;script&gt;alert(document.cookie)&lt;/script&gt;"), html);
    assertFalse(html.contains("<script"), html);
    for (var format : List.of("json", "csv")) {
      as(person.email())
          .get(base + COACHING + "/me/evidence/export?format=" + format)
          .then()
          .statusCode(200)
          .header("X-Content-Type-Options", equalTo("nosniff"));
    }
  }

  // finding 14: unbounded appends ---------------------------------------------------------------

  @Test
  void aPersonsFreeFormAppendsAreCappedPerDay() {
    var person = newcomer("demo-coaching", "cap");
    var token = stack.token(person.email()); // one token for the run: Keycloak is slow to ask
    for (int i = 0; i < DAILY_APPENDS - 1; i++) {
      given()
          .auth()
          .oauth2(token)
          .contentType("application/json")
          .body("{\"activation\":5}")
          .post(base + COACHING + "/me/check-ins")
          .then()
          .statusCode(201);
    }
    as(person.email())
        .body(recalled("Cap", "The last one today"))
        .post(base + COACHING + "/me/evidence/recalled")
        .then()
        .statusCode(201);
    as(person.email())
        .body("{\"activation\":5}")
        .post(base + COACHING + "/me/check-ins")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", notNullValue())
        .body("type", equalTo("urn:foothold:problem:daily-limit-reached"));
    as(person.email())
        .body(recalled("Cap", "One too many"))
        .post(base + COACHING + "/me/evidence/recalled")
        .then()
        .statusCode(429)
        .header("Retry-After", notNullValue());
    var retryAfter =
        as(person.email())
            .body("{\"activation\":5}")
            .post(base + COACHING + "/me/check-ins")
            .then()
            .extract()
            .header("Retry-After");
    var seconds = Long.parseLong(retryAfter);
    assertTrue(seconds > 0 && seconds <= 86_400, retryAfter);
    as(person.email())
        .get(base + COACHING + "/me/evidence")
        .then()
        .body("$", hasSize(DAILY_APPENDS))
        .body("debrief.whatIDid", not(hasItem("One too many")));
    // another person is not held back by it; and the next day the person may go on
    var other = newcomer("demo-coaching", "cao");
    as(other.email())
        .body("{\"activation\":5}")
        .post(base + COACHING + "/me/check-ins")
        .then()
        .statusCode(201);
    clockAhead(java.time.Duration.ofSeconds(seconds + 1));
    as(person.email())
        .body("{\"activation\":5}")
        .post(base + COACHING + "/me/check-ins")
        .then()
        .statusCode(201);
  }
}
