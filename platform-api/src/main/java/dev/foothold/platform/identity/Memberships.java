package dev.foothold.platform.identity;

import dev.foothold.platform.tenant.TenantId;
import java.util.Optional;

/**
 * Who belongs to which tenant, in which role: the pipeline asks before a tenant-scoped request
 * runs.
 *
 * <p>Keycloak's organisation membership (the token's {@code organization} claim) is necessary but
 * not sufficient: a member removed from a tenant loses access at once, even while their token still
 * names it. Implementations may record a member the first time a person whose token names the
 * organisation arrives (after an invitation, say), in the role they were invited to.
 */
public interface Memberships {

  /**
   * @param user the caller; never {@code null}
   * @param tenant the tenant of the request; never {@code null}
   * @return the caller's membership, or empty when they are not a member, the tenant does not exist
   *     or is suspended; never {@code null}
   */
  Optional<Membership> of(CurrentUser user, TenantId tenant);
}
