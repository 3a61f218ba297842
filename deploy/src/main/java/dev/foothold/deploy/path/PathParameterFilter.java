package dev.foothold.deploy.path;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Checks every path parameter of the matched resource method against {@link PathParameters} before
 * the method runs. It runs after authentication, membership and the gate, so a caller who may not
 * be here learns nothing from how an id is written.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 200)
public class PathParameterFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    request
        .getUriInfo()
        .getPathParameters(true)
        .forEach((name, values) -> values.forEach(value -> PathParameters.require(name, value)));
  }
}
