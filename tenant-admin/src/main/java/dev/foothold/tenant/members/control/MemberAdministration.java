package dev.foothold.tenant.members.control;

import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.tenant.TenantContext;
import dev.foothold.platform.time.ClockSource;
import dev.foothold.tenant.directory.control.IdentityDirectory;
import dev.foothold.tenant.entitlement.control.GateCache;
import dev.foothold.tenant.members.entity.Invitation;
import dev.foothold.tenant.members.entity.Member;
import dev.foothold.tenant.tenants.control.TenantStore;
import dev.foothold.tenant.tenants.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * What a tenant's owners and admins do with its members: add people who have an account, invite
 * people by email, change roles, remove members. Keycloak's organisation and Foothold's member
 * record change together; a removal takes effect on the member's next request.
 */
@ApplicationScoped
@Transactional
public class MemberAdministration {

  private static final Logger LOG = Logger.getLogger(MemberAdministration.class.getName());

  @Inject TenantContext tenantContext;
  @Inject TenantStore tenants;
  @Inject MemberStore members;
  @Inject IdentityDirectory directory;
  @Inject ClockSource clock;
  @Inject CurrentUser caller;
  @Inject GateCache gate;
  @Inject jakarta.enterprise.event.Event<Joined> joined;

  public List<Member> list() {
    return members.active();
  }

  public List<Invitation> invitations() {
    return members.invitations();
  }

  /**
   * Invites a person to join in {@code role}: Keycloak emails them, whether or not they have an
   * account already (a new person registers from the email, someone with an account accepts it),
   * and they take the role when they arrive with that email verified. Nobody is added without
   * accepting, and the answer is the same whether or not the realm knows the address, so that no
   * tenant learns who has an account.
   */
  public Invitation invite(String email, TenantRole role, String firstName, String lastName) {
    var tenant = current();
    RolesOfKind.require(tenant.kind(), role);
    requireMayGrant(role);
    members
        .byEmail(email)
        .filter(Member::active)
        .ifPresent(
            m -> {
              throw new ProblemException(
                  409,
                  "member-exists",
                  "Already a member",
                  email + " is already a member of " + tenant.id() + ".");
            });
    // replacing or withdrawing an owner's invitation is an owner's decision too
    members.invitation(email).ifPresent(pending -> requireMayGrant(pending.role()));
    Seats.requireFree(tenant, role, members.activeWithRole(TenantRole.STAFF));
    var invitation =
        members.invite(
            email, role, caller.username().orElse(caller.subject().value()), clock.now());
    try {
      directory.invite(tenants.organisationOf(tenant), email, firstName, lastName);
    } catch (ProblemException e) {
      if (e.status() != 409) {
        throw e;
      }
      // Keycloak already has an invitation (or the person) for this address: the email went out
      // before. Answering 409 here would tell whether the address has an account, so the answer
      // stays the same and the role recorded above is the one they will take.
      LOG.info(() -> "Members: Keycloak already had an invitation for " + email + "; kept it");
    }
    LOG.info(() -> "Members: invited " + email + " to '" + tenant.id() + "' as " + lower(role));
    return invitation;
  }

  /** What appointing the person who runs a tenant did: added them, or invited them. */
  public record Appointment(Member member, Invitation invitation) {}

  /**
   * Makes a person the one who runs the current tenant (owner of a coaching business, admin of an
   * organisation): at once when they have an account, else by an emailed invitation. For platform
   * operators, who are not members: the caller's own role is not checked here.
   */
  public Appointment appointRunner(String email) {
    var tenant = current();
    var role = RolesOfKind.running(tenant.kind());
    var user = directory.findUserByEmail(email);
    if (user.isEmpty()) {
      var invitation =
          members.invite(
              email, role, caller.username().orElse(caller.subject().value()), clock.now());
      directory.invite(tenants.organisationOf(tenant), email, null, null);
      LOG.info(
          () -> "Members: invited " + email + " to run '" + tenant.id() + "' as " + lower(role));
      return new Appointment(null, invitation);
    }
    var subject = new SubjectId(user.get().id());
    var existing = members.find(subject);
    Member member;
    if (existing.isPresent() && existing.get().active()) {
      member = existing.get();
      member.changeRole(role);
    } else {
      directory.addMember(tenants.organisationOf(tenant), user.get().id());
      member =
          existing
              .map(
                  m -> {
                    m.rejoin(role, clock.now());
                    return m;
                  })
              .orElseGet(
                  () ->
                      members.add(
                          new Member(
                              subject,
                              user.get().email(),
                              user.get().displayName(),
                              role,
                              clock.now())));
    }
    gate.forgetAfterCommit(tenant.id(), subject);
    LOG.info(() -> "Members: " + email + " now runs '" + tenant.id() + "' as " + lower(role));
    return new Appointment(member, null);
  }

  public Member changeRole(SubjectId subject, TenantRole role) {
    var tenant = locked();
    RolesOfKind.require(tenant.kind(), role);
    var member = activeMember(subject);
    requireMayGrant(role);
    requireMayGrant(member.role());
    if (member.role() == RolesOfKind.running(tenant.kind()) && role != member.role()) {
      requireAnotherRunner(tenant, member);
    }
    if (role == TenantRole.STAFF && member.role() != TenantRole.STAFF) {
      Seats.requireFree(tenant, role, members.activeWithRole(TenantRole.STAFF));
    }
    member.changeRole(role);
    gate.forgetAfterCommit(tenant.id(), subject);
    if (role == TenantRole.CLIENT) {
      joined.fire(new Joined(tenant.id(), subject, role, java.util.Optional.empty(), clock.now()));
    }
    return member;
  }

  public void remove(SubjectId subject) {
    var tenant = locked();
    var member = activeMember(subject);
    requireMayGrant(member.role());
    if (member.role() == RolesOfKind.running(tenant.kind())) {
      requireAnotherRunner(tenant, member);
    }
    member.remove(clock.now());
    gate.forgetAfterCommit(tenant.id(), subject);
    directory.removeMember(tenants.organisationOf(tenant), subject.value());
    LOG.info(
        () ->
            "Members: removed "
                + member.email().orElse(subject.value())
                + " from '"
                + tenant.id()
                + "'");
  }

  private Tenant current() {
    return tenants.require(tenantContext.require());
  }

  /**
   * The current tenant, its row locked until the transaction ends: role changes and removals run
   * one at a time per tenant, so two owners removing each other at once leave one of them, and two
   * promotions to staff cannot both take the last seat.
   */
  private Tenant locked() {
    var tenant = current();
    tenants.lock(tenant);
    requireCallerStillMayAct(tenant);
    return tenant;
  }

  /**
   * The caller's role was read before the lock was taken (from the gate's cache); once it is held,
   * the stored record decides, so that someone removed or demoted a moment ago cannot act. Platform
   * operators, who are not members, act by their realm role.
   */
  private void requireCallerStillMayAct(Tenant tenant) {
    if (caller.membershipIn(tenant.id()).isEmpty()) {
      return;
    }
    var mine = members.find(caller.subject()).filter(Member::active).map(Member::role);
    if (mine.isEmpty() || !(mine.get() == TenantRole.OWNER || mine.get() == TenantRole.ADMIN)) {
      throw new ProblemException(
          403,
          "role-required",
          "Not allowed any more",
          "Your role in " + tenant.id() + " changed: you can no longer manage its members.");
    }
  }

  private Member activeMember(SubjectId subject) {
    return members
        .find(subject)
        .filter(Member::active)
        .orElseThrow(
            () ->
                new ProblemException(
                    404,
                    "member-not-found",
                    "No such member",
                    "This tenant has no member " + subject + "."));
  }

  /** Only an owner makes or unmakes owners. */
  private void requireMayGrant(TenantRole role) {
    if (role != TenantRole.OWNER) {
      return;
    }
    var mine = caller.membershipIn(tenantContext.require()).map(m -> m.role()).orElse(null);
    if (mine != TenantRole.OWNER) {
      throw new ProblemException(
          403,
          "role-required",
          "Only an owner can do this",
          "Only an owner can make, change or remove an owner.");
    }
  }

  private void requireAnotherRunner(Tenant tenant, Member member) {
    if (members.activeWithRole(member.role()) <= 1) {
      throw new ProblemException(
          409,
          "last-" + lower(member.role()),
          "The last " + lower(member.role()) + " stays",
          tenant.id()
              + " needs at least one "
              + lower(member.role())
              + ": make someone else one first.");
    }
  }

  private static String lower(TenantRole role) {
    return role.name().toLowerCase(Locale.ROOT);
  }
}
