package dev.foothold.deploy.health;

import dev.foothold.deploy.persistence.PlatformState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once every module's migrations have been applied. */
@Readiness
@ApplicationScoped
public class StartupReadiness implements HealthCheck {

  @Inject PlatformState state;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("migrations").status(state.ready()).build();
  }
}
