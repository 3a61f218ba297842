package dev.foothold.deploy.it;

import static io.restassured.RestAssured.given;

import dev.foothold.deploy.stack.KeycloakServer;
import io.restassured.path.json.JsonPath;
import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keycloak's admin REST API as the bootstrap administrator, for tests that check or change
 * Keycloak's side directly (what Foothold did there, or a failure Foothold must survive).
 */
public final class KeycloakAdmin {

  private final String base;
  private final String token;

  private KeycloakAdmin(String base, String token) {
    this.base = base;
    this.token = token;
  }

  static KeycloakAdmin of(KeycloakServer keycloak) {
    String token =
        given()
            .formParam("grant_type", "password")
            .formParam("client_id", "admin-cli")
            .formParam("username", KeycloakServer.ADMIN)
            .formParam("password", KeycloakServer.ADMIN_PASSWORD)
            .post(keycloak.url() + "/realms/master/protocol/openid-connect/token")
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    return new KeycloakAdmin(keycloak.url() + "/admin/realms/" + KeycloakServer.REALM, token);
  }

  JsonPath get(String path) {
    return given()
        .auth()
        .oauth2(token)
        .get(base + path)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  void post(String path, String json) {
    given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body(json)
        .post(base + path)
        .then()
        .statusCode(201);
  }

  void delete(String path) {
    given().auth().oauth2(token).delete(base + path).then().statusCode(204);
  }

  /** A DELETE that names what to delete in its body, as Keycloak's role-mapping removal does. */
  void delete(String path, String json) {
    given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body(json)
        .delete(base + path)
        .then()
        .statusCode(204);
  }

  void put(String path, String json) {
    given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body(json)
        .put(base + path)
        .then()
        .statusCode(204);
  }

  /**
   * @return the organisation with this alias, as Keycloak has it
   */
  Optional<Map<String, Object>> organization(String alias) {
    List<Map<String, Object>> all =
        given()
            .auth()
            .oauth2(token)
            .queryParam("max", 1000)
            .get(base + "/organizations")
            .then()
            .statusCode(200)
            .extract()
            .path("");
    return all.stream().filter(o -> alias.equals(o.get("alias"))).findFirst();
  }

  /** Creates an organisation behind Foothold's back. */
  String createOrganization(String alias, String domain) {
    var body =
        Json.createObjectBuilder()
            .add("name", alias)
            .add("alias", alias)
            .add("enabled", true)
            .add(
                "domains",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", domain)))
            .build()
            .toString();
    var location =
        given()
            .auth()
            .oauth2(token)
            .contentType("application/json")
            .body(body)
            .post(base + "/organizations")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    return location.substring(location.lastIndexOf('/') + 1);
  }

  void deleteOrganization(String id) {
    given().auth().oauth2(token).delete(base + "/organizations/" + id).then().statusCode(204);
  }

  List<String> memberEmails(String organisationId) {
    JsonPath members =
        given()
            .auth()
            .oauth2(token)
            .get(base + "/organizations/" + organisationId + "/members")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    return members.getList("email");
  }

  /**
   * @return the client with this client id (not its internal id), as Keycloak has it
   */
  JsonPath client(String clientId) {
    return given()
        .auth()
        .oauth2(token)
        .queryParam("clientId", clientId)
        .get(base + "/clients")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .setRootPath("[0]");
  }

  /** Creates a person who can sign in with the demo password. */
  String createUser(String email) {
    var body =
        Json.createObjectBuilder()
            .add("username", email)
            .add("email", email)
            .add("firstName", "Test")
            .add("lastName", "Person")
            .add("enabled", true)
            .add("emailVerified", true)
            .add(
                "credentials",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "password")
                            .add("value", "foothold-demo")
                            .add("temporary", false)))
            .build()
            .toString();
    var location =
        given()
            .auth()
            .oauth2(token)
            .contentType("application/json")
            .body(body)
            .post(base + "/users")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    return location.substring(location.lastIndexOf('/') + 1);
  }
}
