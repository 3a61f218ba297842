package dev.foothold.deploy.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foothold.deploy.stack.ServiceAccountRoles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Platform operators make tenants (each a Keycloak organisation, never half-made); tenant admins
 * set plans and branding; portals theme themselves from the public branding.
 */
@SystemTest
class TenantAdministrationIT extends AgainstFoothold {

  static final AtomicInteger NAMES = new AtomicInteger();

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
    return prefix + "-" + System.nanoTime() % 100000 + NAMES.incrementAndGet();
  }

  @Test
  void anOperatorCreatesATenantWithItsKeycloakOrganisation() {
    var slug = unique("acme");
    as("operator@foothold.test")
        .body(
            "{\"slug\":\""
                + slug
                + "\",\"kind\":\"COACHING_BUSINESS\",\"displayName\":\"Acme Coaching\"}")
        .post(base + "/api/v1/tenants")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/tenants/" + slug))
        .body("slug", equalTo(slug))
        .body("plan.trialDays", equalTo(7))
        .body("plan.pricePerMonth", equalTo(40.0f))
        .body("plan.currency", equalTo("USD"));
    assertTrue(keycloak.organization(slug).isPresent(), "Keycloak has the organisation");
    as("operator@foothold.test")
        .get(base + "/api/v1/tenants/" + slug)
        .then()
        .statusCode(200)
        .body("displayName", equalTo("Acme Coaching"));
    as("operator@foothold.test")
        .body("{\"slug\":\"" + slug + "\",\"kind\":\"ORGANISATION\",\"displayName\":\"Again\"}")
        .post(base + "/api/v1/tenants")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:foothold:problem:tenant-exists"));
  }

  @Test
  void badInputIsRefusedFieldByField() {
    as("operator@foothold.test")
        .body("{\"slug\":\"Not A Slug\",\"kind\":\"SHOP\",\"displayName\":\"\"}")
        .post(base + "/api/v1/tenants")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:foothold:problem:validation-failed"))
        .body("errors.field", hasItems("slug", "kind", "displayName"));
    as("operator@foothold.test")
        .body("{not json")
        .post(base + "/api/v1/tenants")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void onlyOperatorsManageTenantsAndUnknownOnesAreNotFound() {
    as("owner@demo.test")
        .get(base + "/api/v1/tenants")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:foothold:problem:operator-only"));
    as("operator@foothold.test")
        .get(base + "/api/v1/tenants/no-such-tenant")
        .then()
        .statusCode(404);
  }

  @Test
  void whenKeycloakRefusesNothingReachesTheDatabase() {
    var slug = unique("ghost");
    keycloak.createOrganization(slug, slug + ".test"); // an organisation Foothold does not know
    as("operator@foothold.test")
        .body(
            "{\"slug\":\"" + slug + "\",\"kind\":\"COACHING_BUSINESS\",\"displayName\":\"Ghost\"}")
        .post(base + "/api/v1/tenants")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    as("operator@foothold.test").get(base + "/api/v1/tenants/" + slug).then().statusCode(404);
  }

  @Test
  void whenTheDatabaseRefusesKeycloaksOrganisationIsUndone() {
    var first = unique("corp-a");
    var domain = first + ".test";
    as("operator@foothold.test")
        .body(
            "{\"slug\":\""
                + first
                + "\",\"kind\":\"ORGANISATION\",\"displayName\":\"Corp A\",\"emailDomain\":\""
                + domain
                + "\"}")
        .post(base + "/api/v1/tenants")
        .then()
        .statusCode(201);
    // Keycloak forgets the first organisation, so it will accept the domain again; the database
    // won't
    keycloak.deleteOrganization((String) keycloak.organization(first).orElseThrow().get("id"));
    var second = unique("corp-b");
    as("operator@foothold.test")
        .body(
            "{\"slug\":\""
                + second
                + "\",\"kind\":\"ORGANISATION\",\"displayName\":\"Corp B\",\"emailDomain\":\""
                + domain
                + "\"}")
        .post(base + "/api/v1/tenants")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:foothold:problem:tenant-conflict"));
    as("operator@foothold.test").get(base + "/api/v1/tenants/" + second).then().statusCode(404);
    assertTrue(keycloak.organization(second).isEmpty(), "Keycloak's half was undone");
  }

  @Test
  void ownersSetThePlanAndOnlyOrganisationsHaveSeats() {
    // other test classes rely on the demo business's reference offer: put it back afterwards
    var before =
        as("owner@demo.test")
            .get(base + "/api/v1/t/demo-coaching/plan")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    try {
      as("owner@demo.test")
          .body("{\"trialDays\":14,\"pricePerMonth\":55.50,\"currency\":\"EUR\"}")
          .put(base + "/api/v1/t/demo-coaching/plan")
          .then()
          .statusCode(200)
          .body("trialDays", equalTo(14))
          .body("currency", equalTo("EUR"));
      as("owner@demo.test")
          .get(base + "/api/v1/t/demo-coaching/plan")
          .then()
          .statusCode(200)
          .body("pricePerMonth", equalTo(55.5f));
      as("owner@demo.test")
          .body("{\"trialDays\":7,\"pricePerMonth\":40.00,\"currency\":\"USD\",\"seats\":5}")
          .put(base + "/api/v1/t/demo-coaching/plan")
          .then()
          .statusCode(403) // seats are never a tenant's to set (issue 12, finding 4)
          .body("type", equalTo("urn:foothold:problem:seats-by-operator"));
      as("owner@demo.test")
          .body("{\"trialDays\":120,\"pricePerMonth\":-1,\"currency\":\"euro\"}")
          .put(base + "/api/v1/t/demo-coaching/plan")
          .then()
          .statusCode(400)
          .body("errors.field", hasItems("trialDays", "pricePerMonth", "currency"));
      as("client@demo.test")
          .get(base + "/api/v1/t/demo-coaching/plan")
          .then()
          .statusCode(403)
          .body("type", equalTo("urn:foothold:problem:role-required"));
    } finally {
      as("owner@demo.test")
          .body(before)
          .put(base + "/api/v1/t/demo-coaching/plan")
          .then()
          .statusCode(200);
    }
  }

  @Test
  void anOperatorAppointsTheFirstAdminOfANewOrganisation() {
    var slug = unique("fresh");
    as("operator@foothold.test")
        .body("{\"slug\":\"" + slug + "\",\"kind\":\"ORGANISATION\",\"displayName\":\"Fresh Org\"}")
        .post(base + "/api/v1/tenants")
        .then()
        .statusCode(201);
    var email = "runner" + System.nanoTime() % 1_000_000 + "@demo.test";
    var subject = stack.keycloakAdmin().createUser(email);
    as("manager@demo.test")
        .body("{\"email\":\"" + email + "\"}")
        .post(base + "/api/v1/tenants/" + slug + "/admins")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:foothold:problem:operator-only"));
    as("operator@foothold.test")
        .body("{\"email\":\"" + email + "\"}")
        .post(base + "/api/v1/tenants/" + slug + "/admins")
        .then()
        .statusCode(201)
        .body("subject", equalTo(subject))
        .body("role", equalTo("admin"));
    // they run it at once: the token they take now names the organisation
    as(email)
        .get(base + "/api/v1/t/" + slug + "/members")
        .then()
        .statusCode(200)
        .body("find { it.subject == '" + subject + "' }.role", equalTo("admin"));
    as("operator@foothold.test")
        .body("{\"email\":\"not-an-email\"}")
        .post(base + "/api/v1/tenants/" + slug + "/admins")
        .then()
        .statusCode(400);
    as("operator@foothold.test")
        .body("{\"email\":\"" + email + "\"}")
        .post(base + "/api/v1/tenants/no-such-tenant-" + slug + "/admins")
        .then()
        .statusCode(404);
  }

  @Test
  void aTenantWithoutBrandingGetsTheDefaultThemeWithoutAToken() {
    var slug = unique("plain");
    as("operator@foothold.test")
        .body(
            "{\"slug\":\""
                + slug
                + "\",\"kind\":\"COACHING_BUSINESS\",\"displayName\":\"Plain Coaching\"}")
        .post(base + "/api/v1/tenants")
        .then()
        .statusCode(201);
    given()
        .get(base + "/api/v1/t/" + slug + "/branding")
        .then()
        .statusCode(200)
        .body("displayName", equalTo("Plain Coaching"))
        .body("primaryColor", equalTo("#1F3A5F"))
        .body("logoUrl", nullValue());
  }

  @Test
  void coloursWhoseTextWouldBeHardToReadAreRefusedWithTheRatio() {
    as("owner@demo.test")
        .body(
            "{\"displayName\":\"Demo Coaching\",\"primaryColor\":\"#777777\",\"primaryTextColor\":\"#FFFFFF\",\"accentColor\":\"#F4D35E\"}")
        .put(base + "/api/v1/t/demo-coaching/branding")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:foothold:problem:low-contrast"))
        .body("measuredRatio", equalTo(4.47f))
        .body("detail", containsString("4.47:1"));
    as("owner@demo.test")
        .body(
            "{\"displayName\":\"Demo Coaching\",\"primaryColor\":\"#0b6e4f\",\"accentColor\":\"#F4D35E\",\"supportEmail\":\"hello@demo.test\"}")
        .put(base + "/api/v1/t/demo-coaching/branding")
        .then()
        .statusCode(200)
        .body("primaryColor", equalTo("#0B6E4F"))
        .body("primaryTextColor", equalTo("#FFFFFF"));
    given()
        .get(base + "/api/v1/t/demo-coaching/branding")
        .then()
        .statusCode(200)
        .body("supportEmail", equalTo("hello@demo.test"));
  }

  @Test
  void aLogoIsTypedByItsBytesAndUnsafeOnesAreRefused() throws IOException {
    var png = png();
    as("owner@demo.test")
        .contentType("application/octet-stream")
        .body(png)
        .put(base + "/api/v1/t/demo-coaching/branding/logo")
        .then()
        .statusCode(200)
        .body("mediaType", equalTo("image/png"));
    var served =
        given()
            .get(base + "/api/v1/t/demo-coaching/branding/logo")
            .then()
            .statusCode(200)
            .contentType("image/png")
            .header("X-Content-Type-Options", "nosniff")
            .extract()
            .asByteArray();
    assertArrayEquals(png, served);
    given()
        .get(base + "/api/v1/t/demo-coaching/branding")
        .then()
        .body("logoUrl", equalTo("/api/v1/t/demo-coaching/branding/logo"));

    var script = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
    as("owner@demo.test")
        .contentType("image/svg+xml")
        .body(script.getBytes(StandardCharsets.UTF_8))
        .put(base + "/api/v1/t/demo-coaching/branding/logo")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:foothold:problem:logo-unsafe-svg"));
    as("owner@demo.test")
        .contentType("image/png")
        .body("GIF89a....".getBytes(StandardCharsets.US_ASCII))
        .put(base + "/api/v1/t/demo-coaching/branding/logo")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:foothold:problem:logo-type"));
    as("owner@demo.test")
        .contentType("image/png")
        .body(new byte[600 * 1024])
        .put(base + "/api/v1/t/demo-coaching/branding/logo")
        .then()
        .statusCode(413)
        .body("type", equalTo("urn:foothold:problem:logo-too-large"));
    // the refused uploads changed nothing
    assertArrayEquals(
        png,
        given().get(base + "/api/v1/t/demo-coaching/branding/logo").then().extract().asByteArray());
  }

  static byte[] png() throws IOException {
    var image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0x0B6E4F);
    var out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  @Test
  void aKeycloakKeptFromAnEarlierRunGetsTheRolesTheRealmFileNowGives() {
    var realm =
        java.nio.file.Path.of(
            System.getProperty("foothold.realm", "src/main/keycloak/foothold-realm.json"));
    var keycloak = stack.keycloakAdmin();
    String client = keycloak.client("foothold-admin").getString("id");
    String account = keycloak.get("/clients/" + client + "/service-account-user").getString("id");
    String management = keycloak.client("realm-management").getString("id");
    var mappings = "/users/" + account + "/role-mappings/clients/" + management;
    var role = keycloak.get("/clients/" + management + "/roles/manage-clients").prettify();
    // as if this Keycloak had imported the realm before custom domains needed manage-clients
    keycloak.delete(mappings, "[" + role + "]");
    try {
      assertFalse(keycloak.get(mappings).getList("name").contains("manage-clients"));
      assertEquals(
          List.of("foothold-admin: manage-clients"),
          ServiceAccountRoles.reconcile(stack.keycloak(), realm));
      assertTrue(keycloak.get(mappings).getList("name").contains("manage-clients"));
      assertEquals(
          List.of(),
          ServiceAccountRoles.reconcile(stack.keycloak(), realm),
          "a second start grants nothing");
    } finally {
      ServiceAccountRoles.reconcile(stack.keycloak(), realm);
    }
  }
}
