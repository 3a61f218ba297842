package dev.foothold.deploy.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foothold.deploy.stack.EmbeddedDatabase;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Members and roles per tenant, invitations by email, and isolation: no tenant's member sees or
 * touches another tenant's data, through the API or, with the ORM bypassed, in the database.
 */
@SystemTest
class MembersIT extends AgainstFoothold {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.foothold();
  }

  @Test
  void ownersManageTheirTenantsMembersOnly() {
    as("owner@demo.test")
        .get(base + "/api/v1/t/demo-coaching/members")
        .then()
        .statusCode(200)
        .body("find { it.email == 'owner@demo.test' }.role", equalTo("owner"));
    as("owner@demo.test").get(base + "/api/v1/t/demo-org/members").then().statusCode(403);
    as("manager@demo.test").get(base + "/api/v1/t/demo-coaching/members").then().statusCode(403);
  }

  @Test
  void anInvitedPersonRegistersFromTheEmailAndJoinsInTheInvitedRole() throws Exception {
    var email = "invited" + System.nanoTime() % 1000000 + "@demo.test";
    as("owner@demo.test")
        .body(
            "{\"email\":\""
                + email
                + "\",\"role\":\"coach\",\"firstName\":\"Ivy\",\"lastName\":\"Invited\"}")
        .post(base + "/api/v1/t/demo-coaching/invitations")
        .then()
        .statusCode(202)
        .body("role", equalTo("coach"));
    as("owner@demo.test")
        .get(base + "/api/v1/t/demo-coaching/invitations")
        .then()
        .body("email", hasItem(email));

    var link = Invitations.link(stack.mail(), email);
    var status = Invitations.register(link, email, "foothold-demo");
    assertTrue(status == 302 || status == 200, "Keycloak accepted the registration: " + status);

    as(email).get(base + "/api/v1/t/demo-coaching").then().statusCode(200);
    as("owner@demo.test")
        .get(base + "/api/v1/t/demo-coaching/members")
        .then()
        .body("find { it.email == '" + email + "' }.role", equalTo("coach"));
    as("owner@demo.test")
        .get(base + "/api/v1/t/demo-coaching/invitations")
        .then()
        .body("email", not(hasItem(email)));
  }

  @Test
  void anAddedMemberCanBeGivenAnotherRoleAndRemovedWithImmediateEffect() {
    var email = "added" + System.nanoTime() % 1000000 + "@demo.test";
    var subject = stack.keycloakAdmin().createUser(email);
    arrives("demo-coaching", subject, email); // a client: nobody is added without accepting
    as("owner@demo.test")
        .get(base + "/api/v1/t/demo-coaching/members")
        .then()
        .body("find { it.subject == '" + subject + "' }.role", equalTo("client"));
    as("owner@demo.test")
        .body("{\"email\":\"" + email + "\",\"role\":\"client\"}")
        .post(base + "/api/v1/t/demo-coaching/members")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:foothold:problem:member-exists"));

    var token = stack.token(email); // taken while a member: it names the organisation
    given().auth().oauth2(token).get(base + "/api/v1/t/demo-coaching").then().statusCode(200);

    as("owner@demo.test")
        .body("{\"role\":\"coach\"}")
        .put(base + "/api/v1/t/demo-coaching/members/" + subject + "/role")
        .then()
        .statusCode(200)
        .body("role", equalTo("coach"));
    as("owner@demo.test")
        .body("{\"role\":\"manager\"}")
        .put(base + "/api/v1/t/demo-coaching/members/" + subject + "/role")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:foothold:problem:role-not-in-tenant"));

    as("owner@demo.test")
        .delete(base + "/api/v1/t/demo-coaching/members/" + subject)
        .then()
        .statusCode(204);
    given()
        .auth()
        .oauth2(token) // the same, still unexpired token
        .get(base + "/api/v1/t/demo-coaching")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:foothold:problem:not-a-member"));
    assertTrue(
        !stack
            .keycloakAdmin()
            .memberEmails(
                (String)
                    stack.keycloakAdmin().organization("demo-coaching").orElseThrow().get("id"))
            .contains(email),
        "Keycloak's organisation no longer has them");
  }

  @Test
  void aNewUserWithAVerifiedEmailOfALinkedDomainJoinsTheOrganisationAsStaff() {
    var slug = "linked-" + System.nanoTime() % 100000;
    var domain = slug + ".test";
    as("operator@foothold.test")
        .body(
            "{\"slug\":\""
                + slug
                + "\",\"kind\":\"ORGANISATION\",\"displayName\":\"Linked Org\",\"emailDomain\":\""
                + domain
                + "\"}")
        .post(base + "/api/v1/tenants")
        .then()
        .statusCode(201);
    var email = "new.hire@" + domain;
    stack.keycloakAdmin().createUser(email); // verified email, not yet in the organisation
    as(email).get(base + "/api/v1/t/" + slug).then().statusCode(200).body("slug", equalTo(slug));
    as(email).get(base + "/api/v1/me").then().statusCode(200);
    assertTrue(
        stack
            .keycloakAdmin()
            .memberEmails((String) stack.keycloakAdmin().organization(slug).orElseThrow().get("id"))
            .contains(email),
        "Keycloak's organisation has them too");
    // someone from another domain does not get in
    as("client@demo.test").get(base + "/api/v1/t/" + slug).then().statusCode(403);
  }

  @Test
  void theDemoOrganisationIsRunByItsAdmin() {
    as("admin@demo.test")
        .get(base + "/api/v1/t/demo-org/members")
        .then()
        .statusCode(200)
        .body("find { it.email == 'admin@demo.test' }.role", equalTo("admin"))
        .body("find { it.email == 'admin@demo.test' }.displayName", equalTo("Ada Admin"));
  }

  @Test
  void theLastOwnerStaysAndOnlyOwnersMakeOwners() {
    String owner = as("owner@demo.test").get(base + "/api/v1/me").then().extract().path("subject");
    as("owner@demo.test").get(base + "/api/v1/t/demo-coaching/members").then().statusCode(200);
    as("owner@demo.test")
        .delete(base + "/api/v1/t/demo-coaching/members/" + owner)
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:foothold:problem:last-owner"));
    as("owner@demo.test")
        .body("{\"role\":\"coach\"}")
        .put(base + "/api/v1/t/demo-coaching/members/" + owner + "/role")
        .then()
        .statusCode(409);
  }

  @Test
  void badMemberInputIsRefusedFieldByField() {
    as("owner@demo.test")
        .body("{\"email\":\"not-an-email\",\"role\":\"emperor\"}")
        .post(base + "/api/v1/t/demo-coaching/members")
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("email", "role")));
    as("owner@demo.test")
        .body("{\"email\":\"nobody-" + System.nanoTime() + "@demo.test\",\"role\":\"client\"}")
        .post(base + "/api/v1/t/demo-coaching/members")
        .then()
        .statusCode(202) // an invitation: whether an account exists is never told
        .body("role", equalTo("client"));
  }

  /** Every tenant-scoped endpoint, with a body where it takes one. */
  record Endpoint(String method, String path, String body, String contentType) {
    Response call(RequestSpecification request, String base, String tenant) {
      var spec = request.contentType(contentType);
      if (body != null) {
        spec = spec.body(body);
      }
      return spec.request(method, base + path.replace("{t}", tenant));
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  static final String JSON = "application/json";

  static final List<Endpoint> ENDPOINTS =
      List.of(
          new Endpoint("GET", "/api/v1/t/{t}", null, JSON),
          new Endpoint("GET", "/api/v1/t/{t}/members", null, JSON),
          new Endpoint(
              "POST",
              "/api/v1/t/{t}/members",
              "{\"email\":\"x@demo.test\",\"role\":\"client\"}",
              JSON),
          new Endpoint("PUT", "/api/v1/t/{t}/members/someone/role", "{\"role\":\"client\"}", JSON),
          new Endpoint("DELETE", "/api/v1/t/{t}/members/someone", null, JSON),
          new Endpoint("GET", "/api/v1/t/{t}/invitations", null, JSON),
          new Endpoint(
              "POST",
              "/api/v1/t/{t}/invitations",
              "{\"email\":\"x@demo.test\",\"role\":\"client\"}",
              JSON),
          new Endpoint("GET", "/api/v1/t/{t}/plan", null, JSON),
          new Endpoint(
              "PUT",
              "/api/v1/t/{t}/plan",
              "{\"trialDays\":1,\"pricePerMonth\":1,\"currency\":\"USD\"}",
              JSON),
          new Endpoint(
              "PUT",
              "/api/v1/t/{t}/branding",
              "{\"displayName\":\"Taken\",\"primaryColor\":\"#000000\",\"accentColor\":\"#FFFFFF\"}",
              JSON),
          new Endpoint(
              "PUT",
              "/api/v1/t/{t}/branding/logo",
              "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
              "image/svg+xml"),
          new Endpoint("GET", "/api/v1/t/{t}/domains", null, JSON),
          new Endpoint(
              "POST", "/api/v1/t/{t}/domains", "{\"domain\":\"hijack.example.com\"}", JSON),
          new Endpoint("POST", "/api/v1/t/{t}/domains/hijack.example.com/verify", null, JSON),
          new Endpoint("DELETE", "/api/v1/t/{t}/domains/hijack.example.com", null, JSON));

  /** The mastery module's tenant-scoped endpoints: any member may call them in their own tenant. */
  static final List<Endpoint> MASTERY_ENDPOINTS =
      List.of(
          new Endpoint("GET", "/api/v1/t/{t}/ladders", null, JSON),
          new Endpoint(
              "POST",
              "/api/v1/t/{t}/ladders",
              "{\"skill\":\"x\",\"lifeDomain\":\"SOCIAL\",\"rungs\":[{\"title\":\"a\",\"task\":\"b\",\"successCriteria\":\"c\",\"difficulty\":2,\"stakes\":\"LOW\"}]}",
              JSON),
          new Endpoint(
              "GET", "/api/v1/t/{t}/ladders/00000000-0000-0000-0000-000000000001", null, JSON),
          new Endpoint("GET", "/api/v1/t/{t}/climbs", null, JSON),
          new Endpoint(
              "POST",
              "/api/v1/t/{t}/climbs",
              "{\"ladderId\":\"00000000-0000-0000-0000-000000000001\"}",
              JSON),
          new Endpoint(
              "POST",
              "/api/v1/t/{t}/climbs/00000000-0000-0000-0000-000000000001/attempts",
              "{\"outcome\":\"SUCCESS\",\"effort\":5,\"feltDifficulty\":5,\"confidenceBefore\":50,\"help\":\"INDEPENDENT\",\"ownShare\":100}",
              JSON),
          new Endpoint(
              "POST",
              "/api/v1/t/{t}/climbs/00000000-0000-0000-0000-000000000001/pause",
              "{}",
              JSON),
          new Endpoint(
              "POST",
              "/api/v1/t/{t}/climbs/00000000-0000-0000-0000-000000000001/resume",
              null,
              JSON),
          new Endpoint("GET", "/api/v1/t/{t}/mastery/settings", null, JSON),
          new Endpoint("GET", "/api/v1/t/{t}/suggestions", null, JSON),
          new Endpoint(
              "POST",
              "/api/v1/t/{t}/suggestions/00000000-0000-0000-0000-000000000001/accept",
              "{}",
              JSON),
          new Endpoint(
              "POST",
              "/api/v1/t/{t}/suggestions/00000000-0000-0000-0000-000000000001/decline",
              null,
              JSON),
          new Endpoint("GET", "/api/v1/t/{t}/me/evidence", null, JSON),
          new Endpoint("GET", "/api/v1/t/{t}/me/evidence/export?format=csv", null, JSON),
          new Endpoint("GET", "/api/v1/t/{t}/me/efficacy", null, JSON),
          new Endpoint(
              "POST",
              "/api/v1/t/{t}/me/screening",
              "{\"answers\":{\"low-mood\":false,\"self-harm\":false,\"trauma\":false}}",
              JSON),
          new Endpoint("POST", "/api/v1/t/{t}/me/check-ins", "{\"activation\":5}", JSON),
          new Endpoint(
              "GET",
              "/api/v1/t/{t}/climbs/00000000-0000-0000-0000-000000000001/peer-examples",
              null,
              JSON));

  /**
   * Endpoints for the people who run a tenant's training (and, for settings, its owners and
   * admins): clients and staff are refused in their own tenant, everyone in another.
   */
  static final List<Endpoint> TEAM_ENDPOINTS =
      List.of(
          new Endpoint("GET", "/api/v1/t/{t}/team/climbs", null, JSON),
          new Endpoint(
              "POST",
              "/api/v1/t/{t}/team/assignments",
              "{\"ladderId\":\"00000000-0000-0000-0000-000000000001\",\"group\":\"All\"}",
              JSON),
          new Endpoint(
              "POST",
              "/api/v1/t/{t}/team/suggestions",
              "{\"ladderId\":\"00000000-0000-0000-0000-000000000001\",\"person\":\"someone\"}",
              JSON),
          new Endpoint("POST", "/api/v1/t/{t}/team/people/someone/holds/release", null, JSON),
          new Endpoint("GET", "/api/v1/t/{t}/coaching/notices", null, JSON),
          new Endpoint("GET", "/api/v1/t/{t}/coaching/people/someone/screening", null, JSON),
          new Endpoint(
              "POST",
              "/api/v1/t/{t}/coaching/people/someone/evidence/00000000-0000-0000-0000-000000000001/feedback",
              "{\"skill\":\"x\",\"text\":\"y\"}",
              JSON),
          new Endpoint("GET", "/api/v1/t/{t}/people/someone/evidence", null, JSON),
          new Endpoint("GET", "/api/v1/t/{t}/groups", null, JSON),
          new Endpoint("PUT", "/api/v1/t/{t}/groups/Taken", null, JSON),
          new Endpoint("PUT", "/api/v1/t/{t}/groups/Taken/members/someone", null, JSON),
          new Endpoint("DELETE", "/api/v1/t/{t}/groups/Taken", null, JSON),
          new Endpoint(
              "PUT",
              "/api/v1/t/{t}/mastery/settings",
              "{\"targetLow\":0.5,\"targetHigh\":0.6,\"ownShareThreshold\":0,\"longestPauseDays\":1,\"streakLapseDays\":1}",
              JSON));

  record Caller(String user, String ownTenant, String foreignTenant) {}

  static final List<Caller> CALLERS =
      List.of(
          new Caller("owner@demo.test", "demo-coaching", "demo-org"),
          new Caller("coach@demo.test", "demo-coaching", "demo-org"),
          new Caller("client@demo.test", "demo-coaching", "demo-org"),
          new Caller("manager@demo.test", "demo-org", "demo-coaching"),
          new Caller("staff1@demo.test", "demo-org", "demo-coaching"));

  static Stream<Arguments> foreignCalls() {
    var calls = new ArrayList<Arguments>();
    for (var caller : CALLERS) {
      for (var endpoint : ENDPOINTS) {
        calls.add(Arguments.of(caller.user(), caller.foreignTenant(), endpoint));
      }
      for (var endpoint : MASTERY_ENDPOINTS) {
        calls.add(Arguments.of(caller.user(), caller.foreignTenant(), endpoint));
      }
      for (var endpoint : TEAM_ENDPOINTS) {
        calls.add(Arguments.of(caller.user(), caller.foreignTenant(), endpoint));
      }
    }
    return calls.stream();
  }

  @ParameterizedTest(name = "{0} on {1}: {2} -> 403")
  @MethodSource("foreignCalls")
  void noMemberReachesAnotherTenant(String user, String foreign, Endpoint endpoint) {
    var response = endpoint.call(given().auth().oauth2(stack.token(user)), base, foreign);
    response
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:foothold:problem:not-a-member"));
    var body = response.asString();
    for (var leak :
        List.of(
            "Demo Organisation",
            "Demo Coaching",
            "manager@demo.test",
            "owner@demo.test",
            "staff1@demo.test",
            "client@demo.test")) {
      assertTrue(!body.contains(leak), endpoint + " leaked '" + leak + "': " + body);
    }
  }

  static Stream<Arguments> adminCallsByNonAdmins() {
    var calls = new ArrayList<Arguments>();
    for (var user :
        List.of("coach@demo.test", "client@demo.test", "manager@demo.test", "staff1@demo.test")) {
      var tenant =
          user.startsWith("coach") || user.startsWith("client") ? "demo-coaching" : "demo-org";
      for (var endpoint : ENDPOINTS.subList(1, ENDPOINTS.size())) {
        calls.add(Arguments.of(user, tenant, endpoint));
      }
    }
    return calls.stream();
  }

  @ParameterizedTest(name = "{0} in {1}: {2} -> 403")
  @MethodSource("adminCallsByNonAdmins")
  void onlyOwnersAndAdminsAdministerATenant(String user, String tenant, Endpoint endpoint) {
    endpoint
        .call(given().auth().oauth2(stack.token(user)), base, tenant)
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:foothold:problem:role-required"));
  }

  static Stream<Arguments> teamCallsByClientsAndStaff() {
    var calls = new ArrayList<Arguments>();
    for (var endpoint : TEAM_ENDPOINTS) {
      calls.add(Arguments.of("client@demo.test", "demo-coaching", endpoint));
      calls.add(Arguments.of("staff1@demo.test", "demo-org", endpoint));
    }
    return calls.stream();
  }

  @ParameterizedTest(name = "{0} in {1}: {2} -> 403")
  @MethodSource("teamCallsByClientsAndStaff")
  void clientsAndStaffDoNotRunTraining(String user, String tenant, Endpoint endpoint) {
    endpoint
        .call(given().auth().oauth2(stack.token(user)), base, tenant)
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:foothold:problem:role-required"));
  }

  @Test
  void withTheOrmBypassedTheDatabaseStillShowsOnlyTheTenantsOwnRows() throws SQLException {
    // both tenants have member rows once their people have called
    as("owner@demo.test").get(base + "/api/v1/t/demo-coaching").then().statusCode(200);
    as("manager@demo.test").get(base + "/api/v1/t/demo-org").then().statusCode(200);
    try (Connection app =
        DriverManager.getConnection(
            stack.database().jdbcUrl(), EmbeddedDatabase.APP, EmbeddedDatabase.PASSWORD)) {
      app.setAutoCommit(false);
      assertEquals(0, count(app, "select count(*) from tenancy.member"), "no tenant set: no rows");
      execute(app, "select set_config('app.tenant_id', 'demo-org', true)");
      assertTrue(count(app, "select count(*) from tenancy.member") > 0, "its own rows");
      assertEquals(
          0, count(app, "select count(*) from tenancy.member where tenant_id = 'demo-coaching'"));
      assertEquals(
          0, count(app, "select count(*) from tenancy.branding where tenant_id <> 'demo-org'"));
      var refused =
          assertThrows(
              SQLException.class,
              () ->
                  execute(
                      app,
                      "insert into tenancy.member (tenant_id, subject, role, joined_at)"
                          + " values ('demo-coaching', 'intruder', 'OWNER', now())"));
      assertEquals("42501", refused.getSQLState(), "row-level security refuses the foreign row");
      app.rollback();
      execute(app, "select set_config('app.tenant_id', 'demo-org', true)");
      assertEquals(
          0,
          app.createStatement()
              .executeUpdate(
                  "update tenancy.member set role = 'STAFF' where tenant_id = 'demo-coaching'"));
      assertEquals(
          0,
          app.createStatement()
              .executeUpdate("delete from tenancy.invitation where tenant_id = 'demo-coaching'"));
      app.rollback();
    }
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (var rs = connection.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
