package dev.foothold.deploy.persistence;

import dev.foothold.platform.problem.ProblemException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** Answers 503 to every API request until start-up has migrated the database. */
@Provider
@PreMatching
@Priority(1)
public class StartingFilter implements ContainerRequestFilter {

  @Inject PlatformState state;

  @Override
  public void filter(ContainerRequestContext request) {
    if (state.refused()) {
      throw new ProblemException(
          503,
          "unsafe-configuration",
          "Foothold refused to start",
          "This server's configuration is not safe to serve with; its operator finds why in the"
              + " server log.");
    }
    if (!state.ready()) {
      throw new ProblemException(
          503,
          "starting",
          "Starting",
          "Foothold is starting and will answer in a few seconds.",
          Map.of("retryAfterSeconds", 5));
    }
  }
}
