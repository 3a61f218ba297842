package dev.foothold.deploy.stack;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Brings a kept Keycloak's service accounts up to the realm file. Keycloak imports a realm only
 * when it does not exist yet, so a Keycloak kept from an earlier run of the run command misses the
 * realm-management roles that later versions of the realm file give a service account (for example
 * {@code manage-clients}, which custom domains need). Adding roles is safe; nothing is taken away,
 * and no user is recreated, so people's ids stay what Foothold has stored.
 */
public final class ServiceAccountRoles {

  private static final String MANAGEMENT = "realm-management";

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String token;

  private ServiceAccountRoles(String base, String token) {
    this.base = base;
    this.token = token;
  }

  /**
   * Grants each service account of {@code realmFile} the realm-management roles the file gives it
   * and the running realm lacks.
   *
   * @param keycloak the running server
   * @param realmFile the realm the server was started with
   * @return one line per role granted, for the progress log; empty when all was in place
   */
  public static List<String> reconcile(KeycloakServer keycloak, Path realmFile) {
    try {
      JsonObject realm;
      try (var reader = Json.createReader(Files.newBufferedReader(realmFile))) {
        realm = reader.readObject();
      }
      var session = new ServiceAccountRoles(keycloak.url(), adminToken(keycloak.url()));
      var granted = new ArrayList<String>();
      for (var user : realm.getJsonArray("users").getValuesAs(JsonObject.class)) {
        var client = user.getString("serviceAccountClientId", null);
        var roles = user.getJsonObject("clientRoles");
        if (client == null || roles == null || !roles.containsKey(MANAGEMENT)) {
          continue;
        }
        var wanted = new TreeSet<String>();
        roles.getJsonArray(MANAGEMENT).getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .forEach(wanted::add);
        session.grant(client, wanted).forEach(role -> granted.add(client + ": " + role));
      }
      return granted;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not bring Keycloak's service accounts up to date", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while updating Keycloak", e);
    }
  }

  private List<String> grant(String clientId, Set<String> wanted)
      throws IOException, InterruptedException {
    var client = only(get(realmPath("/clients?clientId=" + encode(clientId))), clientId);
    var management = only(get(realmPath("/clients?clientId=" + MANAGEMENT)), MANAGEMENT);
    var user =
        get(realmPath("/clients/" + client.getString("id") + "/service-account-user"))
            .asJsonObject();
    var mappings =
        realmPath(
            "/users/"
                + user.getString("id")
                + "/role-mappings/clients/"
                + management.getString("id"));
    var missing = Json.createArrayBuilder();
    var names = new ArrayList<String>();
    for (var role : get(mappings + "/available").asJsonArray().getValuesAs(JsonObject.class)) {
      if (wanted.contains(role.getString("name"))) {
        missing.add(role);
        names.add(role.getString("name"));
      }
    }
    if (!names.isEmpty()) {
      send(
          HttpRequest.newBuilder(URI.create(mappings))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(missing.build().toString())));
    }
    return names;
  }

  private String realmPath(String path) {
    return base + "/admin/realms/" + KeycloakServer.REALM + path;
  }

  private JsonValue get(String url) throws IOException, InterruptedException {
    var body = send(HttpRequest.newBuilder(URI.create(url)).GET());
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readValue();
    }
  }

  private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
    var response =
        http.send(
            request.header("Authorization", "Bearer " + token).build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IOException(
          "Keycloak answered " + response.statusCode() + " to " + response.request().uri());
    }
    return response.body();
  }

  private static JsonObject only(JsonValue found, String clientId) throws IOException {
    JsonArray clients = found.asJsonArray();
    if (clients.size() != 1) {
      throw new IOException("The realm has no client " + clientId);
    }
    return clients.getJsonObject(0);
  }

  private static String adminToken(String base) throws IOException, InterruptedException {
    var form =
        Map.of(
            "grant_type",
            "password",
            "client_id",
            "admin-cli",
            "username",
            KeycloakServer.ADMIN,
            "password",
            KeycloakServer.ADMIN_PASSWORD);
    var body = new StringBuilder();
    form.forEach(
        (key, value) ->
            body.append(body.isEmpty() ? "" : "&").append(key).append('=').append(encode(value)));
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(base + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("Keycloak's administrator could not sign in: " + response.statusCode());
    }
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject().getString("access_token");
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
