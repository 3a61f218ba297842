package dev.foothold.tenant.members.control;

import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.identity.TenantRole;
import dev.foothold.tenant.members.entity.Invitation;
import dev.foothold.tenant.members.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Members and invitations of the current tenant. Every method runs in a transaction, with the
 * tenant already current: the ORM discriminator and row-level security both confine it there.
 */
@ApplicationScoped
@Transactional
public class MemberStore {

  @PersistenceContext(unitName = "tenancy")
  EntityManager em;

  public Optional<Member> find(SubjectId subject) {
    return Optional.ofNullable(em.find(Member.class, subject.value()));
  }

  public List<Member> active() {
    return em.createQuery(
            "select m from Member m where m.removedAt is null order by m.role, m.email",
            Member.class)
        .getResultList();
  }

  public Optional<Member> byEmail(String email) {
    return em.createQuery("select m from Member m where lower(m.email) = :email", Member.class)
        .setParameter("email", email.toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  public long activeWithRole(TenantRole role) {
    return em.createQuery(
            "select count(m) from Member m where m.removedAt is null and m.role = :role",
            Long.class)
        .setParameter("role", role)
        .getSingleResult();
  }

  public Member add(Member member) {
    em.persist(member);
    return member;
  }

  public Optional<Invitation> invitation(String email) {
    return Optional.ofNullable(em.find(Invitation.class, email.toLowerCase(Locale.ROOT)));
  }

  public List<Invitation> invitations() {
    return em.createQuery("select i from Invitation i order by i.invitedAt", Invitation.class)
        .getResultList();
  }

  /** Records (or replaces) the role an invited email will take. */
  public Invitation invite(String email, TenantRole role, String invitedBy, Instant at) {
    invitation(email).ifPresent(em::remove);
    em.flush();
    var invitation = new Invitation(email, role, invitedBy, at);
    em.persist(invitation);
    return invitation;
  }

  /** Consumes the invitation of an email, if there is one. */
  public Optional<TenantRole> takeInvitation(String email) {
    var invitation = invitation(email);
    invitation.ifPresent(em::remove);
    return invitation.map(Invitation::role);
  }
}
