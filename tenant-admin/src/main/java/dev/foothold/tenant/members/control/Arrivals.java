package dev.foothold.tenant.members.control;

import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.identity.Membership;
import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.tenant.TenantId;
import dev.foothold.platform.time.ClockSource;
import dev.foothold.tenant.directory.control.IdentityDirectory;
import dev.foothold.tenant.members.entity.Member;
import dev.foothold.tenant.tenants.control.TenantStore;
import dev.foothold.tenant.tenants.entity.Tenant;
import dev.foothold.tenant.tenants.entity.TenantKind;
import dev.foothold.tenant.tenants.entity.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/** Looks up, and on first arrival records, the caller's membership of the current tenant. */
@ApplicationScoped
public class Arrivals {

  private static final Logger LOG = Logger.getLogger(Arrivals.class.getName());

  @Inject TenantStore tenants;
  @Inject MemberStore members;
  @Inject IdentityDirectory directory;
  @Inject ClockSource clock;
  @Inject jakarta.enterprise.event.Event<Joined> joined;

  @Transactional
  public Optional<Membership> membership(CurrentUser user, TenantId tenantId) {
    var tenant = tenants.find(tenantId).filter(t -> t.status() == TenantStatus.ACTIVE);
    if (tenant.isEmpty()) {
      return Optional.empty();
    }
    var known = members.find(user.subject());
    if (known.isPresent()) {
      var member = known.get();
      if (!member.active()) {
        return Optional.empty();
      }
      member.refresh(user.email().orElse(null), user.displayName().orElse(null));
      return Optional.of(new Membership(tenantId, user.subject(), member.role()));
    }
    if (user.isMemberOf(tenantId)) {
      return Optional.of(arrive(user, tenant.get(), "their organisation membership"));
    }
    if (joinsByDomain(user, tenant.get())) {
      directory.addMember(tenant.get().keycloakId().orElseThrow(), user.subject().value());
      return Optional.of(arrive(user, tenant.get(), "their email domain"));
    }
    return Optional.empty();
  }

  private Membership arrive(CurrentUser user, Tenant tenant, String how) {
    TenantRole role =
        user.email()
            .flatMap(members::takeInvitation)
            .filter(r -> RolesOfKind.of(tenant.kind()).contains(r))
            .orElse(RolesOfKind.arriving(tenant.kind()));
    Seats.requireFree(tenant, role, members.activeWithRole(TenantRole.STAFF));
    var at = clock.now();
    members.add(
        new Member(
            user.subject(), user.email().orElse(null), user.displayName().orElse(null), role, at));
    joined.fire(
        new Joined(
            tenant.id(),
            user.subject(),
            role,
            user.emailVerified() ? user.email() : Optional.empty(),
            at));
    LOG.info(
        () ->
            "Members: "
                + user.username().orElse(user.subject().value())
                + " joined '"
                + tenant.id()
                + "' as "
                + role.name().toLowerCase(Locale.ROOT)
                + " (by "
                + how
                + ")");
    return new Membership(tenant.id(), user.subject(), role);
  }

  private static boolean joinsByDomain(CurrentUser user, Tenant tenant) {
    if (tenant.kind() != TenantKind.ORGANISATION
        || tenant.emailDomain().isEmpty()
        || tenant.keycloakId().isEmpty()
        || !user.emailVerified()) {
      return false;
    }
    return user.email()
        .map(e -> e.toLowerCase(Locale.ROOT).endsWith("@" + tenant.emailDomain().get()))
        .orElse(false);
  }
}
