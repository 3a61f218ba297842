package dev.foothold.deploy.identity;

import dev.foothold.platform.problem.ProblemException;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;

/**
 * Every API path needs a valid token unless its method or class is marked {@link PermitAll}.
 *
 * <p>MicroProfile JWT refuses a bad token by itself, but lets a request with no token at all
 * through to resources that declare no roles; this filter makes "signed in" the default.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (isPublic(resource)) {
      return;
    }
    if (request.getSecurityContext().getUserPrincipal() == null) {
      throw new ProblemException(
          401,
          "unauthenticated",
          "Authentication required",
          "Sign in and send your access token as 'Authorization: Bearer <token>'.");
    }
  }

  /**
   * @param resource the matched resource method
   * @return whether it is marked {@link PermitAll}
   */
  public static boolean isPublic(ResourceInfo resource) {
    return marked(resource.getResourceMethod()) || marked(resource.getResourceClass());
  }

  private static boolean marked(AnnotatedElement element) {
    return element != null && element.isAnnotationPresent(PermitAll.class);
  }
}
