package dev.foothold.deploy.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** What an operator relies on: health, the API description, and errors a client can read. */
@SystemTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsIT extends AgainstFoothold {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.foothold();
  }

  @Test
  @Order(1)
  void readyOnceDatabaseKeycloakAndMigrationsAreUp() {
    given()
        .get(base + "/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItems("database", "keycloak", "migrations"));
    given().get(base + "/health/live").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  @Order(2)
  void theOpenApiDocumentDescribesTheApi() {
    given()
        .get(base + "/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/api/v1/me"))
        .body(containsString("/api/v1/t/{slug}"))
        .body(containsString("/api/v1/t/{slug}/ladders"))
        .body(containsString("/api/v1/t/{slug}/climbs/{id}/attempts"))
        .body(containsString("/api/v1/t/{slug}/climbs/{id}/pause"))
        .body(containsString("/api/v1/t/{slug}/team/assignments"))
        .body(containsString("/api/v1/t/{slug}/team/suggestions"))
        .body(containsString("/api/v1/t/{slug}/suggestions/{id}/accept"))
        .body(containsString("/api/v1/t/{slug}/mastery/settings"))
        .body(containsString("/api/v1/t/{slug}/groups/{name}/members/{subject}"))
        .body(containsString("title: Foothold"));
  }

  @Test
  @Order(3)
  void unknownPathsAndWrongMethodsAnswerWithProblems() {
    var token = stack.token("client@demo.test");
    given()
        .auth()
        .oauth2(token)
        .get(base + "/api/v1/nowhere")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:foothold:problem:not-found"))
        .body("instance", equalTo("/api/v1/nowhere"));
    given()
        .auth()
        .oauth2(token)
        .delete(base + "/api/v1/me")
        .then()
        .statusCode(405)
        .contentType("application/problem+json")
        .header("Allow", containsString("GET"))
        .body("type", equalTo("urn:foothold:problem:method-not-allowed"));
    given()
        .auth()
        .oauth2(token)
        .accept("application/xml")
        .get(base + "/api/v1/me")
        .then()
        .statusCode(406)
        .body("type", equalTo("urn:foothold:problem:not-acceptable"));
    given()
        .auth()
        .oauth2(token)
        .get(base + "/api/v1/t/Not_A_Slug")
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:foothold:problem:tenant-not-found"));
  }

  @Test
  @Order(10)
  void withTheDatabaseDownReadinessIsDownAndRequestsGetA503ThenAllRecovers() {
    var token = stack.token("client@demo.test");
    stack.database().stop();
    try {
      var down = waitFor("/health/ready", r -> r.statusCode() == 503);
      down.then()
          .body("status", equalTo("DOWN"))
          .body("checks.find { it.name == 'database' }.status", equalTo("DOWN"))
          .body("checks.find { it.name == 'keycloak' }.status", equalTo("UP"));
      given().get(base + "/health/live").then().statusCode(200);
      given()
          .auth()
          .oauth2(token)
          .get(base + "/api/v1/t/demo-coaching")
          .then()
          .statusCode(503)
          .contentType(startsWith("application/problem+json"))
          .header("Retry-After", equalTo("10"))
          .body("type", equalTo("urn:foothold:problem:database-unavailable"))
          .body(not(containsString("Exception")))
          .body(not(containsString("jdbc")));
    } finally {
      stack.database().start();
    }
    waitFor("/health/ready", r -> r.statusCode() == 200).then().body("status", equalTo("UP"));
    given()
        .auth()
        .oauth2(token)
        .get(base + "/api/v1/t/demo-coaching")
        .then()
        .statusCode(200)
        .body("slug", equalTo("demo-coaching"));
  }

  private Response waitFor(String path, Predicate<Response> condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    Response last;
    do {
      last = given().get(base + path);
      if (condition.test(last)) {
        return last;
      }
      pause();
    } while (System.nanoTime() < deadline);
    throw new AssertionError(path + " never reached the expected state: " + last.asString());
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
