package dev.foothold.deploy.tenancy;

import dev.foothold.deploy.identity.AuthenticationFilter;
import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.identity.TenantRoles;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.tenant.TenantId;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Resolves the tenant of {@code /api/v1/t/{slug}/...} and lets in members only (public methods
 * excepted), and only in the roles a method names with {@link TenantRoles}. Membership is asked of
 * {@link dev.foothold.platform.identity.Memberships}, so a removed member is refused at once even
 * while their token still names the tenant. Runs after authentication.
 *
 * <p>The tenant is the {@code slug} parameter of the matched resource's template, taken as sent: a
 * request is tenant-scoped when the matched resource class is, never because its decoded path text
 * looks so. (Decoded, {@code /t/acme%2Fme/climbs} reads {@code /t/acme/me/climbs}, which is not the
 * address JAX-RS matched.)
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class TenantPathFilter implements ContainerRequestFilter {

  /** The template every tenant-scoped resource class's path starts with. */
  static final String TEMPLATE = "v1/t/{slug}";

  @Context ResourceInfo resource;
  @Inject RequestTenant requestTenant;
  @Inject CurrentUser user;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!tenantScoped(resource.getResourceClass())) {
      return;
    }
    // as sent: a slug never needs percent-encoding, so an encoded one is no slug
    var slug = request.getUriInfo().getPathParameters(false).getFirst("slug");
    if (!TenantId.isValid(slug)) {
      throw new ProblemException(
          404,
          "tenant-not-found",
          "Tenant not found",
          "No tenant has this name: a tenant's name is 2 to 63 lower-case letters, digits and"
              + " single hyphens.");
    }
    var tenant = new TenantId(slug);
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
    // no method: JAX-RS answers OPTIONS itself, naming the methods; members may ask
    var method = resource.getResourceMethod();
    var onMethod = method == null ? null : method.getAnnotation(TenantRoles.class);
    if (onMethod != null) {
      return onMethod.value();
    }
    var onClass = resource.getResourceClass().getAnnotation(TenantRoles.class);
    return onClass == null ? new TenantRole[0] : onClass.value();
  }

  /**
   * @param type the matched resource class, or {@code null}
   * @return whether its template places it inside a tenant ({@value #TEMPLATE}...)
   */
  static boolean tenantScoped(Class<?> type) {
    var path = type == null ? null : type.getAnnotation(Path.class);
    if (path == null) {
      return false;
    }
    var template = path.value().startsWith("/") ? path.value().substring(1) : path.value();
    return template.equals(TEMPLATE) || template.startsWith(TEMPLATE + "/");
  }
}
