package dev.foothold.tenant.members.control;

import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.identity.Membership;
import dev.foothold.platform.identity.Memberships;
import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.tenant.TenantId;
import dev.foothold.platform.tenant.TenantScope;
import dev.foothold.tenant.entitlement.control.GateCache;
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
  @Inject GateCache cache;

  /**
   * Answers from {@link GateCache} when it can, so the pipeline asks the database once per member
   * rather than once per request; every change of a member or tenant forgets the entry on all
   * instances.
   */
  @Override
  public Optional<Membership> of(CurrentUser user, TenantId tenant) {
    if (!user.authenticated()) {
      return Optional.empty();
    }
    return cache
        .read(
            GateCache.MEMBER,
            tenant,
            user.subject(),
            () ->
                scope
                    .call(tenant, () -> arrivals.membership(user, tenant))
                    .map(m -> m.role().name()))
        .map(role -> new Membership(tenant, user.subject(), TenantRole.valueOf(role)));
  }
}
