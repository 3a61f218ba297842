package dev.foothold.deploy.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The subscription gate on the real stack: a client's trial to the second by the platform's clock,
 * payment through signed Stripe webhooks, grace after a failed payment, and the webhook's defences.
 */
@SystemTest
class SubscriptionGateIT extends AgainstFoothold {

  static final String TENANT = "demo-coaching";
  static final String COACHING = "/api/v1/t/" + TENANT;

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.foothold();
  }

  @AfterEach
  void clockBack() {
    clockAhead(Duration.ZERO);
  }

  record Client(String email, String subject, String token) {}

  /** A new person, added to the coaching business as a client now: their trial starts. */
  Client newClient(String prefix) {
    var email = prefix + System.nanoTime() % 100_000_000 + "@demo.test";
    var subject = stack.keycloakAdmin().createUser(email);
    arrives("demo-coaching", subject, email);
    return new Client(email, subject, stack.token(email));
  }

  io.restassured.specification.RequestSpecification as(Client c) {
    return given().auth().oauth2(c.token()).contentType("application/json");
  }

  /** Moves the platform clock so that it reads {@code target} (or the second before/after). */
  void clockTo(Instant target, boolean atLeast) {
    var operator = as("operator@foothold.test"); // the token first: fetching it takes time
    long ms = Duration.between(Instant.now(), target).toMillis();
    long seconds = atLeast ? Math.floorDiv(ms + 999, 1000) : Math.floorDiv(ms, 1000);
    operator
        .body(java.util.Map.of("offsetSeconds", seconds))
        .put(base + "/api/v1/clock")
        .then()
        .statusCode(200);
  }

  Instant trialEnd(Client c) {
    return Instant.parse(
        as(c).get(base + COACHING + "/me/subscription").then().extract().path("trialEndsAt"));
  }

  Instant now(Client c) {
    return Webhooks.platformNow(base, c.token());
  }

  String state(Client c) {
    return as(c)
        .get(base + COACHING + "/me/subscription")
        .then()
        .statusCode(200)
        .extract()
        .path("state");
  }

  void climbsAnswer(Client c, int status) {
    as(c).get(base + COACHING + "/climbs").then().log().ifValidationFails().statusCode(status);
  }

  @Test
  void aClientsTrialThenPaymentGraceAndPaymentAgain() {
    var ana = newClient("trial");
    as(ana)
        .get(base + COACHING + "/me/subscription")
        .then()
        .statusCode(200)
        .body("state", equalTo("trialing"))
        .body("trialDaysLeft", equalTo(7))
        .body("access", equalTo("allow"))
        .body("plan.pricePerMonth", equalTo(40.0f))
        .body("plan.trialDays", equalTo(7));
    var ends = trialEnd(ana);
    // during her trial she writes down a past success: her own evidence
    as(ana)
        .body(
            """
            {"lifeDomain":"PROFESSIONAL","skill":"Public speaking","title":"The budget talk",
             "whatMadeItHard":"The room was full","whatIDid":"Gave the budget talk to forty people",
             "whatIOvercame":"A dry mouth","whatISawAndFelt":"Nods at the end",
             "whatItShows":"I can explain numbers to a crowd","effort":7,
             "attribution":"OWN_EFFORT_AND_SKILL"}
            """)
        .post(base + COACHING + "/me/evidence/recalled")
        .then()
        .statusCode(201);

    // day 0: allowed, and once the gate has seen her, a gated request asks the database nothing
    climbsAnswer(ana, 200);
    for (int i = 0; i < 3; i++) {
      as(ana)
          .get(base + COACHING + "/climbs")
          .then()
          .statusCode(200)
          .header("Foothold-Tenancy-Statements", equalTo("0"));
    }

    // 7 days minus 1 second: still allowed
    clockTo(ends.minusSeconds(1), false);
    assertTrue(now(ana).isBefore(ends));
    climbsAnswer(ana, 200);

    // 7 days: denied with 402 problem+json, while her own pages still answer
    clockTo(ends, true);
    assertTrue(!now(ana).isBefore(ends));
    as(ana)
        .get(base + COACHING + "/climbs")
        .then()
        .statusCode(402)
        .contentType("application/problem+json")
        .body("type", endsWith("payment-required"))
        .body("status", equalTo(402))
        .body("reason", containsString("trial ended"))
        .body("upgradeLink", equalTo(COACHING + "/me/subscription/checkout"));
    as(ana).get(base + COACHING + "/ladders").then().statusCode(402);
    // other people's examples belong to the ladders, not to her own evidence
    as(ana).get(base + COACHING + "/climbs/any/peer-examples").then().statusCode(402);
    as(ana).get(base + "/api/v1/me").then().statusCode(200);
    // her evidence is never held hostage: she reads, verifies and exports it in every format
    as(ana)
        .get(base + COACHING + "/me/evidence")
        .then()
        .statusCode(200)
        .body("[0].debrief.whatIDid", equalTo("Gave the budget talk to forty people"));
    as(ana)
        .get(base + COACHING + "/me/evidence/verify")
        .then()
        .statusCode(200)
        .body("valid", equalTo(true));
    as(ana)
        .get(base + COACHING + "/me/evidence/export?format=json")
        .then()
        .statusCode(200)
        .body("entries[0].debrief.whatIDid", equalTo("Gave the budget talk to forty people"));
    for (var format : List.of("csv", "html")) {
      var exported =
          as(ana)
              .get(base + COACHING + "/me/evidence/export?format=" + format)
              .then()
              .statusCode(200)
              .extract()
              .asString();
      assertTrue(exported.contains("Gave the budget talk to forty people"), format);
    }
    as(ana)
        .get(base + COACHING + "/me/subscription")
        .then()
        .statusCode(200)
        .body("state", equalTo("trial_ended"))
        .body("access", equalTo("deny"))
        .body("trialDaysLeft", nullValue());
    // coaches are never gated by a client's state
    as("coach@demo.test").get(base + COACHING + "/ladders").then().statusCode(200);
    // a second trial is refused
    as(ana)
        .post(base + COACHING + "/me/subscription/trial")
        .then()
        .statusCode(409)
        .body("type", endsWith("illegal-subscription-transition"));

    // checkout: the provider's link, for her, through the real HTTP client
    var url =
        as(ana)
            .post(base + COACHING + "/me/subscription/checkout")
            .then()
            .statusCode(200)
            .extract()
            .<String>path("url");
    assertTrue(url.startsWith("https://checkout.stripe.test/pay/"), url);
    var call = stack.stripe().calls().get(stack.stripe().calls().size() - 1);
    assertEquals("/v1/checkout/sessions", call.path());
    assertEquals(ana.subject(), call.form().get("subscription_data[metadata][holder]"));
    assertEquals(TENANT, call.form().get("subscription_data[metadata][tenant]"));

    // checkout completed → active → allowed again at once
    var t = now(ana);
    Webhooks.deliver(
            base,
            t.getEpochSecond(),
            Webhooks.event(
                Webhooks.newId(),
                "checkout.session.completed",
                t,
                Webhooks.checkoutCompleted(TENANT, ana.subject())))
        .then()
        .statusCode(200)
        .body("outcome", equalTo("applied"));
    assertEquals("active", state(ana));
    climbsAnswer(ana, 200);
    var periodEnd = t.plus(Duration.ofDays(30));
    Webhooks.deliver(
            base,
            t.getEpochSecond(),
            Webhooks.event(
                Webhooks.newId(),
                "customer.subscription.updated",
                t,
                Webhooks.subscription(TENANT, ana.subject(), "active", periodEnd)))
        .then()
        .statusCode(200);

    // payment failed → past due, allowed in grace (7 days)
    clockTo(t.plus(Duration.ofDays(30)), true);
    var failedAt = now(ana);
    Webhooks.deliver(
            base,
            failedAt.getEpochSecond(),
            Webhooks.event(
                Webhooks.newId(),
                "invoice.payment_failed",
                failedAt,
                Webhooks.invoice(TENANT, ana.subject(), periodEnd)))
        .then()
        .statusCode(200)
        .body("outcome", equalTo("applied"));
    as(ana)
        .get(base + COACHING + "/me/subscription")
        .then()
        .body("state", equalTo("past_due"))
        .body("access", equalTo("allow-in-grace"))
        .body("graceEndsAt", notNullValue());
    as(ana)
        .get(base + COACHING + "/climbs")
        .then()
        .statusCode(200)
        .header("Foothold-Entitlement", equalTo("allow-in-grace"));
    clockTo(failedAt.plus(Duration.ofDays(7)).minusSeconds(1), false);
    climbsAnswer(ana, 200);

    // grace over → denied
    clockTo(failedAt.plus(Duration.ofDays(7)).plusSeconds(1), true);
    as(ana)
        .get(base + COACHING + "/climbs")
        .then()
        .statusCode(402)
        .body("reason", containsString("grace period has ended"));
    as(ana).get(base + COACHING + "/me/subscription").then().statusCode(200);

    // paid → active → allowed
    var paidAt = now(ana);
    Webhooks.deliver(
            base,
            paidAt.getEpochSecond(),
            Webhooks.event(
                Webhooks.newId(),
                "invoice.paid",
                paidAt,
                Webhooks.invoice(TENANT, ana.subject(), paidAt.plus(Duration.ofDays(30)))))
        .then()
        .statusCode(200)
        .body("outcome", equalTo("applied"));
    as(ana)
        .get(base + COACHING + "/me/subscription")
        .then()
        .body("state", equalTo("active"))
        .body("access", equalTo("allow"))
        .body("graceEndsAt", nullValue());
    as(ana)
        .get(base + COACHING + "/climbs")
        .then()
        .statusCode(200)
        .header("Foothold-Entitlement", nullValue());

    // the owner sees her among the subscriptions, converted from a trial
    as("owner@demo.test")
        .get(base + COACHING + "/billing")
        .then()
        .statusCode(200)
        .body(
            "subscriptions.find { it.holder == '" + ana.subject() + "' }.state", equalTo("active"))
        .body("trialsConverted", not(equalTo(0)))
        .body("monthlyRecurringRevenue", notNullValue());
    as(ana).get(base + COACHING + "/billing").then().statusCode(403);

    // and the counts are metrics for platform operators, refreshed by each reminder round (this
    // test read them anonymously until issue 12: /metrics is for operators only now)
    var deadline = Instant.now().plusSeconds(20);
    String metrics = "";
    var operator = stack.token("operator@foothold.test");
    while (Instant.now().isBefore(deadline) && !metrics.contains("foothold_trials_converted")) {
      metrics = given().auth().oauth2(operator).get(base + "/metrics").then().extract().asString();
    }
    assertTrue(metrics.contains("foothold_trials_converted"), metrics);
    assertTrue(metrics.contains("foothold_monthly_recurring_revenue"), metrics);
    assertTrue(metrics.contains("tenant=\"" + TENANT + "\""), metrics);
  }

  @Test
  void forgedStaleReplayedOutOfOrderAndUnknownEvents() {
    var ben = newClient("webhook");
    var t = now(ben);
    var body =
        Webhooks.event(
            Webhooks.newId(),
            "checkout.session.completed",
            t,
            Webhooks.checkoutCompleted(TENANT, ben.subject()));

    // a forged signature: another secret (even the dev default), a tampered body, none at all
    for (var secret : List.of("whsec_attacker", "whsec_foothold_dev")) {
      Webhooks.post(
              base,
              "t=" + t.getEpochSecond() + ",v1=" + Webhooks.sign(secret, t.getEpochSecond(), body),
              body)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("type", endsWith("bad-signature"));
    }
    var signed =
        "t="
            + t.getEpochSecond()
            + ",v1="
            + Webhooks.sign(Webhooks.SECRET, t.getEpochSecond(), body);
    Webhooks.post(base, signed, body.replace("\"paid\"", "\"paid\" ")).then().statusCode(400);
    Webhooks.post(base, null, body).then().statusCode(400);
    // a stale timestamp: correctly signed, 301 s old
    long stale = t.getEpochSecond() - 301;
    Webhooks.post(base, "t=" + stale + ",v1=" + Webhooks.sign(Webhooks.SECRET, stale, body), body)
        .then()
        .statusCode(400)
        .body("type", endsWith("bad-signature"));
    assertEquals("trialing", state(ben), "no refused delivery changed anything");

    // the previous secret still works while it is configured (rotation); any v1 may match
    Webhooks.post(
            base,
            "t="
                + t.getEpochSecond()
                + ",v1="
                + "ab".repeat(32)
                + ",v1="
                + Webhooks.sign(Webhooks.PREVIOUS, t.getEpochSecond(), body),
            body)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("applied"));
    assertEquals("active", state(ben));

    // the same event many times: applied once
    var failedId = Webhooks.newId();
    var failed =
        Webhooks.event(
            failedId,
            "invoice.payment_failed",
            t.plusSeconds(10),
            Webhooks.invoice(TENANT, ben.subject(), t.plus(Duration.ofDays(30))));
    Webhooks.deliver(base, t.getEpochSecond(), failed).then().body("outcome", equalTo("applied"));
    var paid =
        Webhooks.event(
            Webhooks.newId(),
            "invoice.paid",
            t.plusSeconds(20),
            Webhooks.invoice(TENANT, ben.subject(), t.plus(Duration.ofDays(30))));
    Webhooks.deliver(base, t.getEpochSecond(), paid).then().body("outcome", equalTo("applied"));
    for (int i = 0; i < 10; i++) {
      Webhooks.deliver(base, now(ben).getEpochSecond(), failed)
          .then()
          .statusCode(200)
          .body("outcome", equalTo("duplicate"));
    }
    assertEquals("active", state(ben), "a replayed failure did not undo the payment");

    // out of order: a cancellation, then an older update arrives late
    var canceled =
        Webhooks.event(
            Webhooks.newId(),
            "customer.subscription.deleted",
            t.plusSeconds(40),
            Webhooks.subscription(TENANT, ben.subject(), "canceled", t.plus(Duration.ofDays(30))));
    var olderPastDue =
        Webhooks.event(
            Webhooks.newId(),
            "customer.subscription.updated",
            t.plusSeconds(30),
            Webhooks.subscription(TENANT, ben.subject(), "past_due", t.plus(Duration.ofDays(30))));
    Webhooks.deliver(base, t.getEpochSecond(), canceled).then().body("outcome", equalTo("applied"));
    Webhooks.deliver(base, t.getEpochSecond(), olderPastDue)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("stale"));
    assertEquals("canceled", state(ben));
    // cancelled keeps access to the end of the paid period, then not
    climbsAnswer(ben, 200);
    clockTo(t.plus(Duration.ofDays(30)).plusSeconds(1), true);
    climbsAnswer(ben, 402);
    clockAhead(Duration.ZERO);

    // an illegal change is recorded and refused
    var expired =
        Webhooks.event(
            Webhooks.newId(),
            "customer.subscription.updated",
            t.plusSeconds(50),
            Webhooks.subscription(
                TENANT, ben.subject(), "incomplete_expired", t.plus(Duration.ofDays(30))));
    Webhooks.deliver(base, t.getEpochSecond(), expired)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("refused"));
    assertEquals("canceled", state(ben));

    // the same event delivered eight times at once: applied exactly once
    var renewed =
        Webhooks.event(
            Webhooks.newId(),
            "invoice.paid",
            t.plusSeconds(60),
            Webhooks.invoice(TENANT, ben.subject(), t.plus(Duration.ofDays(60))));
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      var outcomes =
          pool
              .invokeAll(
                  java.util.Collections.nCopies(
                      8,
                      () ->
                          Webhooks.deliver(base, t.getEpochSecond(), renewed)
                              .then()
                              .statusCode(200)
                              .extract()
                              .<String>path("outcome")))
              .stream()
              .map(
                  f -> {
                    try {
                      return f.get();
                    } catch (Exception e) {
                      throw new AssertionError(e);
                    }
                  })
              .toList();
      assertEquals(1, outcomes.stream().filter("applied"::equals).count(), outcomes.toString());
      assertEquals(7, outcomes.stream().filter("duplicate"::equals).count(), outcomes.toString());
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    } finally {
      pool.shutdownNow();
    }
    assertEquals("active", state(ben));

    // unknown types, and events about nobody Foothold knows, are acknowledged and ignored
    Webhooks.deliver(
            base,
            t.getEpochSecond(),
            Webhooks.event(Webhooks.newId(), "customer.tax_id.created", t, "{\"id\":\"txi_1\"}"))
        .then()
        .statusCode(200)
        .body("outcome", equalTo("ignored"));
    Webhooks.deliver(
            base,
            t.getEpochSecond(),
            Webhooks.event(
                Webhooks.newId(),
                "invoice.paid",
                t,
                Webhooks.invoice("no-such-tenant", "nobody", t.plus(Duration.ofDays(30)))))
        .then()
        .statusCode(200)
        .body("outcome", equalTo("ignored"));
    // not an event at all, correctly signed
    Webhooks.deliver(base, t.getEpochSecond(), "[1,2,3]").then().statusCode(400);
  }

  @Test
  void oneTrialPerPersonEvenAfterLeavingAndRejoining() {
    var cleo = newClient("rejoin");
    var ends = trialEnd(cleo);
    as("owner@demo.test")
        .delete(base + COACHING + "/members/" + cleo.subject())
        .then()
        .statusCode(204);
    clockAhead(Duration.ofDays(2));
    as("owner@demo.test")
        .body("{\"email\":\"" + cleo.email() + "\",\"role\":\"client\"}")
        .post(base + COACHING + "/members")
        .then()
        .statusCode(202); // invited again; she accepts (Keycloak puts her back) and arrives
    arrives("demo-coaching", cleo.subject(), cleo.email());
    var again = new Client(cleo.email(), cleo.subject(), stack.token(cleo.email()));
    assertEquals(ends, trialEnd(again), "rejoining does not restart the trial");
    as(again).get(base + COACHING + "/me/subscription").then().body("trialDaysLeft", equalTo(5));
  }

  @Test
  void aSecondAccountWithTheSameVerifiedEmailSharesTheFirstTrial() {
    var first = newClient("again");
    var ends = trialEnd(first);
    // the person deletes their account and signs up again a day later, with the same email
    stack.keycloakAdmin().delete("/users/" + first.subject());
    clockAhead(Duration.ofDays(1));
    var second = stack.keycloakAdmin().createUser(first.email());
    arrives("demo-coaching", second, first.email());
    var again = new Client(first.email(), second, stack.token(first.email()));
    assertEquals(ends, trialEnd(again), "a second account does not start a second trial");
    as(again).get(base + COACHING + "/me/subscription").then().body("trialDaysLeft", equalTo(6));
  }

  @Test
  void remindersThreeDaysBeforeTheEndAndAtTheEndOnceEach() throws Exception {
    var dora = newClient("remind");
    var ends = trialEnd(dora);
    clockTo(ends.minus(Duration.ofDays(3)), true); // day 4 of 7
    var soon = awaitMail(dora.email(), "ends in 3 days");
    assertTrue(soon.contains("evidence"), soon);
    clockTo(ends, true);
    awaitMail(dora.email(), "has ended");
    Thread.sleep(6_000); // three more reminder rounds
    assertEquals(1, mails(dora.email(), "ends in 3 days"));
    assertEquals(1, mails(dora.email(), "has ended"));
    as(dora).get(base + COACHING + "/me/subscription").then().body("state", equalTo("trial_ended"));
  }

  @Test
  void anOrganisationCannotAssignMoreStaffThanItsSeats() {
    var org = "/api/v1/t/demo-org";
    as("staff1@demo.test").get(base + org + "/climbs").then().statusCode(200); // arrived
    var staff =
        as("admin@demo.test")
            .get(base + org + "/members")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("findAll { it.role == 'staff' }")
            .size();
    // seats are set by a platform operator, never by the organisation (issue 12, finding 4)
    as("operator@foothold.test")
        .body("{\"seats\":%d}".formatted(staff))
        .put(base + "/api/v1/tenants/demo-org/seats")
        .then()
        .statusCode(200)
        .body("plan.seats", equalTo(staff))
        .body("plan.graceDays", equalTo(7))
        .body("plan.trialStart", equalTo("on-join"));
    try {
      var email = "seat" + System.nanoTime() % 100_000_000 + "@demo.test";
      stack.keycloakAdmin().createUser(email);
      as("admin@demo.test")
          .body("{\"email\":\"" + email + "\",\"role\":\"staff\"}")
          .post(base + org + "/members")
          .then()
          .statusCode(409)
          .body("type", endsWith("no-seat-left"))
          .body("detail", not(emptyOrNullString()));
      // staff are covered by their seats: never gated
      as("staff1@demo.test").get(base + org + "/climbs").then().statusCode(200);
    } finally {
      as("operator@foothold.test")
          .body("{\"seats\":null}")
          .put(base + "/api/v1/tenants/demo-org/seats")
          .then()
          .statusCode(200);
    }
  }

  String awaitMail(String to, String subject) throws Exception {
    var deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      for (var m : stack.mail().getReceivedMessages()) {
        if (isFor(m, to) && m.getSubject().contains(subject)) {
          return String.valueOf(m.getContent());
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("No email '" + subject + "' reached " + to + " within 30 s");
  }

  long mails(String to, String subject) throws MessagingException {
    long n = 0;
    for (var m : stack.mail().getReceivedMessages()) {
      if (isFor(m, to) && m.getSubject().contains(subject)) {
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
}
