package dev.foothold.deploy.health;

import dev.foothold.deploy.persistence.PlatformState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN for good when start-up refused an unsafe configuration (a development secret outside
 * development). Says no more than that in public: the server log names the keys to set.
 */
@Readiness
@ApplicationScoped
public class ConfigurationReadiness implements HealthCheck {

  @Inject PlatformState state;

  @Override
  public HealthCheckResponse call() {
    var check = HealthCheckResponse.named("configuration");
    return state.refused()
        ? check.down().withData("reason", "refused: see the server log").build()
        : check.up().build();
  }
}
