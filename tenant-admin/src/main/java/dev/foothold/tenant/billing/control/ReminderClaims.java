package dev.foothold.tenant.billing.control;

import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.tenant.TenantId;
import dev.foothold.tenant.billing.entity.Subscription;
import dev.foothold.tenant.billing.entity.SubscriptionState;
import dev.foothold.tenant.entitlement.control.GateCache;
import dev.foothold.tenant.members.control.MemberStore;
import dev.foothold.tenant.tenants.control.TenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Claims and sends one trial reminder at a time, each in its own transaction: the claim is a row
 * whose key is (tenant, client, kind, trial end), inserted with {@code on conflict do nothing}. The
 * instance whose insert succeeds sends the email before it commits; another instance racing for the
 * same reminder waits on the uncommitted row and then finds it taken. A failed send rolls the claim
 * back, so a later round tries again.
 */
@ApplicationScoped
public class ReminderClaims {

  private static final Logger LOG = Logger.getLogger(ReminderClaims.class.getName());
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  @PersistenceContext(unitName = "tenancy")
  EntityManager em;

  @Inject Subscriptions subscriptions;
  @Inject MemberStore members;
  @Inject TenantStore tenants;
  @Inject Mailer mailer;
  @Inject GateCache cache;

  /**
   * @return every tenant (the reminder round runs outside any request)
   */
  @Transactional
  public List<dev.foothold.tenant.tenants.entity.Tenant> tenants() {
    return tenants.all();
  }

  /**
   * @param until the end of the window
   * @return trials still recorded as running that end before {@code until}
   */
  @Transactional
  public List<Subscription> due(Instant until) {
    return subscriptions.trialsEndingBefore(until);
  }

  /**
   * Sends whichever reminder is due for one client's trial, if nobody sent it yet.
   *
   * @param tenantId the current tenant
   * @param business the tenant's name, as the email names it
   * @param holder the client
   * @param now the platform's time
   */
  @Transactional
  public void remind(TenantId tenantId, String business, SubjectId holder, Instant now) {
    var subscription = subscriptions.lock(holder).orElse(null);
    if (subscription == null
        || subscription.state() != SubscriptionState.TRIALING
        || subscription.trialEndsAt().isEmpty()) {
      return;
    }
    var ends = subscription.trialEndsAt().get();
    boolean ended = !now.isBefore(ends);
    if (ended) {
      subscription.moveTo(SubscriptionState.TRIAL_ENDED, now);
      cache.forgetAfterCommit(tenantId, holder);
    }
    var member = members.find(holder);
    var to = member.flatMap(m -> m.email()).orElse(null);
    if (to == null || member.map(m -> !m.active()).orElse(true)) {
      return; // nobody to tell; the state change above still stands
    }
    var kind = ended ? "ENDED" : "ENDING_SOON";
    int claimed =
        em.createNativeQuery(
                "insert into tenancy.trial_reminder (tenant_id, holder, kind, trial_ends_at, sent_at,"
                    + " sent_to) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing")
            .setParameter(1, tenantId.slug())
            .setParameter(2, holder.value())
            .setParameter(3, kind)
            .setParameter(4, Timestamp.from(ends))
            .setParameter(5, Timestamp.from(now))
            .setParameter(6, to)
            .executeUpdate();
    if (claimed == 0) {
      return;
    }
    var name = member.flatMap(m -> m.displayName()).orElse("there");
    try {
      if (ended) {
        mailer.send(
            to,
            "Your free trial with " + business + " has ended",
            "Hello "
                + name
                + ",\n\nyour free trial with "
                + business
                + " ended on "
                + WHEN.format(ends)
                + ".\n\nEverything you recorded is still yours: you can read and export your"
                + " evidence at any time. Subscribe to keep climbing your ladders.\n\n"
                + business
                + " (via Foothold)\n");
      } else {
        mailer.send(
            to,
            "Your free trial with " + business + " ends in 3 days",
            "Hello "
                + name
                + ",\n\nyour free trial with "
                + business
                + " ends on "
                + WHEN.format(ends)
                + ".\n\nSubscribe before then to keep climbing without a break. Whatever you"
                + " decide, your evidence stays yours to read and export.\n\n"
                + business
                + " (via Foothold)\n");
      }
      LOG.info(() -> "Billing: sent the " + kind.toLowerCase(Locale.ROOT) + " reminder to " + to);
    } catch (MessagingException e) {
      LOG.warning(() -> "Billing: could not send a trial reminder to " + to + ": " + e);
      throw new ReminderFailed(e);
    }
  }

  /** A reminder could not be sent; its claim is rolled back for a later round. */
  public static class ReminderFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReminderFailed(Throwable cause) {
      super(cause);
    }
  }
}
