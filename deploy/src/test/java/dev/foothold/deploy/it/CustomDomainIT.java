package dev.foothold.deploy.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Custom domains, attacked by a tenant admin who names a host they control (issue 12, finding 1).
 * DNS is a real dnsmasq that the tests publish TXT records to; sign-ins go through Keycloak's real
 * login form. The attacker runs {@code demo-coaching}; {@code demo-org} is the other business.
 */
@SystemTest
class CustomDomainIT extends AgainstFoothold {

  static final AtomicInteger NAMES = new AtomicInteger();
  static final String PROBLEM = "application/problem+json";
  static final String SHARED = "foothold-portal";
  static final String ATTACKER = "demo-coaching";
  static final String ATTACKER_CLIENT = "foothold-portal-demo-coaching";
  static final String OTHER = "demo-org";

  /** What the portal on a tenant's custom domain asks for: that tenant's organisation. */
  static final String PORTAL_SCOPE = "openid organization:" + ATTACKER;

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.foothold();
  }

  KeycloakAdmin keycloak;

  @BeforeEach
  void setUp() {
    keycloak = stack.keycloakAdmin();
  }

  static String unique(String prefix) {
    return prefix + "-" + System.nanoTime() % 100000 + NAMES.incrementAndGet() + ".example.com";
  }

  @Test
  void verifyingWithoutATxtRecordIsRefusedAndAdmitsTheHostNowhere() {
    var domain = unique("evil");
    var shared = sharedClient();
    claim("owner@demo.test", ATTACKER, domain);

    as("owner@demo.test")
        .post(base + "/api/v1/t/" + ATTACKER + "/domains/" + domain + "/verify")
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:foothold:problem:domain-not-proven"))
        .body("txtRecordName", equalTo("_foothold-challenge." + domain));

    assertEquals("PENDING", status("owner@demo.test", ATTACKER, domain));
    assertEquals(shared, sharedClient(), "the shared client is untouched");
    assertFalse(admittedBy(ATTACKER_CLIENT).contains("https://" + domain + "/*"));
    given().header("Host", domain).get(base + "/api/v1/portal").then().statusCode(404);
    assertRefusedBySharedClient(domain);
  }

  @Test
  void aTxtRecordHoldingAnotherValueIsRefused() {
    var domain = unique("wrong");
    claim("owner@demo.test", ATTACKER, domain);
    stack.dns().publish("_foothold-challenge." + domain, "foothold-verify=not-the-token");

    as("owner@demo.test")
        .post(base + "/api/v1/t/" + ATTACKER + "/domains/" + domain + "/verify")
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:foothold:problem:domain-not-proven"));
    assertEquals("PENDING", status("owner@demo.test", ATTACKER, domain));
    assertFalse(admittedBy(ATTACKER_CLIENT).contains("https://" + domain + "/*"));
  }

  @Test
  void theRightTxtRecordVerifiesIntoTheTenantsOwnClientAndNeverTheSharedOne() {
    var domain = unique("portal");
    var shared = sharedClient();
    var token = claim("owner@demo.test", ATTACKER, domain);
    given().header("Host", domain).get(base + "/api/v1/portal").then().statusCode(404);
    stack.dns().publish("_foothold-challenge." + domain, "some-other-service=1");
    stack.dns().publish("_foothold-challenge." + domain, token);

    verify("owner@demo.test", ATTACKER, domain);
    verify("owner@demo.test", ATTACKER, domain); // asking again looks again and changes nothing

    assertEquals(shared, sharedClient(), "the client every tenant shares did not change");
    assertRefusedBySharedClient(domain);
    var own = keycloak.client(ATTACKER_CLIENT);
    assertTrue(own.getList("redirectUris").contains("https://" + domain + "/*"), own::prettify);
    assertEquals(
        1,
        own.getList("redirectUris").stream().filter(("https://" + domain + "/*")::equals).count());
    assertTrue(own.getBoolean("publicClient"));
    assertFalse(own.getBoolean("directAccessGrantsEnabled"));
    assertFalse(own.getBoolean("fullScopeAllowed"), "its tokens carry no realm roles");
    assertEquals("S256", own.getString("attributes.'pkce.code.challenge.method'"));
    assertTrue(
        own.getString("attributes.'post.logout.redirect.uris'")
            .contains("https://" + domain + "/*"));

    given()
        .header("Host", domain)
        .get(base + "/api/v1/portal")
        .then()
        .statusCode(200)
        .body("tenant", equalTo(ATTACKER))
        .body("signInClientId", equalTo(ATTACKER_CLIENT));
    given()
        .header("Host", OTHER + ".localhost")
        .get(base + "/api/v1/portal")
        .then()
        .statusCode(200)
        .body("tenant", equalTo(OTHER))
        .body("signInClientId", equalTo(SHARED));
    given()
        .get(base + "/api/v1/t/" + ATTACKER + "/branding")
        .then()
        .body("domains", hasItem(domain));
    as("owner@demo.test") // a second claim by the same tenant is refused
        .body(Map.of("domain", domain))
        .post(base + "/api/v1/t/" + ATTACKER + "/domains")
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:foothold:problem:domain-taken"));
    as("operator@foothold.test")
        .get(base + "/api/v1/tenants")
        .then()
        .body(not(containsString("foothold-verify")));
  }

  @Test
  void aTokenFromATenantsOwnClientIsGoodForThatTenantOnly() {
    var domain = verifiedDomain();
    var redirect = "https://" + domain + "/";
    // a person in both tenants, and an operator, signing in on the attacker's domain
    var both = newcomer(OTHER, "both");
    var organisation = keycloak.organization(ATTACKER).orElseThrow().get("id");
    keycloak.post("/organizations/" + organisation + "/members", "\"" + both.subject() + "\"");
    var member =
        new CodeFlow(stack.keycloak().issuer())
            .accessToken(ATTACKER_CLIENT, redirect, both.email(), "foothold-demo", PORTAL_SCOPE);
    // the domain's owner chooses what to ask for: the operator's sign-in asks for no organisation
    var operator =
        new CodeFlow(stack.keycloak().issuer())
            .accessToken(
                ATTACKER_CLIENT, redirect, "operator@foothold.test", "foothold-demo", "openid");
    assertEquals(ATTACKER_CLIENT, claims(operator).getString("azp"));
    List<String> groups = claims(operator).getList("groups", String.class);
    assertTrue(
        groups == null || !groups.contains("platform-operator"),
        "Keycloak puts no realm role in its tokens");

    // the member, signed in as the portal on the domain does it, uses their own tenant
    assertEquals(ATTACKER_CLIENT, claims(member).getString("azp"));
    Object claim = claims(member).get("organization");
    var organisations = String.valueOf(claim);
    assertTrue(organisations.contains(ATTACKER), "organization claim: " + organisations);
    assertFalse(organisations.contains(OTHER), "organization claim: " + organisations);
    given().auth().oauth2(member).get(base + "/api/v1/t/" + ATTACKER).then().statusCode(200);
    given()
        .auth()
        .oauth2(member)
        .get(base + "/api/v1/t/" + ATTACKER + "/me/membership")
        .then()
        .statusCode(200)
        .body("tenant", equalTo(ATTACKER))
        .body("subject", equalTo(both.subject()));
    // and nothing else
    refusedAsBound(member, "/api/v1/t/" + OTHER);
    refusedAsBound(member, "/api/v1/t/" + OTHER + "/me/membership");
    refusedAsBound(member, "/api/v1/me");
    // the same person's ordinary token still works in the other tenant
    as(both.email()).get(base + "/api/v1/t/" + OTHER).then().statusCode(200);

    refusedAsBound(operator, "/api/v1/tenants");
    refusedAsBound(operator, "/api/v1/tenants/" + OTHER);
    given()
        .auth()
        .oauth2(operator)
        .contentType("application/json")
        .body(
            Map.of(
                "slug",
                "stolen-" + NAMES.incrementAndGet(),
                "kind",
                "ORGANISATION",
                "displayName",
                "Stolen"))
        .post(base + "/api/v1/tenants")
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
    as("operator@foothold.test").get(base + "/api/v1/tenants").then().statusCode(200);
  }

  @Test
  void anotherTenantCanNeitherSquatNorReleaseAVerifiedDomain() {
    var domain = verifiedDomain();
    as("admin@demo.test")
        .body(Map.of("domain", domain))
        .post(base + "/api/v1/t/" + OTHER + "/domains")
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:foothold:problem:domain-taken"));
    as("admin@demo.test")
        .post(base + "/api/v1/t/" + OTHER + "/domains/" + domain + "/verify")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    as("admin@demo.test")
        .delete(base + "/api/v1/t/" + OTHER + "/domains/" + domain)
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    assertTrue(admittedBy(ATTACKER_CLIENT).contains("https://" + domain + "/*"));
    assertFalse(admittedBy("foothold-portal-" + OTHER).contains("https://" + domain + "/*"));
    given()
        .header("Host", domain)
        .get(base + "/api/v1/portal")
        .then()
        .body("tenant", equalTo(ATTACKER));
  }

  @Test
  void aPendingClaimBlocksNobodyAndWhoeverProvesTheDomainFirstHasIt() {
    var domain = unique("contested");
    var squatter = claim("admin@demo.test", OTHER, domain); // claims first, cannot prove it
    var owner = claim("owner@demo.test", ATTACKER, domain);
    stack.dns().publish("_foothold-challenge." + domain, owner);
    verify("owner@demo.test", ATTACKER, domain);

    stack.dns().publish("_foothold-challenge." + domain, squatter); // even with its token in DNS
    as("admin@demo.test")
        .post(base + "/api/v1/t/" + OTHER + "/domains/" + domain + "/verify")
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:foothold:problem:domain-taken"));
    assertEquals("PENDING", status("admin@demo.test", OTHER, domain));
    assertFalse(admittedBy("foothold-portal-" + OTHER).contains("https://" + domain + "/*"));
  }

  @Test
  void releasingADomainTakesItOutOfTheTenantsClient() {
    var domain = verifiedDomain();
    var kept = verifiedDomain();
    as("owner@demo.test")
        .delete(base + "/api/v1/t/" + ATTACKER + "/domains/" + domain)
        .then()
        .statusCode(204);
    var admitted = admittedBy(ATTACKER_CLIENT);
    assertFalse(admitted.contains("https://" + domain + "/*"), admitted::toString);
    assertTrue(admitted.contains("https://" + kept + "/*"), admitted::toString);
    assertFalse(
        keycloak
            .client(ATTACKER_CLIENT)
            .getString("attributes.'post.logout.redirect.uris'")
            .contains("https://" + domain + "/*"));
    var refused =
        new CodeFlow(stack.keycloak().issuer())
            .authorize(ATTACKER_CLIENT, "https://" + domain + "/", CodeFlow.challenge("v"));
    assertEquals(400, refused.status());
    assertTrue(refused.body().contains("Invalid parameter: redirect_uri"), refused.body());
    given().header("Host", domain).get(base + "/api/v1/portal").then().statusCode(404);
  }

  @Test
  void aDnsFailureIsAProblemAndTheDomainStaysPending() {
    var domain = unique("nodns");
    var token = claim("owner@demo.test", ATTACKER, domain);
    stack.dns().publish("_foothold-challenge." + domain, token);
    stack.dns().halt();
    try {
      as("owner@demo.test")
          .post(base + "/api/v1/t/" + ATTACKER + "/domains/" + domain + "/verify")
          .then()
          .statusCode(503)
          .contentType(PROBLEM)
          .body("type", equalTo("urn:foothold:problem:dns-unavailable"));
    } finally {
      stack.dns().resume();
    }
    assertEquals("PENDING", status("owner@demo.test", ATTACKER, domain));
    verify("owner@demo.test", ATTACKER, domain);
  }

  /** A domain the attacker's tenant has proven in DNS. */
  private String verifiedDomain() {
    var domain = unique("verified");
    var token = claim("owner@demo.test", ATTACKER, domain);
    stack.dns().publish("_foothold-challenge." + domain, token);
    verify("owner@demo.test", ATTACKER, domain);
    return domain;
  }

  private void refusedAsBound(String token, String path) {
    given()
        .auth()
        .oauth2(token)
        .get(base + path)
        .then()
        .statusCode(403)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:foothold:problem:token-bound-to-tenant"));
  }

  /** Keycloak's answer when the shared client is asked to send a code to the domain. */
  private void assertRefusedBySharedClient(String domain) {
    var answer =
        new CodeFlow(stack.keycloak().issuer())
            .authorize(SHARED, "https://" + domain + "/", CodeFlow.challenge("v"));
    assertEquals(400, answer.status(), answer.body());
    assertTrue(answer.body().contains("Invalid parameter: redirect_uri"), answer.body());
  }

  /** What matters of the shared client: where it sends codes, and back after signing out. */
  private List<Object> sharedClient() {
    var client = keycloak.client(SHARED);
    return List.of(
        client.getList("redirectUris"),
        String.valueOf(client.getString("attributes.'post.logout.redirect.uris'")),
        client.getList("webOrigins"));
  }

  /** The redirect URIs of a client; none when it does not exist. */
  private List<String> admittedBy(String clientId) {
    List<String> uris = keycloak.client(clientId).getList("redirectUris", String.class);
    return uris == null ? List.of() : uris;
  }

  private String claim(String admin, String slug, String domain) {
    return as(admin)
        .body(Map.of("domain", domain))
        .post(base + "/api/v1/t/" + slug + "/domains")
        .then()
        .statusCode(201)
        .body("status", equalTo("PENDING"))
        .body("txtRecordName", equalTo("_foothold-challenge." + domain))
        .body("txtRecordValue", containsString("foothold-verify="))
        .extract()
        .path("txtRecordValue");
  }

  private void verify(String admin, String slug, String domain) {
    as(admin)
        .post(base + "/api/v1/t/" + slug + "/domains/" + domain + "/verify")
        .then()
        .statusCode(200)
        .body("status", equalTo("VERIFIED"));
  }

  private String status(String admin, String slug, String domain) {
    List<Map<String, Object>> domains =
        as(admin)
            .get(base + "/api/v1/t/" + slug + "/domains")
            .then()
            .statusCode(200)
            .extract()
            .path("");
    return domains.stream()
        .filter(d -> domain.equals(d.get("domain")))
        .map(d -> String.valueOf(d.get("status")))
        .findFirst()
        .orElse("ABSENT");
  }

  private static JsonPath claims(String token) {
    return JsonPath.from(
        new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
  }
}
