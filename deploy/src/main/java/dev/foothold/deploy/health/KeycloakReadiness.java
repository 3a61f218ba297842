package dev.foothold.deploy.health;

import dev.foothold.deploy.persistence.PlatformState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while Keycloak publishes the realm that signs Foothold's tokens. */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  // looked up per call: Payara may run health checks before the application's configuration is
  // reachable from the calling thread
  @Inject
  @ConfigProperty(name = "foothold.keycloak.url")
  Provider<String> keycloakUrl;

  @Inject
  @ConfigProperty(name = "foothold.keycloak.realm")
  Provider<String> realm;

  @Inject PlatformState state;

  @Override
  public HealthCheckResponse call() {
    var check = HealthCheckResponse.named("keycloak");
    if (!state.ready()) {
      return check.down().withData("reason", "Foothold is starting").build();
    }
    var realm = this.realm.get();
    var realmUrl =
        URI.create(keycloakUrl.get() + "/realms/" + realm + "/.well-known/openid-configuration");
    try {
      var response =
          http.send(
              HttpRequest.newBuilder(realmUrl).timeout(Duration.ofSeconds(3)).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200
          ? check.up().build()
          : check
              .down()
              .withData("reason", "realm '" + realm + "' answered " + response.statusCode())
              .build();
    } catch (IOException e) {
      return check.down().withData("reason", "Keycloak does not answer").build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return check.down().withData("reason", "interrupted").build();
    }
  }
}
