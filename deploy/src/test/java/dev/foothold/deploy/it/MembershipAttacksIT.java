package dev.foothold.deploy.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, from the attacker's side: membership, invitations, seats and the gate's memory. Every
 * test performs an attack through HTTP on the real stack (Keycloak users changed through its admin
 * API, as a person changing their own account would) and expects the refusal.
 */
@SystemTest
class MembershipAttacksIT extends AgainstFoothold {

  static final String OPERATOR = "operator@foothold.test";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.foothold();
  }

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  // ---- finding 3: invitations and unverified email ----

  @Test
  void anUnverifiedEmailDoesNotClaimAPendingAdminInvitation() {
    var org = newTenant("ORGANISATION", null);
    var boss = "boss" + tag() + "@attacks.test";
    as(org.runner())
        .body(Map.of("email", boss, "role", "admin"))
        .post(base + org.path() + "/invitations")
        .then()
        .statusCode(202);

    // Mallory is in the organisation (as staff would be) but has not arrived at Foothold yet; she
    // types the pending admin's address into her account, unverified, and signs in.
    var mallory = "mallory" + tag() + "@attacks.test";
    var id = stack.keycloakAdmin().createUser(mallory);
    joinOrganisation(org.slug(), id);
    changeEmail(id, mallory, boss, false, "Mal", "Lory");
    var token = stack.token(mallory);

    given().auth().oauth2(token).get(base + org.path()).then().statusCode(200);
    given()
        .auth()
        .oauth2(token)
        .get(base + org.path() + "/members")
        .then()
        .statusCode(403); // an admin could list them
    as(org.runner())
        .get(base + org.path() + "/members")
        .then()
        .statusCode(200)
        .body("find { it.subject == '" + id + "' }.role", equalTo("staff"))
        .body("find { it.subject == '" + id + "' }.email", not(equalTo(boss)));
    as(org.runner())
        .get(base + org.path() + "/invitations")
        .then()
        .body("find { it.email == '" + boss + "' }.role", equalTo("admin"));
  }

  @Test
  void anAdminCannotQuietlyReplaceAPendingOwnerInvitationWithALowerRole() {
    var coaching = newTenant("COACHING_BUSINESS", null);
    var admin = newcomerIn(coaching.slug(), "admin");
    as(coaching.runner())
        .body(Map.of("role", "admin"))
        .put(base + coaching.path() + "/members/" + admin.subject() + "/role")
        .then()
        .statusCode(200);
    var partner = "partner" + tag() + "@attacks.test";
    stack.keycloakAdmin().createUser(partner); // the future co-owner has an account already
    as(coaching.runner())
        .body(Map.of("email", partner, "role", "owner"))
        .post(base + coaching.path() + "/invitations")
        .then()
        .statusCode(202);

    for (var endpoint : List.of("/invitations", "/members")) {
      as(admin.email())
          .body(Map.of("email", partner, "role", "client"))
          .post(base + coaching.path() + endpoint)
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:foothold:problem:role-required"));
    }
    as(coaching.runner())
        .get(base + coaching.path() + "/invitations")
        .then()
        .body("find { it.email == '" + partner + "' }.role", equalTo("owner"));
  }

  @Test
  void anUnverifiedEmailDoesNotOverwriteTheRecordedOneNorReceiveReminders() {
    var coaching = newTenant("COACHING_BUSINESS", null);
    var carol = newcomerIn(coaching.slug(), "carol");
    var victim = "victim" + tag() + "@attacks.test";
    var id = carol.subject();
    changeEmail(id, carol.email(), victim, false, "Carol", "Client");
    forgetEverythingCached(coaching);
    given()
        .auth()
        .oauth2(stack.token(carol.email()))
        .get(base + coaching.path())
        .then()
        .statusCode(200);
    as(coaching.runner())
        .get(base + coaching.path() + "/members")
        .then()
        .body("find { it.subject == '" + id + "' }.email", equalTo(carol.email()));
  }

  // ---- finding 8: no realm-wide lookup, no adding without consent ----

  @Test
  void addingByEmailInvitesAndNeverTellsWhetherAnAccountExists() throws Exception {
    var coaching = newTenant("COACHING_BUSINESS", null);
    var known = "known" + tag() + "@attacks.test";
    var knownId = stack.keycloakAdmin().createUser(known);
    var unknown = "nobody" + tag() + "@attacks.test";

    var forKnown = addByEmail(coaching, known);
    var forUnknown = addByEmail(coaching, unknown);
    assertEquals(forUnknown.statusCode(), forKnown.statusCode(), "the same status");
    assertEquals(202, forKnown.statusCode(), forKnown.asString());
    assertEquals(
        forUnknown.jsonPath().getMap("").keySet(),
        forKnown.jsonPath().getMap("").keySet(),
        "the same shape");
    assertNull(forKnown.jsonPath().get("subject"), "no account id");
    assertEquals(known, forKnown.jsonPath().get("email"));

    // nobody was added without accepting
    assertFalse(
        stack.keycloakAdmin().memberEmails(organisationId(coaching.slug())).contains(known),
        "not put into the Keycloak organisation");
    as(coaching.runner())
        .get(base + coaching.path() + "/members")
        .then()
        .body("email", not(hasItem(known)));
    given().auth().oauth2(stack.token(known)).get(base + coaching.path()).then().statusCode(403);
    as(coaching.runner())
        .get(base + coaching.path() + "/invitations")
        .then()
        .body("email", hasItem(known))
        .body("email", hasItem(unknown));
    // both got Keycloak's invitation email
    assertTrue(Invitations.link(stack.mail(), known).startsWith("http"));
    assertTrue(Invitations.link(stack.mail(), unknown).startsWith("http"));

    // asking again answers the same for both, too
    assertEquals(
        addByEmail(coaching, unknown).statusCode(), addByEmail(coaching, known).statusCode());
    // an invited person with an account accepts (Keycloak adds them), then arrives as a client
    joinOrganisation(coaching.slug(), knownId);
    given().auth().oauth2(stack.token(known)).get(base + coaching.path()).then().statusCode(200);
  }

  // ---- finding 4: seats come from an operator, and hold under concurrency ----

  @Test
  void anOrganisationCannotSetItsOwnSeats() {
    var org = newTenant("ORGANISATION", 3);
    as(org.runner())
        .body("{\"trialDays\":7,\"pricePerMonth\":40.00,\"currency\":\"USD\",\"seats\":100000}")
        .put(base + org.path() + "/plan")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:foothold:problem:seats-by-operator"));
    as(org.runner())
        .body("{\"trialDays\":9,\"pricePerMonth\":40.00,\"currency\":\"USD\"}")
        .put(base + org.path() + "/plan")
        .then()
        .statusCode(200)
        .body("trialDays", equalTo(9))
        .body("seats", equalTo(3)); // leaving seats out is not "unlimited"
    as(org.runner())
        .body("{\"trialDays\":7,\"pricePerMonth\":40.00,\"currency\":\"USD\",\"seats\":null}")
        .put(base + org.path() + "/plan")
        .then()
        .statusCode(200)
        .body("seats", equalTo(3));
    as(org.runner())
        .body("{\"seats\":50}")
        .put(base + "/api/v1/tenants/" + org.slug() + "/seats")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");

    as(OPERATOR)
        .body("{\"seats\":5}")
        .put(base + "/api/v1/tenants/" + org.slug() + "/seats")
        .then()
        .statusCode(200)
        .body("plan.seats", equalTo(5));
    as(org.runner()).get(base + org.path() + "/plan").then().body("seats", equalTo(5));
  }

  @Test
  void eightArrivalsAtOnceTakeOnlyTheOneFreeSeat() throws Exception {
    var org = newTenant("ORGANISATION", 1);
    var tokens = new ArrayList<String>();
    for (int i = 0; i < 8; i++) {
      var email = "rush" + i + "-" + tag() + "@attacks.test";
      joinOrganisation(org.slug(), stack.keycloakAdmin().createUser(email));
      tokens.add(stack.token(email));
    }
    var statuses = all(tokens.stream().map(t -> call("GET", org.path(), t, null)).toList());
    assertEquals(1, Collections.frequency(statuses, 200), "admitted: " + statuses);
    assertEquals(7, Collections.frequency(statuses, 409), "refused, no seat left: " + statuses);
    var staff =
        as(org.runner())
            .get(base + org.path() + "/members")
            .then()
            .extract()
            .jsonPath()
            .getList("findAll { it.role == 'staff' }")
            .size();
    assertEquals(1, staff, "one seat, one staff member");
  }

  @Test
  void twoOwnersRemovingEachOtherAtOnceLeaveOneOwner() throws Exception {
    var coaching = newTenant("COACHING_BUSINESS", null);
    var ann = new Newcomer(coaching.runner(), coaching.runnerSubject()); // the only other owner
    var bob = person("bob");
    for (int round = 0; round < 4; round++) {
      appoint(coaching, ann.email()); // back if she was removed in the round before
      appoint(coaching, bob.email());
      var annToken = stack.token(ann.email());
      var bobToken = stack.token(bob.email());
      var statuses =
          all(
              List.of(
                  call("DELETE", coaching.path() + "/members/" + bob.subject(), annToken, null),
                  call("DELETE", coaching.path() + "/members/" + ann.subject(), bobToken, null)));
      assertEquals(1, Collections.frequency(statuses, 204), "one removal only: " + statuses);
      int owners = 0;
      for (var token : List.of(annToken, bobToken)) {
        var members =
            given().auth().oauth2(token).get(base + coaching.path() + "/members").then().extract();
        if (members.statusCode() == 200) {
          owners += members.jsonPath().getList("findAll { it.role == 'owner' }").size();
        }
      }
      assertEquals(1, owners, "round " + round + ": one owner remains and sees it: " + statuses);
    }
  }

  // ---- finding 12: the gate's memory never outlives a removal or demotion ----

  @Test
  void noRequestSucceedsOnceTheDemotionOrRemovalHasAnswered() throws Exception {
    var coaching = newTenant("COACHING_BUSINESS", null);
    var churn = newTenant("COACHING_BUSINESS", null); // another tenant's plan changes meanwhile
    var sam = newcomerIn(coaching.slug(), "sam");
    var token = stack.token(sam.email());
    var failures = new ArrayList<String>();
    for (int round = 0; round < 8; round++) {
      as(coaching.runner())
          .body(Map.of("role", "coach"))
          .put(base + coaching.path() + "/members/" + sam.subject() + "/role")
          .then()
          .statusCode(200);
      failures.addAll(
          staleAfter(
              "demotion " + round,
              token,
              coaching.path() + "/team/climbs",
              churn,
              () ->
                  as(coaching.runner())
                      .body(Map.of("role", "client"))
                      .put(base + coaching.path() + "/members/" + sam.subject() + "/role")
                      .then()
                      .statusCode(200)));
    }
    failures.addAll(
        staleAfter(
            "removal",
            token,
            coaching.path(),
            churn,
            () ->
                as(coaching.runner())
                    .delete(base + coaching.path() + "/members/" + sam.subject())
                    .then()
                    .statusCode(204)));
    assertEquals(List.of(), failures, "requests that succeeded after the change had answered");
  }

  /**
   * Reads {@code path} as the member from 12 threads while another tenant's plan keeps changing
   * (which makes the gate reload), runs {@code change}, and lists the reads that started after it
   * answered and still succeeded.
   */
  List<String> staleAfter(String what, String token, String path, Tenant churn, Runnable change)
      throws Exception {
    var pool = Executors.newFixedThreadPool(14);
    var stop = new AtomicBoolean();
    var churning = new AtomicBoolean(true);
    var reads = Collections.synchronizedList(new ArrayList<long[]>());
    var churnToken = stack.token(churn.runner());
    try {
      for (int i = 0; i < 2; i++) {
        pool.submit(
            () -> {
              while (churning.get()) {
                call(
                        "PUT",
                        churn.path() + "/plan",
                        churnToken,
                        "{\"trialDays\":7,\"pricePerMonth\":40.00,\"currency\":\"USD\"}")
                    .call();
              }
              return null;
            });
      }
      for (int i = 0; i < 12; i++) {
        pool.submit(
            () -> {
              while (!stop.get()) {
                long started = System.nanoTime();
                int status = call("GET", path, token, null).call();
                reads.add(new long[] {started, status});
              }
              return null;
            });
      }
      Thread.sleep(400);
      change.run();
      long answered = System.nanoTime();
      churning.set(false);
      Thread.sleep(1500);
      stop.set(true);
      pool.shutdown();
      assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
      var stale = new ArrayList<String>();
      int before = 0;
      synchronized (reads) {
        for (var r : reads) {
          if (r[0] > answered && r[1] == 200) {
            stale.add(what + ": 200 " + (r[0] - answered) / 1_000_000 + " ms after");
          }
          if (r[0] < answered && r[1] == 200) {
            before++;
          }
        }
      }
      assertTrue(before > 0, what + ": the member read successfully before the change");
      return stale;
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- finding 14 (part): managers arrange groups without everyone's email addresses ----

  @Test
  void managersSeeGroupMembersNamesButNotTheirEmails() {
    var org = newTenant("ORGANISATION", null);
    var manager = newcomerIn(org.slug(), "manager");
    as(org.runner())
        .body(Map.of("role", "manager"))
        .put(base + org.path() + "/members/" + manager.subject() + "/role")
        .then()
        .statusCode(200);
    var staff = newcomerIn(org.slug(), "staff");
    as(manager.email()).put(base + org.path() + "/groups/Nightshift").then().statusCode(201);
    as(manager.email())
        .put(base + org.path() + "/groups/Nightshift/members/" + staff.subject())
        .then()
        .statusCode(204);

    var seen =
        as(manager.email())
            .get(base + org.path() + "/groups")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(List.of(staff.subject()), seen.getList("[0].members.subject"));
    assertEquals("Test Person", seen.get("[0].members[0].displayName"), "names, to arrange people");
    assertNull(seen.get("[0].members[0].email"), "no email address for a manager");
    assertFalse(
        as(manager.email()).get(base + org.path() + "/groups").asString().contains("@attacks.test"),
        "no address anywhere in the answer");
    as(org.runner())
        .get(base + org.path() + "/groups")
        .then()
        .body("[0].members[0].email", equalTo(staff.email())); // the admin still sees it
  }

  // ---- helpers ----

  record Tenant(String slug, String runner, String runnerSubject) {
    String path() {
      return "/api/v1/t/" + slug;
    }
  }

  /** A new tenant made by the operator, run by a new person the operator appoints. */
  Tenant newTenant(String kind, Integer seats) {
    var slug = "atk-" + tag();
    var plan =
        Json.createObjectBuilder()
            .add("trialDays", 7)
            .add("pricePerMonth", 40)
            .add("currency", "USD");
    if (seats != null) {
      plan.add("seats", seats);
    }
    as(OPERATOR)
        .body(
            Json.createObjectBuilder()
                .add("slug", slug)
                .add("kind", kind)
                .add("displayName", "Attacks " + slug)
                .add("plan", plan)
                .build()
                .toString())
        .post(base + "/api/v1/tenants")
        .then()
        .statusCode(201);
    var runner = person("runner");
    appoint(new Tenant(slug, null, null), runner.email());
    return new Tenant(slug, runner.email(), runner.subject());
  }

  void appoint(Tenant tenant, String email) {
    as(OPERATOR)
        .body(Map.of("email", email))
        .post(base + "/api/v1/tenants/" + tenant.slug() + "/admins")
        .then()
        .statusCode(201);
  }

  /** A new Keycloak user with a verified email, in no organisation. */
  Newcomer person(String name) {
    var email = name + tag() + "@attacks.test";
    return new Newcomer(email, stack.keycloakAdmin().createUser(email));
  }

  /** A new person put into the tenant's organisation who arrives (a client, or staff). */
  Newcomer newcomerIn(String slug, String name) {
    var p = person(name);
    joinOrganisation(slug, p.subject());
    as(p.email()).get(base + "/api/v1/t/" + slug).then().statusCode(200);
    return p;
  }

  void joinOrganisation(String slug, String userId) {
    stack
        .keycloakAdmin()
        .post("/organizations/" + organisationId(slug) + "/members", "\"" + userId + "\"");
  }

  String organisationId(String slug) {
    return (String) stack.keycloakAdmin().organization(slug).orElseThrow().get("id");
  }

  /** What a person does in their own account: a new email address, not (yet) verified. */
  void changeEmail(
      String id, String username, String email, boolean verified, String first, String last) {
    stack
        .keycloakAdmin()
        .put(
            "/users/" + id,
            Json.createObjectBuilder()
                .add("username", username)
                .add("email", email)
                .add("emailVerified", verified)
                .add("firstName", first)
                .add("lastName", last)
                .add("enabled", true)
                .build()
                .toString());
  }

  /** The tenant's runner saves the plan unchanged: every cached entry is reloaded next time. */
  void forgetEverythingCached(Tenant tenant) {
    as(tenant.runner())
        .body("{\"trialDays\":7,\"pricePerMonth\":40.00,\"currency\":\"USD\"}")
        .put(base + tenant.path() + "/plan")
        .then()
        .statusCode(200);
  }

  io.restassured.response.Response addByEmail(Tenant tenant, String email) {
    return as(tenant.runner())
        .body(Map.of("email", email, "role", "client"))
        .post(base + tenant.path() + "/members");
  }

  Callable<Integer> call(String method, String path, String token, String json) {
    return () -> {
      var request =
          HttpRequest.newBuilder(URI.create(base + path))
              .timeout(Duration.ofSeconds(60))
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/json")
              .method(
                  method,
                  json == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(json));
      return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    };
  }

  /** Runs every call at the same moment and returns their statuses, in order. */
  static List<Integer> all(List<Callable<Integer>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      var start = new CountDownLatch(1);
      var futures = new ArrayList<Future<Integer>>();
      for (var c : calls) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return c.call();
                }));
      }
      start.countDown();
      var statuses = new ArrayList<Integer>();
      for (var f : futures) {
        statuses.add(f.get(120, TimeUnit.SECONDS));
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  static String tag() {
    return Long.toString(System.nanoTime() % 100_000_000L, 36);
  }
}
