package dev.foothold.deploy.persistence;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where {@code foothold.diagnostics.statements} is true (test deployments), reports in the header
 * {@value #HEADER} how many statements the {@code tenancy} unit ran for the request.
 */
@Provider
@PreMatching
@Priority(1)
public class StatementCountFilter implements ContainerRequestFilter, ContainerResponseFilter {

  /** The response header. */
  public static final String HEADER = "Foothold-Tenancy-Statements";

  @Inject
  @ConfigProperty(name = "foothold.diagnostics.statements", defaultValue = "false")
  boolean enabled;

  @Override
  public void filter(ContainerRequestContext request) {
    if (enabled) {
      TenancyStatements.reset();
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (enabled) {
      response.getHeaders().putSingle(HEADER, Integer.toString(TenancyStatements.count()));
    }
  }
}
