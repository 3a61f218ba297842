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
        return rejoinByInvitation(user, tenant.get(), member);
      }
      member.refresh(verifiedEmail(user).orElse(null), user.displayName().orElse(null));
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

  /**
   * A removed member comes back only when someone invited them again (to their verified email) and
   * they accepted, which put them back into the organisation; a token that still names the
   * organisation is not enough.
   */
  private Optional<Membership> rejoinByInvitation(CurrentUser user, Tenant tenant, Member member) {
    if (!user.isMemberOf(tenant.id())) {
      return Optional.empty();
    }
    var email = provenEmail(user, tenant);
    var invited = invitedRole(email, tenant);
    if (invited.isEmpty()) {
      return Optional.empty();
    }
    var role = invited.get();
    tenants.lock(tenant);
    Seats.requireFree(tenant, role, members.activeWithRole(TenantRole.STAFF));
    var at = clock.now();
    member.rejoin(role, at);
    member.refresh(email.orElse(null), user.displayName().orElse(null));
    joined.fire(new Joined(tenant.id(), user.subject(), role, email, at));
    LOG.info(() -> "Members: " + user.subject() + " rejoined '" + tenant.id() + "' as " + role);
    return Optional.of(new Membership(tenant.id(), user.subject(), role));
  }

  private Membership arrive(CurrentUser user, Tenant tenant, String how) {
    var email = provenEmail(user, tenant);
    TenantRole role = invitedRole(email, tenant).orElse(RolesOfKind.arriving(tenant.kind()));
    tenants.lock(tenant); // arrivals at the same moment take seats one after the other
    Seats.requireFree(tenant, role, members.activeWithRole(TenantRole.STAFF));
    var at = clock.now();
    members.add(
        new Member(user.subject(), email.orElse(null), user.displayName().orElse(null), role, at));
    joined.fire(new Joined(tenant.id(), user.subject(), role, email, at));
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

  /**
   * The caller's email when it is known to be theirs. Anyone can type any address into their
   * account, so it counts only when the identity provider has verified it, or when the person took
   * Foothold's invitation to it up in Keycloak's own pages: registering from the emailed link
   * leaves the address unverified, but Keycloak then no longer holds the invitation (it still does
   * while the invitation is only pending, which is when someone else could type the address in).
   */
  private Optional<String> provenEmail(CurrentUser user, Tenant tenant) {
    return verifiedEmail(user).or(() -> user.email().filter(e -> acceptedInKeycloak(tenant, e)));
  }

  /** The role of the invitation sent to {@code email}, consumed. */
  private Optional<TenantRole> invitedRole(Optional<String> email, Tenant tenant) {
    return email
        .flatMap(members::takeInvitation)
        .filter(r -> RolesOfKind.of(tenant.kind()).contains(r));
  }

  private boolean acceptedInKeycloak(Tenant tenant, String email) {
    return members.invitation(email).isPresent()
        && !directory.invitationOutstanding(tenants.organisationOf(tenant), email);
  }

  private static Optional<String> verifiedEmail(CurrentUser user) {
    return user.emailVerified() ? user.email() : Optional.empty();
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
