package dev.foothold.deploy.tenancy;

import dev.foothold.deploy.identity.AuthenticationFilter;
import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.identity.TenantRoles;
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
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Resolves the tenant of {@code /api/v1/t/{slug}/...} and lets in members only (public methods
 * excepted), and only in the roles a method names with {@link TenantRoles}. Membership is asked of
 * {@link dev.foothold.platform.identity.Memberships}, so a removed member is refused at once even
 * while their token still names the tenant. Runs after authentication.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class TenantPathFilter implements ContainerRequestFilter {

  static final String PREFIX = "v1/t/";

  @Context ResourceInfo resource;
  @Inject RequestTenant requestTenant;
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
    requestTenant.enter(tenant);
    if (AuthenticationFilter.isPublic(resource)) {
      return;
    }
    var membership =
        user.membershipIn(tenant)
            .orElseThrow(
                () ->
                    new ProblemException(
                        403,
                        "not-a-member",
                        "Not a member of this tenant",
                        "You are not a member of '"
                            + tenant
                            + "'. Ask its administrator for an invitation."));
    var allowed = allowedRoles();
    if (allowed.length > 0 && !membership.holdsAnyOf(allowed)) {
      throw new ProblemException(
          403,
          "role-required",
          "Your role does not allow this",
          "In '"
              + tenant
              + "' you are "
              + membership.role().name().toLowerCase(java.util.Locale.ROOT)
              + "; this needs one of: "
              + Arrays.stream(allowed)
                  .map(r -> r.name().toLowerCase(java.util.Locale.ROOT))
                  .collect(Collectors.joining(", "))
              + ".");
    }
  }

  private TenantRole[] allowedRoles() {
    var onMethod = resource.getResourceMethod().getAnnotation(TenantRoles.class);
    if (onMethod != null) {
      return onMethod.value();
    }
    var onClass = resource.getResourceClass().getAnnotation(TenantRoles.class);
    return onClass == null ? new TenantRole[0] : onClass.value();
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
