package dev.foothold.deploy.identity;

import dev.foothold.platform.problem.ProblemException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Keeps a tenant-bound token (see {@link TenantBoundTokens}) inside its tenant: it is refused on
 * every path that is not that tenant's own {@code /api/v1/t/{slug}/...}, operator paths and other
 * tenants included. The decision is made on the matched resource (its {@code @Path} template and
 * decoded {@code slug} parameter), never on the raw path text. Runs after authentication and before
 * the tenant's membership and role checks.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class TenantBoundTokenFilter implements ContainerRequestFilter {

  static final String TENANT_TEMPLATE = "v1/t/{slug}";

  @Context ResourceInfo resource;
  @Inject TenantBoundTokens tokens;
  @Inject SecurityContext security;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!(security.getCallerPrincipal() instanceof JsonWebToken jwt)) {
      return;
    }
    var bound = tokens.boundSlug(jwt.<String>getClaim("azp"));
    if (bound.isEmpty()) {
      return;
    }
    var slug = request.getUriInfo().getPathParameters(true).getFirst("slug");
    if (!tenantPath(resource.getResourceClass()) || !bound.get().equals(slug)) {
      throw new ProblemException(
          403,
          "token-bound-to-tenant",
          "This sign-in is for one tenant only",
          "You signed in on the custom domain of '"
              + bound.get()
              + "'; that sign-in is good for its portal only. Sign in on the platform's own"
              + " address for anything else.");
    }
  }

  /**
   * @return whether the resource class is mapped under {@code v1/t/{slug}}
   */
  static boolean tenantPath(Class<?> resourceClass) {
    if (resourceClass == null) {
      return false;
    }
    var path = resourceClass.getAnnotation(Path.class);
    if (path == null) {
      return false;
    }
    var template = path.value().startsWith("/") ? path.value().substring(1) : path.value();
    return template.equals(TENANT_TEMPLATE) || template.startsWith(TENANT_TEMPLATE + "/");
  }
}
