package dev.foothold.deploy.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who gets in: real Keycloak tokens are accepted, every kind of forged one is refused. */
@SystemTest
class SecurityIT extends AgainstFoothold {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.foothold();
  }

  Tokens tokens;

  @BeforeEach
  void setUp() {
    tokens = new Tokens(stack);
  }

  @Test
  void aClientsRealTokenShowsWhoTheyAreAndTheirTenant() {
    var token = stack.token("client@demo.test");
    given()
        .auth()
        .oauth2(token)
        .get(base + "/api/v1/me")
        .then()
        .statusCode(200)
        .body("username", equalTo("client@demo.test"))
        .body("email", equalTo("client@demo.test"))
        .body("subject", equalTo(Tokens.claims(token).getSubject()))
        .body("tenants", equalTo(List.of("demo-coaching")))
        .body("roles", hasItem("foothold-user"))
        .body("roles", not(hasItem("platform-operator")));
  }

  @Test
  void anOperatorBelongsToNoTenantButHasTheOperatorRole() {
    given()
        .auth()
        .oauth2(stack.token("operator@foothold.test"))
        .get(base + "/api/v1/me")
        .then()
        .statusCode(200)
        .body("tenants", equalTo(List.of()))
        .body("roles", hasItem("platform-operator"));
  }

  @Test
  void aTokenWeSignOurselvesWithTheRealmKeyIsAcceptedSoTheRefusalsBelowMeanSomething() {
    var token = tokens.resigned(stack.token("client@demo.test"), claims -> claims);
    given().auth().oauth2(token).get(base + "/api/v1/me").then().statusCode(200);
  }

  static Stream<Arguments> forgeries() {
    return Stream.of(
        Arguments.of(
            "expired",
            (Forgery)
                (tokens, real) ->
                    tokens.resigned(
                        real,
                        c ->
                            c.expirationTime(new Date(System.currentTimeMillis() - 600_000))
                                .issueTime(new Date(System.currentTimeMillis() - 900_000)))),
        Arguments.of(
            "wrong issuer",
            (Forgery)
                (tokens, real) ->
                    tokens.resigned(real, c -> c.issuer("http://localhost:1/realms/foothold"))),
        Arguments.of(
            "wrong audience",
            (Forgery) (tokens, real) -> tokens.resigned(real, c -> c.audience("account"))),
        Arguments.of(
            "tampered claims",
            (Forgery) (tokens, real) -> Tokens.tampered(real, "organization", "demo-org")),
        Arguments.of("unsigned (alg none)", (Forgery) (tokens, real) -> Tokens.unsigned(real)),
        Arguments.of(
            "signed by another key", (Forgery) (tokens, real) -> tokens.signedByStranger(real)),
        Arguments.of("not a token", (Forgery) (tokens, real) -> "not-a-jwt"));
  }

  @FunctionalInterface
  interface Forgery {
    String make(Tokens tokens, String realToken);
  }

  @ParameterizedTest(name = "{0} token -> 401 problem+json")
  @MethodSource("forgeries")
  void forgedTokensAreRefusedWithAProblem(String kind, Forgery forgery) {
    var forged = forgery.make(tokens, stack.token("client@demo.test"));
    expectUnauthenticated(given().auth().oauth2(forged).get(base + "/api/v1/me").then());
  }

  @Test
  void noTokenIsRefusedWithAProblem() {
    expectUnauthenticated(given().get(base + "/api/v1/me").then());
  }

  @Test
  void aMemberSeesTheirTenant() {
    given()
        .auth()
        .oauth2(stack.token("coach@demo.test"))
        .get(base + "/api/v1/t/demo-coaching")
        .then()
        .statusCode(200)
        .body("slug", equalTo("demo-coaching"))
        .body("displayName", equalTo("Demo Coaching"))
        .body("kind", equalTo("COACHING_BUSINESS"));
  }

  @Test
  void aMemberOfAnotherTenantIsRefusedAndSeesNothingOfIt() {
    given()
        .auth()
        .oauth2(stack.token("client@demo.test"))
        .get(base + "/api/v1/t/demo-org")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:foothold:problem:not-a-member"))
        .body(not(containsString("Demo Organisation")));
  }

  @Test
  void aTenantPathNeedsAToken() {
    expectUnauthenticated(given().get(base + "/api/v1/t/demo-coaching").then());
  }

  private static void expectUnauthenticated(ValidatableResponse response) {
    response
        .statusCode(401)
        .contentType(startsWith("application/problem+json"))
        .header("WWW-Authenticate", startsWith("Bearer"))
        .body("type", equalTo("urn:foothold:problem:unauthenticated"))
        .body("status", equalTo(401))
        .body("title", equalTo("Authentication required"))
        .body(not(containsString("Exception")))
        .body(not(containsString("<html")));
  }
}
