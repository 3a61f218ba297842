package dev.foothold.tenant.members.control;

import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.identity.Membership;
import dev.foothold.platform.identity.Memberships;
import dev.foothold.platform.tenant.TenantId;
import dev.foothold.platform.tenant.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Tenant administration's answer to who is a member: Foothold's member record decides; a person
 * whose token names the organisation but who has no record yet is recorded on first arrival, in the
 * role they were invited to (a client or staff member when nobody chose). A new user whose verified
 * email matches an organisation's linked domain joins it the same way.
 */
@ApplicationScoped
public class TenantMemberships implements Memberships {

  @Inject TenantScope scope;
  @Inject Arrivals arrivals;

  @Override
  public Optional<Membership> of(CurrentUser user, TenantId tenant) {
    if (!user.authenticated()) {
      return Optional.empty();
    }
    return scope.call(tenant, () -> arrivals.membership(user, tenant));
  }
}
