package dev.foothold.deploy.it;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.net.URL;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every system test of the deployed WAR shares: where Foothold answers, the stack around it,
 * and requests made as one of the realm's people. Each subclass declares its own deployment.
 */
abstract class AgainstFoothold {

  @ArquillianResource URL deployment;

  /** Scheme, host and port of the deployment; Foothold serves from the root. */
  String base;

  TestStack stack;

  @BeforeEach
  void locate() {
    base = deployment.getProtocol() + "://" + deployment.getHost() + ":" + deployment.getPort();
    stack = TestStack.get();
  }

  /**
   * @return a JSON request carrying a real token of {@code user}
   */
  RequestSpecification as(String user) {
    return given().auth().oauth2(stack.token(user)).contentType("application/json");
  }

  /**
   * Runs the platform's clock {@code ahead} of the machine's (the test deployment allows it); each
   * test class has its own deployment, so its clock starts at zero offset.
   */
  void clockAhead(java.time.Duration ahead) {
    as("operator@foothold.test")
        .body(java.util.Map.of("offsetSeconds", ahead.toSeconds()))
        .put(base + "/api/v1/clock")
        .then()
        .statusCode(200);
  }

  /** The screen before a first climb, answered "no" to every question. */
  static final String NO_TO_EVERY_SCREEN_QUESTION =
      "{\"answers\":{\"low-mood\":false,\"self-harm\":false,\"trauma\":false}}";

  /** Answers the screen a person meets before their first climb, with no to every question. */
  void screened(String user, String tenant) {
    as(user)
        .body(NO_TO_EVERY_SCREEN_QUESTION)
        .post(base + "/api/v1/t/" + tenant + "/me/screening")
        .then()
        .statusCode(200)
        .body("positive", org.hamcrest.Matchers.equalTo(false));
  }

  /** A person who has just joined a tenant through its Keycloak organisation. */
  record Newcomer(String email, String subject) {}

  /**
   * A new Keycloak user who joins {@code tenantSlug}'s organisation and arrives at Foothold (in a
   * coaching business: a client whose trial starts now).
   */
  Newcomer newcomer(String tenantSlug, String name) {
    var email = name + (System.nanoTime() % 100_000_000) + "@evidence.test";
    var subject = stack.keycloakAdmin().createUser(email);
    arrives(tenantSlug, subject, email);
    return new Newcomer(email, subject);
  }

  /**
   * A Keycloak user joins {@code tenantSlug}'s organisation (as accepting an invitation does) and
   * arrives at Foothold: in the role they were invited to, else as a client or staff member.
   * Tenants no longer add people by email directly (issue 12, finding 8).
   */
  void arrives(String tenantSlug, String subject, String email) {
    var keycloak = stack.keycloakAdmin();
    var organisation = keycloak.organization(tenantSlug).orElseThrow().get("id");
    keycloak.post("/organizations/" + organisation + "/members", "\"" + subject + "\"");
    as(email).get(base + "/api/v1/t/" + tenantSlug).then().statusCode(200);
  }
}
