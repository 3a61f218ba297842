package dev.foothold.deploy.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs a person in through Keycloak's real login form with the authorization code flow and PKCE,
 * as a browser would (cookies kept by hand, redirects not followed), and exchanges the code sent to
 * {@code redirectUri} for tokens: what whoever controls that address receives.
 */
final class CodeFlow {

  private static final Pattern LOGIN_ACTION =
      Pattern.compile("action=\"([^\"]*login-actions/authenticate[^\"]*)\"");

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private final String issuer;

  /** What the authorization endpoint answered. */
  record Answer(int status, String body, String location) {}

  CodeFlow(String issuer) {
    this.issuer = issuer;
  }

  /**
   * @return the authorization endpoint's first answer for this client and redirect URI
   */
  Answer authorize(String clientId, String redirectUri, String challenge) {
    return authorize(clientId, redirectUri, challenge, "openid");
  }

  Answer authorize(String clientId, String redirectUri, String challenge, String scope) {
    var query =
        form(
            Map.of(
                "client_id",
                clientId,
                "redirect_uri",
                redirectUri,
                "response_type",
                "code",
                "scope",
                scope,
                "state",
                "s" + System.nanoTime(),
                "code_challenge",
                challenge,
                "code_challenge_method",
                "S256"));
    return send(
        HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/auth?" + query))
            .GET());
  }

  /**
   * @return an access token for {@code username}, issued to {@code clientId}, obtained by the code
   *     Keycloak sent to {@code redirectUri}
   */
  String accessToken(
      String clientId, String redirectUri, String username, String password, String scope) {
    var verifier = random();
    var login = authorize(clientId, redirectUri, challenge(verifier), scope);
    if (login.status() != 200) {
      throw new IllegalStateException(
          "Keycloak refused the authorization request (" + login.status() + "): " + login.body());
    }
    // with organisations on, Keycloak asks for the username first and the password on a second
    // page: answer each login form until Keycloak redirects
    var page = login;
    for (int step = 0; step < 3 && page.status() == 200; step++) {
      var action = LOGIN_ACTION.matcher(page.body());
      if (!action.find()) {
        throw new IllegalStateException("No login form in Keycloak's page:\n" + page.body());
      }
      page =
          send(
              HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          form(
                              Map.of(
                                  "username", username,
                                  "password", password,
                                  "credentialId", "")))));
    }
    var submitted = page;
    if (submitted.status() != 302 || submitted.location() == null) {
      throw new IllegalStateException(
          "Signing in did not redirect (" + submitted.status() + "): " + submitted.body());
    }
    var code = parameter(URI.create(submitted.location()).getRawQuery(), "code");
    if (!submitted.location().startsWith(redirectUri) || code == null) {
      throw new IllegalStateException("Unexpected redirect: " + submitted.location());
    }
    var token =
        send(
            HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form(
                            Map.of(
                                "grant_type", "authorization_code",
                                "client_id", clientId,
                                "code", code,
                                "redirect_uri", redirectUri,
                                "code_verifier", verifier)))));
    if (token.status() != 200) {
      throw new IllegalStateException("No token for the code: " + token.body());
    }
    return io.restassured.path.json.JsonPath.from(token.body()).getString("access_token");
  }

  private Answer send(HttpRequest.Builder request) {
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    try {
      var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      // kept whatever their Secure flag says: this stands in for a browser on a secure origin
      response
          .headers()
          .allValues("Set-Cookie")
          .forEach(
              c -> {
                var pair = c.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                  cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                }
              });
      return new Answer(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Location").orElse(null));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String random() {
    var bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String challenge(String verifier) {
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(
              MessageDigest.getInstance("SHA-256")
                  .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String form(Map<String, String> values) {
    return values.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String parameter(String query, String name) {
    if (query == null) {
      return null;
    }
    for (var pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}
