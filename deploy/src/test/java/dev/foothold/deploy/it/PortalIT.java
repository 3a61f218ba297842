package dev.foothold.deploy.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The branded portal in a real browser, on the real stack: people sign in through Keycloak
 * (authorization code + PKCE), and do what they came for. Every journey fails on a browser console
 * error and leaves screenshots in {@code target/screenshots}.
 */
@SystemTest
class PortalIT extends AgainstFoothold {

  static final String COACHING = "/api/v1/t/demo-coaching";
  static final String ORG = "/api/v1/t/demo-org";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.foothold();
  }

  Browser browser;

  /**
   * Where the browser opens the portal: on localhost, a secure context like Keycloak's own address,
   * so Chromium lets the portal call Keycloak (the deployment's other address would be blocked by
   * Private Network Access).
   */
  String web;

  @BeforeEach
  void openBrowser() {
    web = "http://localhost:" + deployment.getPort();
    allowSignInFrom(web);
    browser = Browser.open(1280, 900);
  }

  @AfterEach
  void closeBrowser() {
    try {
      var errors = browser.consoleErrors();
      assertTrue(errors.isEmpty(), "The browser console reported errors: " + errors);
    } finally {
      browser.close();
    }
  }

  /** This deployment's random port must be one of the portal client's redirect URIs. */
  void allowSignInFrom(String origin) {
    var admin = stack.keycloakAdmin();
    String id = admin.get("/clients?clientId=foothold-portal").getString("[0].id");
    var uris = Json.createArrayBuilder().add(origin + "/*").add("http://localhost:8080/*");
    admin.put(
        "/clients/" + id,
        Json.createObjectBuilder()
            .add("clientId", "foothold-portal")
            .add("redirectUris", uris)
            .add("webOrigins", Json.createArrayBuilder().add("+"))
            .add(
                "attributes",
                Json.createObjectBuilder()
                    .add("pkce.code.challenge.method", "S256")
                    .add("post.logout.redirect.uris", origin + "/*"))
            .build()
            .toString());
  }

  String portal(String slug) {
    return web + "/t/" + slug + "/";
  }

  /** Colours as the browser computes them: rgb(r, g, b). */
  static String rgb(String hex) {
    int v = Integer.parseInt(hex.substring(1), 16);
    return "rgb(" + (v >> 16) + ", " + ((v >> 8) & 0xff) + ", " + (v & 0xff) + ")";
  }

  String backgroundOf(String id) {
    return (String)
        browser.script(
            "return getComputedStyle(document.getElementById(arguments[0])).backgroundColor", id);
  }

  @Test
  void thePortalIsServedWithAStrictPolicyAndStartsFromTwoPublicAnswers() {
    given()
        .get(base + "/t/demo-coaching/")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .header("Content-Security-Policy", containsString("script-src 'self';"))
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("X-Content-Type-Options", "nosniff")
        .body(containsString("/portal/app.js"));
    given().redirects().follow(false).get(base + "/t/demo-coaching").then().statusCode(302);
    given().get(base + "/t/Not_A_Tenant/").then().statusCode(404);
    given().get(base + "/t/demo-coaching/elsewhere").then().statusCode(404);
    given().get(base + "/webjars/keycloak-js/25.0.4/dist/keycloak.js").then().statusCode(200);
    given().get(base + "/webjars/chart.js/4.5.1/dist/chart.umd.js").then().statusCode(200);
    given()
        .get(base + "/api/v1/portal/sign-in")
        .then()
        .statusCode(200)
        .body("clientId", equalTo("foothold-portal"))
        .body("realm", equalTo("foothold"))
        .body("url", equalTo(stack.keycloak().url()));
  }

  @Test
  void theRoleAnswerIsForMembersOfTheTenantOnly() {
    as("client@demo.test")
        .get(base + COACHING + "/me/membership")
        .then()
        .statusCode(200)
        .body("role", equalTo("client"))
        .body("tenant", equalTo("demo-coaching"));
    as("manager@demo.test")
        .get(base + ORG + "/me/membership")
        .then()
        .statusCode(200)
        .body("role", equalTo("manager"));
    as("client@demo.test")
        .get(base + ORG + "/me/membership")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:foothold:problem:not-a-member"))
        .body(not(containsString("Demo Organisation")));
    given().get(base + COACHING + "/me/membership").then().statusCode(401);
    // the people to assign ladders to: names, roles and groups for those who run training
    as("staff1@demo.test").get(base + ORG).then().statusCode(200);
    as("manager@demo.test")
        .get(base + ORG + "/people")
        .then()
        .statusCode(200)
        .body("name", hasItem("Sam Staff"))
        .body("email", everyItem(nullValue()));
    as("staff1@demo.test")
        .get(base + ORG + "/people")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:foothold:problem:role-required"));
    as("client@demo.test").get(base + ORG + "/people").then().statusCode(403);
  }

  @Test
  void aNewClientSignsInToABrandedPortalStartsALadderAndAdvancesAfterThreeGenuineSuccesses() {
    var tag = System.nanoTime() % 1_000_000;
    var email = "newcomer" + tag + "@climbers.test";
    arrives("demo-coaching", stack.keycloakAdmin().createUser(email), email);
    var skill = "Speaking up " + tag;
    as("coach@demo.test")
        .body(LaddersIT.ladder(skill, "LOW", 3))
        .post(base + COACHING + "/ladders")
        .then()
        .statusCode(201);
    var branding = as("client@demo.test").get(base + COACHING + "/branding").then().extract();
    String name = branding.path("displayName");
    String primary = branding.path("primaryColor");

    browser.go(portal("demo-coaching"));
    browser.waitForText(By.id("brand-name"), name);
    assertEquals(rgb(primary), backgroundOf("brand-bar"), "the tenant's colour");
    browser.screenshot("client-01-sign-in");
    browser.signIn(email);

    browser.go(portal("demo-coaching") + "#/start");
    var ladders = new Select(browser.waitFor(By.id("ladder")));
    ladders.selectByVisibleText(skill + " (3 rungs)");
    browser.screenshot("client-02-start-a-ladder");
    browser.expectRefusal(409); // starting a first climb asks for the screen
    browser.driver.findElement(By.id("start-climb")).click();
    answerTheScreen();
    browser.waitFor(By.id("attempt-form"));
    browser.waitFor(By.id("why"));
    browser.screenshot("client-03-climb-and-next-challenge");

    // before the first attempt: her (empty) review, and a check-in the attempt is linked to
    browser.waitForText(By.id("review"), "No past successes to recall");
    browser
        .driver
        .findElement(By.xpath("//summary[normalize-space()='Check in (optional)']"))
        .click();
    var checkIn = browser.waitFor(By.id("check-in-form"));
    var activation = checkIn.findElement(By.name("activation"));
    activation.clear();
    activation.sendKeys("8");
    checkIn.findElement(By.name("confidence")).sendKeys("45");
    checkIn.findElement(By.id("check-in")).click();
    browser.waitForText(By.id("check-in-result"), "linked to this check-in");
    browser.screenshot("client-03b-check-in");
    for (int i = 1; i <= 3; i++) {
      logGenuineSuccess(i);
      browser.waitForText(By.cssSelector("#main .notice"), "it counts");
    }
    browser.waitForText(By.id("advanced"), "You moved up to rung 2");
    browser.screenshot("client-04-advanced");
    as(email)
        .get(base + COACHING + "/climbs")
        .then()
        .body("find { it.skill == '" + skill + "' }.currentRung", equalTo(2));

    // the log holds the three debriefs in her words, intact
    browser.go(portal("demo-coaching") + "#/evidence");
    browser.waitForText(By.id("verify"), "Intact");
    browser.waitForText(By.id("entries"), "Attempt 3: I spoke for two minutes");
    assertEquals(
        3,
        browser
            .driver
            .findElements(
                By.xpath(
                    "//ol[@id='entries']/li[contains(., '"
                        + skill
                        + "') and .//h2[starts-with(., 'Attempt')]]"))
            .size(),
        "three attempts in her log");
    browser.waitForText(By.id("entries"), "Check-in");
    String checkInId =
        as(email)
            .get(base + COACHING + "/me/evidence")
            .then()
            .extract()
            .path("find { it.kind == 'CHECK_IN' }.id");
    as(email)
        .get(base + COACHING + "/me/evidence")
        .then()
        .body("findAll { it.kind == 'ATTEMPT' }[0].checkInId", equalTo(checkInId))
        .body("find { it.kind == 'CHECK_IN' }.activation", equalTo(8));
    browser.screenshot("client-05-evidence-log");

    // and her confidence, before and after each attempt, as a chart
    browser.go(portal("demo-coaching") + "#/progress");
    var canvas = By.cssSelector("canvas[data-skill='" + skill + "']");
    browser.waitFor(canvas);
    @SuppressWarnings("unchecked")
    var plotted =
        (List<Object>)
            browser.script(
                "var c = document.querySelector(arguments[0]); var chart = window.Chart.getChart(c);"
                    + " return chart ? chart.data.datasets[0].data : null;",
                "canvas[data-skill='" + skill + "']");
    assertTrue(plotted != null && plotted.size() >= 6, "before and after each attempt: " + plotted);
    var drawn =
        (Boolean)
            browser.script(
                "var c = document.querySelector(arguments[0]); var d ="
                    + " c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                    + " for (var i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; }"
                    + " return false;",
                "canvas[data-skill='" + skill + "']");
    assertTrue(drawn, "the chart is drawn on its canvas");
    browser.screenshot("client-06-confidence-chart");

    browser.go(portal("demo-coaching") + "#/");
    browser.waitForText(By.id("climbs"), skill);
    browser.screenshot("client-07-my-ladders");
    // at phone width the page still fits: nothing scrolls sideways
    browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    browser.waitForText(By.id("climbs"), "Rung 2 of 3");
    var fits =
        (Boolean)
            browser.script("return document.documentElement.scrollWidth <= window.innerWidth + 1");
    browser.screenshot("client-08-phone");
    assertTrue(fits, "the page fits a phone's width");
  }

  /**
   * A first climb starts after the screen: the person answers no to each question, then goes on.
   */
  void answerTheScreen() {
    browser.waitFor(By.id("screening-form"));
    for (var no :
        browser.driver.findElements(By.cssSelector("#screening-form input[value=false]"))) {
      no.click();
    }
    browser.screenshot("client-02b-screening");
    browser.driver.findElement(By.cssSelector("#screening-form button[type=submit]")).click();
    browser.waitFor(By.id("continue-start")).click();
  }

  void logGenuineSuccess(int n) {
    var form = browser.waitFor(By.id("attempt-form"));
    form.findElement(By.cssSelector("input[name=outcome][value=SUCCESS]")).click();
    for (var text : form.findElements(By.tagName("textarea"))) {
      text.sendKeys("Attempt " + n + ": I spoke for two minutes, in my own words.");
    }
    for (var choice : form.findElements(By.cssSelector("select[name='debrief.attribution']"))) {
      new Select(choice).selectByValue("OWN_EFFORT_AND_SKILL");
    }
    for (var yes :
        form.findElements(By.cssSelector("input[name='debrief.controllable'][value=true]"))) {
      yes.click();
    }
    form.findElement(By.id("record")).click();
    browser.waitUntilGone(By.cssSelector("#record[disabled]"));
  }

  static String recalled(String skill) {
    return """
        {"lifeDomain":"PROFESSIONAL","skill":"%s","title":"The budget talk",
         "whatMadeItHard":"The room was full and the numbers were bad",
         "whatIDid":"Gave the budget talk to forty people and took every question",
         "whatIOvercame":"A dry mouth","whatISawAndFelt":"Nods at the end",
         "whatItShows":"I can explain numbers to a crowd","effort":7,
         "attribution":"OWN_EFFORT_AND_SKILL"}
        """
        .formatted(skill);
  }

  /** A new client of the coaching business (her trial starts now), with one recalled success. */
  String newClientWithASuccess(String prefix, String skill) {
    var email = prefix + System.nanoTime() % 100_000_000 + "@climbers.test";
    arrives("demo-coaching", stack.keycloakAdmin().createUser(email), email);
    as(email)
        .body(recalled(skill))
        .post(base + COACHING + "/me/evidence/recalled")
        .then()
        .statusCode(201);
    return email;
  }

  @Test
  void aCoachGivesSpecificFeedbackGenericPraiseIsRefusedAndTheClientSeesItBesideHerEntry() {
    var skill = "Presenting numbers " + System.nanoTime() % 1_000_000;
    var email = newClientWithASuccess("feedback", skill);
    String entry =
        as(email)
            .get(base + COACHING + "/me/evidence")
            .then()
            .extract()
            .path("find { it.skill == '" + skill + "' }.id");
    var card = By.cssSelector("#awaiting li[data-entry='" + entry + "']");

    browser.expectRefusal(422); // generic praise is refused
    browser.go(portal("demo-coaching"));
    browser.signIn("coach@demo.test");
    browser.go(portal("demo-coaching") + "#/feedback");
    var form = browser.waitFor(card).findElement(By.tagName("form"));
    assertEquals(skill, form.findElement(By.name("skill")).getAttribute("value"));
    form.findElement(By.name("text")).sendKeys("Great job, well done! Keep it up!");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    browser.waitForText(
        By.cssSelector("#awaiting li[data-entry='" + entry + "'] .notice"),
        "not praise that would fit anyone");
    browser.waitForText(
        By.cssSelector("#awaiting li[data-entry='" + entry + "'] .notice"), "Feedback too general");
    browser.screenshot("coach-04-generic-praise-refused");
    as(email)
        .get(base + COACHING + "/me/evidence")
        .then()
        .body("find { it.id == '" + entry + "' }.feedback", org.hamcrest.Matchers.empty());

    var specific =
        "You took every question on the budget talk: that shows you can explain numbers under"
            + " pressure.";
    form = browser.driver.findElement(card).findElement(By.tagName("form"));
    var text = form.findElement(By.name("text"));
    text.clear();
    text.sendKeys(specific);
    form.findElement(By.cssSelector("button[type=submit]")).click();
    browser.waitForText(By.cssSelector("#main .notice"), "Feedback sent");
    browser.waitUntilGone(card);
    browser.screenshot("coach-05-feedback-sent");
    as(email)
        .get(base + COACHING + "/me/evidence")
        .then()
        .body("find { it.id == '" + entry + "' }.feedback[0].text", equalTo(specific))
        .body("find { it.id == '" + entry + "' }.feedback[0].skill", equalTo(skill));

    // the client finds it beside her entry
    try (var hers = Browser.open(1280, 900)) {
      hers.go(portal("demo-coaching"));
      hers.signIn(email);
      hers.go(portal("demo-coaching") + "#/evidence");
      hers.waitForText(
          By.cssSelector("#entries li[data-entry='" + entry + "'] .entry-feedback"), specific);
      hers.waitForText(
          By.cssSelector("#entries li[data-entry='" + entry + "'] .entry-main"),
          "Gave the budget talk to forty people");
      hers.screenshot("client-09-feedback-beside-entry");

      // she corrects her own words: the correction is added, the original stays
      var mine = hers.driver.findElement(By.cssSelector("#entries li[data-entry='" + entry + "']"));
      mine.findElement(By.xpath(".//summary[normalize-space()='Add a correction']")).click();
      var correction = mine.findElement(By.cssSelector("form.correction"));
      new Select(correction.findElement(By.name("field"))).selectByValue("whatIDid");
      correction
          .findElement(By.name("text"))
          .sendKeys("Gave the budget talk to forty-two people and took every question");
      correction.findElement(By.name("note")).sendKeys("I miscounted the room");
      correction.findElement(By.cssSelector("button[type=submit]")).click();
      hers.waitForText(
          By.cssSelector("#entries li[data-entry='" + entry + "'] .correction-shown"),
          "I miscounted the room");
      hers.waitForText(
          By.cssSelector("#entries li[data-entry='" + entry + "'] .entry-main"),
          "Gave the budget talk to forty people");
      hers.waitForText(
          By.cssSelector("#entries li[data-entry='" + entry + "'] .entry-feedback"), specific);
      as(email)
          .get(base + COACHING + "/me/evidence")
          .then()
          .body("find { it.id == '" + entry + "' }.amendedBy.size()", equalTo(1));

      // and recalls another success for her inventory
      hers.go(portal("demo-coaching") + "#/inventory");
      hers.waitForText(By.id("inventory"), "The budget talk");
      var recall = hers.waitFor(By.id("recall-form"));
      new Select(recall.findElement(By.name("lifeDomain"))).selectByValue("ATHLETIC");
      recall.findElement(By.name("title")).sendKeys("The first 10 km race");
      recall.findElement(By.name("whatMadeItHard")).sendKeys("Rain and a sore knee");
      recall.findElement(By.name("whatIDid")).sendKeys("Kept an even pace and walked the hills");
      recall.findElement(By.name("whatItShows")).sendKeys("I can pace myself");
      recall.findElement(By.id("recall")).click();
      hers.waitForText(By.cssSelector("#main .notice"), "Added to your inventory");
      hers.waitForText(By.id("inventory"), "The first 10 km race");
      hers.screenshot("client-14-success-inventory");
      assertTrue(
          hers.consoleErrors().isEmpty(),
          "The browser console reported errors: " + hers.consoleErrors());
    }
  }

  @Test
  void aClientWhoseTrialEndedSeesThePaywallAndStillExportsHerEvidence() {
    var skill = "Budget talks " + System.nanoTime() % 1_000_000;
    var email = newClientWithASuccess("lapsed", skill);
    as(email)
        .get(base + COACHING + "/me/subscription")
        .then()
        .body("state", equalTo("trialing"))
        .body("trialDaysLeft", equalTo(7));
    try {
      // a trial banner with the days left while it runs
      browser.go(portal("demo-coaching"));
      browser.signIn(email);
      browser.waitForText(By.id("banner"), "7 days left");
      browser.waitFor(By.id("banner-subscribe"));
      browser.screenshot("client-10-trial-banner");

      clockAhead(java.time.Duration.ofDays(8));
      browser.expectRefusal(402); // the gate says no to her ladders
      browser.go(portal("demo-coaching") + "#/start");
      browser.driver.navigate().refresh();
      browser.waitFor(By.id("paywall"));
      browser.waitForText(By.id("paywall-reason"), "trial ended");
      browser.waitForText(By.id("banner"), "has ended");
      browser.waitFor(By.id("subscribe"));
      browser.screenshot("client-11-paywall");

      // and she still takes everything she recorded with her
      browser.driver.findElement(By.cssSelector("#paywall button[data-format=json]")).click();
      browser.waitForText(By.id("export-status"), "Saved evidence.json");
      browser.waitForText(By.id("export-status"), ": 1 entry.");
      browser.driver.findElement(By.cssSelector("#paywall button[data-format=html]")).click();
      browser.waitForText(By.id("export-status"), "Saved evidence.html");
      browser.driver.findElement(By.cssSelector("#paywall button[data-format=csv]")).click();
      browser.waitForText(By.id("export-status"), "Saved evidence.csv");
      browser.screenshot("client-12-paywall-export");
      for (var format : List.of("json", "html", "csv")) {
        var saved = browser.downloaded("evidence." + format);
        assertTrue(saved.contains("Gave the budget talk to forty people"), format + ": " + saved);
      }
      // the printable report is her log, in her words
      var report =
          as(email)
              .get(base + COACHING + "/me/evidence/export?format=html")
              .then()
              .statusCode(200)
              .contentType(containsString("text/html"))
              .extract()
              .asString();
      assertTrue(report.contains("Gave the budget talk to forty people"), report);
      browser.go(portal("demo-coaching") + "#/evidence");
      browser.waitForText(By.id("entries"), "Gave the budget talk to forty people");
      browser.waitForText(By.id("verify"), "Intact");
      browser.screenshot("client-13-evidence-after-trial");
    } finally {
      clockAhead(java.time.Duration.ZERO);
    }
  }

  @Test
  void aManagerSeesAStaffMembersProgressAndAssignsALadderToAGroup() {
    var tag = System.nanoTime() % 1_000_000;
    var skill = "Feedback " + tag;
    String ladder =
        as("manager@demo.test")
            .body(LaddersIT.ladder(skill, "LOW", 3))
            .post(base + ORG + "/ladders")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    screened("staff1@demo.test", "demo-org");
    String climb =
        as("staff1@demo.test")
            .body(Map.of("ladderId", ladder))
            .post(base + ORG + "/climbs")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as("staff1@demo.test")
        .body(LaddersIT.GENUINE)
        .post(base + ORG + "/climbs/" + climb + "/attempts")
        .then()
        .statusCode(201);
    as("staff2@demo.test").get(base + ORG).then().statusCode(200);
    String staff2 =
        as("staff2@demo.test").get(base + "/api/v1/me").then().extract().path("subject");
    var group = "Portal desk " + tag;
    as("manager@demo.test").put(base + ORG + "/groups/" + group).then().statusCode(201);
    as("manager@demo.test")
        .put(base + ORG + "/groups/" + group + "/members/" + staff2)
        .then()
        .statusCode(204);

    browser.go(portal("demo-org"));
    browser.signIn("manager@demo.test");
    browser.go(portal("demo-org") + "#/team");
    var row = By.xpath("//table[@id='team']//tr[td[text()='" + skill + "']]");
    browser.waitFor(row);
    var cells = browser.driver.findElement(row).getText();
    assertTrue(cells.contains("Sam Staff"), cells);
    assertTrue(cells.contains("1 of 3"), cells);
    browser.screenshot("manager-01-team-dashboard");

    browser.go(portal("demo-org") + "#/assign");
    var form = browser.waitFor(By.id("assign-form"));
    new Select(form.findElement(By.name("ladderId"))).selectByValue(ladder);
    form.findElement(By.cssSelector("input[name=target][value=group]")).click();
    new Select(form.findElement(By.name("group"))).selectByValue(group);
    browser.screenshot("manager-02-assign");
    form.findElement(By.id("assign")).click();
    browser.waitForText(By.cssSelector("#assign-form .notice"), "1 people now climb it");
    // and to one person, chosen by name from the tenant's people
    String staff1 =
        as("staff1@demo.test").get(base + "/api/v1/me").then().extract().path("subject");
    as("manager@demo.test")
        .body(LaddersIT.ladder(skill + " b", "LOW", 3))
        .post(base + ORG + "/ladders")
        .then()
        .statusCode(201);
    browser.go(portal("demo-org") + "#/ladders");
    browser.waitForText(By.id("ladders"), skill + " b");
    browser.go(portal("demo-org") + "#/assign");
    form = browser.waitFor(By.id("assign-form"));
    new Select(form.findElement(By.name("ladderId"))).selectByVisibleText(skill + " b");
    new Select(form.findElement(By.name("person"))).selectByValue(staff1);
    form.findElement(By.id("assign")).click();
    browser.waitForText(By.cssSelector("#assign-form .notice"), "Assigned");
    as("manager@demo.test")
        .get(base + ORG + "/team/climbs")
        .then()
        .body("findAll { it.skill == '" + skill + " b' }.person", hasItem(staff1));
    as("manager@demo.test")
        .get(base + ORG + "/team/climbs")
        .then()
        .body("findAll { it.skill == '" + skill + "' }.person", hasItem(staff2));
  }

  @Test
  void aCoachCreatesALadderIsWarnedAboutAHighStakesStartAndEditsIt() {
    var skill = "Saying no " + System.nanoTime() % 1_000_000;
    browser.go(portal("demo-coaching"));
    browser.signIn("coach@demo.test");
    browser.go(portal("demo-coaching") + "#/ladders/new");
    var form = browser.waitFor(By.id("ladder-form"));
    form.findElement(By.name("skill")).sendKeys(skill);
    fillRung(0, "Say no to a small favour", "Decline a small request from a friend", "HIGH");
    browser.waitForText(By.id("stakes-warning"), "high-stakes rung");
    browser.screenshot("coach-01-high-stakes-warning");
    new Select(rung(0).findElement(By.name("stakes"))).selectByValue("LOW");
    browser.waitUntilGone(By.cssSelector("#stakes-warning .notice"));
    form.findElement(By.id("add-rung")).click();
    fillRung(1, "Say no at work", "Decline an extra task politely", "MEDIUM");
    form.findElement(By.id("save-ladder")).click();
    browser.waitForText(By.cssSelector("#ladder-form .notice"), "version 1");

    browser.go(portal("demo-coaching") + "#/ladders");
    browser.waitFor(By.cssSelector("a[aria-label='Edit " + skill + "']")).click();
    var title = browser.waitFor(By.cssSelector("#rungs fieldset input[name=title]"));
    title.clear();
    title.sendKeys("Say no to a tiny favour");
    browser.screenshot("coach-02-ladder-editor");
    browser.driver.findElement(By.id("save-ladder")).click();
    browser.waitForText(By.cssSelector("#ladder-form .notice"), "version 2");
    List<String> titles =
        as("coach@demo.test")
            .get(base + COACHING + "/ladders")
            .then()
            .extract()
            .path("find { it.skill == '" + skill + "' && it.version == 2 }.rungs.title");
    assertEquals(List.of("Say no to a tiny favour", "Say no at work"), titles);

    // and suggests it to a client, who finds it among their suggestions
    as("client@demo.test").get(base + COACHING).then().statusCode(200);
    String client =
        as("client@demo.test").get(base + "/api/v1/me").then().extract().path("subject");
    browser.go(portal("demo-coaching") + "#/team");
    var suggest = browser.waitFor(By.id("suggest-form"));
    new Select(suggest.findElement(By.name("person"))).selectByValue(client);
    new Select(suggest.findElement(By.name("ladderId"))).selectByVisibleText(skill);
    suggest.findElement(By.name("note")).sendKeys("You said saying no is hard: start small.");
    browser.screenshot("coach-03-clients-and-suggestion");
    suggest.findElement(By.id("suggest")).click();
    browser.waitForText(By.cssSelector("#suggest-form .notice"), "Suggested");
    as("client@demo.test")
        .get(base + COACHING + "/suggestions")
        .then()
        .body("note", hasItem("You said saying no is hard: start small."));
  }

  org.openqa.selenium.WebElement rung(int index) {
    return browser.driver.findElements(By.cssSelector("#rungs > fieldset")).get(index);
  }

  void fillRung(int index, String title, String task, String stakes) {
    var box = rung(index);
    box.findElement(By.name("title")).sendKeys(title);
    box.findElement(By.name("task")).sendKeys(task);
    box.findElement(By.name("successCriteria")).sendKeys("You said it kindly and meant it");
    new Select(box.findElement(By.name("stakes"))).selectByValue(stakes);
  }

  @Test
  void anAdminSeesBrandingChangesLiveIsWarnedAboutWeakContrastAndSaves() {
    // what the branding was, in the shape PUT takes (only the fields an admin sets)
    var shown = as("admin@demo.test").get(base + ORG + "/branding").then().extract().jsonPath();
    var before = new java.util.LinkedHashMap<String, Object>();
    for (var field :
        List.of(
            "displayName",
            "primaryColor",
            "primaryTextColor",
            "accentColor",
            "accentTextColor",
            "supportEmail")) {
      if (shown.get(field) != null) {
        before.put(field, shown.get(field));
      }
    }
    try {
      browser.go(portal("demo-org"));
      browser.signIn("admin@demo.test");
      browser.go(portal("demo-org") + "#/branding");
      var form = browser.waitFor(By.id("branding-form"));
      setText(form, "primaryColor", "#777777");
      setText(form, "primaryTextColor", "#888888");
      browser.waitForText(By.id("contrast"), "WCAG AA needs 4.5:1");
      assertEquals(rgb("#777777"), backgroundOf("preview-bar"), "the live preview");
      browser.screenshot("admin-01-branding-contrast-warning");

      setText(form, "displayName", "Demo Org Training");
      setText(form, "primaryColor", "#0b3d2e");
      setText(form, "primaryTextColor", "#ffffff");
      browser.waitUntilGone(By.cssSelector("#contrast .notice"));
      form.findElement(By.id("save-branding")).click();
      browser.waitForText(By.cssSelector("#branding-form .notice"), "Saved");
      assertEquals(rgb("#0b3d2e"), backgroundOf("brand-bar"), "the portal wears the new look");
      browser.waitForText(By.id("brand-name"), "Demo Org Training");
      browser.screenshot("admin-02-branding-saved");
      as("admin@demo.test")
          .get(base + ORG + "/branding")
          .then()
          .body("primaryColor", equalToIgnoringCase("#0b3d2e"))
          .body("displayName", equalTo("Demo Org Training"));

      browser.go(portal("demo-org") + "#/members");
      browser.waitForText(By.id("members"), "manager@demo.test");
      browser.screenshot("admin-03-members");
    } finally {
      as("admin@demo.test").body(before).put(base + ORG + "/branding").then().statusCode(200);
    }
  }

  void setText(org.openqa.selenium.WebElement form, String name, String value) {
    var input = form.findElement(By.cssSelector("input[name=" + name + "]:not([type=color])"));
    input.clear();
    input.sendKeys(value);
  }
}
