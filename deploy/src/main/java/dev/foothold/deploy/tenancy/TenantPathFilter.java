package dev.foothold.deploy.tenancy;

import dev.foothold.deploy.identity.AuthenticationFilter;
import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.tenant.TenantId;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Resolves the tenant of {@code /api/v1/t/{slug}/...} and lets in members only (public methods
 * excepted). Runs after authentication.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class TenantPathFilter implements ContainerRequestFilter {

  static final String PREFIX = "v1/t/";

  @Context ResourceInfo resource;
  @Inject RequestTenantContext tenantContext;
  @Inject CurrentUser user;

  @Override
  public void filter(ContainerRequestContext request) {
    var slug = slugOf(request.getUriInfo().getPath());
    if (slug.isEmpty()) {
      return;
    }
    if (!TenantId.isValid(slug.get())) {
      throw new ProblemException(
          404,
          "tenant-not-found",
          "Tenant not found",
          "'" + slug.get() + "' is not a tenant's name.");
    }
    var tenant = new TenantId(slug.get());
    if (!AuthenticationFilter.isPublic(resource) && !user.isMemberOf(tenant)) {
      throw new ProblemException(
          403,
          "not-a-member",
          "Not a member of this tenant",
          "You are not a member of '" + tenant + "'. Ask its administrator for an invitation.");
    }
    tenantContext.enter(tenant);
  }

  /**
   * @param path the request path relative to {@code /api}, with or without a leading slash
   * @return the tenant segment of a tenant-scoped path
   */
  static Optional<String> slugOf(String path) {
    var relative = path.startsWith("/") ? path.substring(1) : path;
    if (!relative.startsWith(PREFIX)) {
      return Optional.empty();
    }
    var rest = relative.substring(PREFIX.length());
    int end = rest.indexOf('/');
    var slug = end < 0 ? rest : rest.substring(0, end);
    return slug.isEmpty() ? Optional.empty() : Optional.of(slug);
  }
}
