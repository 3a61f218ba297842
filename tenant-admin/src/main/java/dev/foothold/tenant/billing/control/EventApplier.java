package dev.foothold.tenant.billing.control;

import dev.foothold.platform.time.ClockSource;
import dev.foothold.tenant.billing.entity.Subscription;
import dev.foothold.tenant.entitlement.control.GateCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.logging.Logger;

/**
 * Applies one provider event to one subscription, in one transaction that also claims the event's
 * id: a replay finds the id taken and changes nothing; a concurrent delivery of the same event
 * waits on the claim and then finds it taken. An event older than the newest one applied is
 * recorded and ignored, so late deliveries never move a subscription backwards; a state change the
 * state machine forbids is recorded and refused.
 */
@ApplicationScoped
public class EventApplier {

  private static final Logger LOG = Logger.getLogger(EventApplier.class.getName());

  /** What became of an event. */
  public enum Outcome {
    /** It changed the subscription. */
    APPLIED,
    /** It was seen before; nothing changed. */
    DUPLICATE,
    /** It is older than the newest applied; nothing changed. */
    STALE,
    /** It asked for a change the state machine forbids; nothing changed. */
    REFUSED,
    /** Foothold does not act on its type, or it names no subscription of Foothold's. */
    IGNORED
  }

  @PersistenceContext(unitName = "tenancy")
  EntityManager em;

  @Inject Subscriptions subscriptions;
  @Inject ClockSource clock;
  @Inject GateCache cache;
  @Inject jakarta.enterprise.event.Event<dev.foothold.platform.event.SubscriptionChanged> changed;

  /**
   * @param event an event that names a tenant (the current one) and a holder, of a type Foothold
   *     acts on
   * @return what became of it
   */
  @Transactional
  public Outcome apply(BillingEvent event) {
    var holder = event.holder().orElseThrow();
    var target = event.target().orElseThrow();
    var existing = subscriptions.lock(holder);
    Outcome outcome;
    if (existing.isPresent() && existing.get().isOlderThanApplied(event.created())) {
      outcome = Outcome.STALE;
    } else if (!existing
        .map(Subscription::state)
        .orElse(dev.foothold.tenant.billing.entity.SubscriptionState.TRIAL_ENDED)
        .mayBecome(target)) {
      outcome = Outcome.REFUSED;
    } else {
      outcome = Outcome.APPLIED;
    }
    if (!claim(event, outcome)) {
      return Outcome.DUPLICATE;
    }
    if (outcome == Outcome.APPLIED) {
      var subscription =
          existing.orElseGet(
              () -> subscriptions.add(Subscription.withoutTrial(holder, clock.now())));
      subscription.moveTo(target, event.created());
      subscription.provider(event.customer(), event.subscription(), event.periodEnd());
      subscription.applied(event.created());
      cache.forgetAfterCommit(event.tenant().orElseThrow(), holder);
      changed.fire(
          new dev.foothold.platform.event.SubscriptionChanged(
              event.tenant().orElseThrow(),
              clock.now(),
              java.util.Optional.of(holder),
              target.wire()));
    }
    LOG.info(
        () ->
            "Billing: event "
                + event.id()
                + " ("
                + event.type()
                + ") for "
                + holder
                + " in '"
                + event.tenant().orElseThrow()
                + "': "
                + outcome.name().toLowerCase(java.util.Locale.ROOT));
    return outcome;
  }

  private boolean claim(BillingEvent event, Outcome outcome) {
    return em.createNativeQuery(
                "insert into tenancy.billing_event (event_id, tenant_id, type, created, received_at,"
                    + " outcome) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (event_id) do nothing")
            .setParameter(1, event.id())
            .setParameter(2, event.tenant().orElseThrow().slug())
            .setParameter(3, event.type())
            .setParameter(4, Timestamp.from(event.created()))
            .setParameter(5, Timestamp.from(clock.now()))
            .setParameter(6, outcome.name().toLowerCase(java.util.Locale.ROOT))
            .executeUpdate()
        == 1;
  }
}
