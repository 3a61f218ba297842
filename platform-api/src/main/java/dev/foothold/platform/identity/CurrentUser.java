package dev.foothold.platform.identity;

import dev.foothold.platform.tenant.TenantId;
import java.util.Optional;
import java.util.Set;

/**
 * The person behind the current request, as the verified access token describes them.
 *
 * <p>Request-scoped. On a public path with no token, {@link #authenticated()} is {@code false} and
 * every other method answers as for nobody (empty values, empty sets); no method ever returns
 * {@code null}.
 */
public interface CurrentUser {

  /**
   * @return whether the request carried a valid token
   */
  boolean authenticated();

  /**
   * @return whether the identity provider has verified {@link #email()}
   */
  boolean emailVerified();

  /**
   * @return the person's subject id
   * @throws IllegalStateException when {@link #authenticated()} is {@code false}
   */
  SubjectId subject();

  /**
   * @return the person's username (Keycloak's {@code preferred_username}), if known
   */
  Optional<String> username();

  /**
   * @return the name the person goes by (Keycloak's {@code name} claim), else their username, if
   *     known
   */
  default Optional<String> displayName() {
    return username();
  }

  /**
   * @return the person's email address, if the token carries one
   */
  Optional<String> email();

  /**
   * @return the platform-wide roles in the token (MicroProfile JWT {@code groups}); may be empty
   */
  Set<String> roles();

  /**
   * @return the tenants whose organisation the person belongs to (the token's {@code organization}
   *     claim); may be empty
   */
  Set<TenantId> memberships();

  /**
   * @param tenant a tenant; never {@code null}
   * @return whether the person belongs to {@code tenant}
   */
  default boolean isMemberOf(TenantId tenant) {
    return memberships().contains(tenant);
  }

  /**
   * @param tenant a tenant; never {@code null}
   * @return the person's membership there, as {@link Memberships} answers it (a removed member has
   *     none even while their token still names the tenant); never {@code null}
   */
  Optional<Membership> membershipIn(TenantId tenant);

  /**
   * @param role a platform-wide role name; never {@code null}
   * @return whether the token grants {@code role}
   */
  default boolean hasRole(String role) {
    return roles().contains(role);
  }
}
