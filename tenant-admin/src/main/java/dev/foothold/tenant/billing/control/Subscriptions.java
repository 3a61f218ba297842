package dev.foothold.tenant.billing.control;

import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.tenant.TenantId;
import dev.foothold.platform.time.ClockSource;
import dev.foothold.tenant.billing.entity.Subscription;
import dev.foothold.tenant.billing.entity.SubscriptionState;
import dev.foothold.tenant.members.control.Joined;
import dev.foothold.tenant.members.control.MemberStore;
import dev.foothold.tenant.members.entity.Member;
import dev.foothold.tenant.tenants.control.TenantStore;
import dev.foothold.tenant.tenants.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The current tenant's subscriptions, and the rule that gives each client one trial: it starts when
 * they first join (or when they ask, if the tenant says so), lasts the tenant's trial days to the
 * second, and never starts again — not after leaving and rejoining (the row outlives the
 * membership), nor for a second account with the same verified email (it shares the first one's
 * trial). Every method runs with the tenant already current.
 */
@ApplicationScoped
@Transactional
public class Subscriptions {

  private static final Logger LOG = Logger.getLogger(Subscriptions.class.getName());

  @PersistenceContext(unitName = "tenancy")
  EntityManager em;

  @Inject ClockSource clock;
  @Inject TenantStore tenants;
  @Inject MemberStore members;

  /**
   * @param holder a client
   * @return their subscription, if they have one
   */
  public Optional<Subscription> find(SubjectId holder) {
    return Optional.ofNullable(em.find(Subscription.class, holder.value()));
  }

  /**
   * @param holder a client
   * @return their subscription, locked until the transaction ends; while it lasts no other
   *     transaction locks the same holder, even when there is no subscription yet
   */
  public Optional<Subscription> lock(SubjectId holder) {
    // A row lock cannot serialise the first two events for a holder who has no row yet (both
    // would insert, one fails at commit): a transaction lock on the holder's name can.
    em.createNativeQuery(
            "select 1 from (select pg_advisory_xact_lock(hashtextextended('subscription:'"
                + " || coalesce(current_setting('app.tenant_id', true), '') || ':' || ?1, 0))) l")
        .setParameter(1, holder.value())
        .getSingleResult();
    return Optional.ofNullable(
        em.find(Subscription.class, holder.value(), LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * @return every subscription of the tenant
   */
  public List<Subscription> all() {
    return em.createQuery(
            "select s from Subscription s order by s.updatedAt desc", Subscription.class)
        .getResultList();
  }

  /**
   * @param until the end of the window
   * @return trials still running that end before {@code until}, soonest first
   */
  public List<Subscription> trialsEndingBefore(Instant until) {
    return em.createQuery(
            "select s from Subscription s where s.state = 'trialing' and s.trialEndsAt < :until"
                + " order by s.trialEndsAt",
            Subscription.class)
        .setParameter("until", until)
        .getResultList();
  }

  /** Stores a new subscription. */
  public Subscription add(Subscription subscription) {
    em.persist(subscription);
    return subscription;
  }

  /** A client joined: their trial starts now, unless they had one or the tenant waits for them. */
  void onJoined(@Observes Joined joined) {
    if (joined.role() != TenantRole.CLIENT) {
      return;
    }
    var tenant = tenants.require(joined.tenant());
    if (!Tenant.TRIAL_ON_JOIN.equals(tenant.trialStart())) {
      return;
    }
    startTrial(tenant, joined.person(), joined.verifiedEmail(), joined.at());
  }

  /**
   * The standing of a client as the gate sees it; a client who joined before trials existed (or
   * whose arrival nobody recorded) gets the trial they are owed, from the day they joined.
   *
   * @param tenantId the current tenant
   * @param holder the client
   * @param verifiedEmail their verified email, if any
   * @return what the gate needs
   */
  public Standing standing(TenantId tenantId, SubjectId holder, Optional<String> verifiedEmail) {
    var tenant = tenants.require(tenantId);
    var grace = Duration.ofDays(tenant.graceDays());
    var existing = find(holder);
    if (existing.isPresent()) {
      return Standing.of(existing.get(), grace);
    }
    var member = members.find(holder).filter(Member::active);
    if (member.isEmpty()
        || member.get().role() != TenantRole.CLIENT
        || !Tenant.TRIAL_ON_JOIN.equals(tenant.trialStart())) {
      return Standing.NONE;
    }
    return Standing.of(startTrial(tenant, holder, verifiedEmail, member.get().joinedAt()), grace);
  }

  /**
   * A client asks for their trial (tenants whose trials start on request).
   *
   * @param holder the client
   * @param verifiedEmail their verified email, if any
   * @return their subscription
   * @throws dev.foothold.tenant.billing.entity.IllegalTransition when they had a trial already
   */
  public Subscription startTrialByChoice(
      TenantId tenantId, SubjectId holder, Optional<String> verifiedEmail) {
    var tenant = tenants.require(tenantId);
    var existing = find(holder);
    if (existing.isPresent()) {
      var s = existing.get();
      var now = clock.now();
      if (s.state() == SubscriptionState.TRIALING
          && s.trialEndsAt().map(end -> !now.isBefore(end)).orElse(false)) {
        s.moveTo(SubscriptionState.TRIAL_ENDED, now); // ended, even if nobody wrote it down yet
        throw new dev.foothold.tenant.billing.entity.IllegalTransition(
            SubscriptionState.TRIAL_ENDED, SubscriptionState.TRIALING);
      }
      // a second trial is never possible: the state machine refuses any way back to trialing
      s.moveTo(SubscriptionState.TRIALING, now);
      return s;
    }
    return startTrial(tenant, holder, verifiedEmail, clock.now());
  }

  private Subscription startTrial(
      Tenant tenant, SubjectId holder, Optional<String> verifiedEmail, Instant start) {
    var existing = find(holder);
    if (existing.isPresent()) {
      return existing.get(); // rejoining: the trial was used
    }
    var email = verifiedEmail.map(e -> e.toLowerCase(Locale.ROOT));
    var now = clock.now();
    var earlier =
        email.flatMap(
            e ->
                em.createQuery(
                        "select s from Subscription s where s.trialEmail = :email",
                        Subscription.class)
                    .setParameter("email", e)
                    .getResultStream()
                    .findFirst());
    Subscription subscription;
    if (earlier.isPresent()) {
      subscription = Subscription.sharingTrial(holder, earlier.get(), now);
      LOG.info(
          () -> "Billing: " + holder + " shares the trial of another account with the same email");
    } else {
      subscription =
          Subscription.trial(
              holder, email.orElse(null), start, Duration.ofDays(tenant.trialDays()), now);
    }
    em.persist(subscription);
    return subscription;
  }

  /**
   * @param holder a client
   * @return their subscription
   * @throws ProblemException 404 when they have none
   */
  public Subscription require(SubjectId holder) {
    return find(holder)
        .orElseThrow(
            () ->
                new ProblemException(
                    404,
                    "no-subscription",
                    "No subscription",
                    "There is no subscription or trial for you here yet."));
  }
}
