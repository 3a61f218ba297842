package dev.foothold.tenant.billing.entity;

import dev.foothold.platform.identity.SubjectId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.TenantId;

/**
 * A client's subscription in one tenant: their trial, then what the billing provider reports. The
 * row outlives the membership, so a client who leaves and rejoins finds their trial used.
 */
@Entity
@Table(name = "subscription")
public class Subscription {

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenant;

  @Id
  @Column(name = "holder", nullable = false, updatable = false)
  private String holder;

  @Column(name = "state", nullable = false)
  private String state;

  @Column(name = "trial_email")
  private String trialEmail;

  @Column(name = "trial_started_at")
  private Instant trialStartedAt;

  @Column(name = "trial_ends_at")
  private Instant trialEndsAt;

  @Column(name = "current_period_end")
  private Instant currentPeriodEnd;

  @Column(name = "past_due_since")
  private Instant pastDueSince;

  @Column(name = "converted_at")
  private Instant convertedAt;

  @Column(name = "provider_customer")
  private String providerCustomer;

  @Column(name = "provider_subscription")
  private String providerSubscription;

  @Column(name = "last_event_at")
  private Instant lastEventAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Subscription() {}

  private Subscription(SubjectId holder, SubscriptionState state, Instant at) {
    this.holder = holder.value();
    this.state = state.wire();
    this.updatedAt = Objects.requireNonNull(at, "at");
  }

  /**
   * A trial that starts at {@code start} and lasts {@code length}.
   *
   * @param holder the client
   * @param email their verified email (lower case), or {@code null} when not verified
   * @param start when it starts
   * @param length how long it lasts
   * @param now the platform's time
   * @return the new subscription, trialing (or already ended, when {@code start + length} is past)
   */
  public static Subscription trial(
      SubjectId holder, String email, Instant start, Duration length, Instant now) {
    var ends = start.plus(length);
    var s =
        new Subscription(
            holder,
            now.isBefore(ends) ? SubscriptionState.TRIALING : SubscriptionState.TRIAL_ENDED,
            now);
    s.trialEmail = email;
    s.trialStartedAt = start;
    s.trialEndsAt = ends;
    return s;
  }

  /**
   * A subscription that shares another account's trial (same verified email): never a new one.
   *
   * @param holder the client
   * @param earlier the subscription whose trial was already given
   * @param now the platform's time
   * @return the new subscription, trialing until the earlier trial's end or already ended
   */
  public static Subscription sharingTrial(SubjectId holder, Subscription earlier, Instant now) {
    var s =
        new Subscription(
            holder,
            now.isBefore(earlier.trialEndsAt)
                ? SubscriptionState.TRIALING
                : SubscriptionState.TRIAL_ENDED,
            now);
    s.trialStartedAt = earlier.trialStartedAt;
    s.trialEndsAt = earlier.trialEndsAt;
    return s;
  }

  /**
   * @param holder the client
   * @param now the platform's time
   * @return a subscription with no trial, waiting for a first payment
   */
  public static Subscription withoutTrial(SubjectId holder, Instant now) {
    return new Subscription(holder, SubscriptionState.TRIAL_ENDED, now);
  }

  /**
   * Moves to {@code next}, as the state machine allows.
   *
   * @param next the new state
   * @param at when the change happened
   * @throws IllegalTransition when {@code next} may not follow the current state
   */
  public void moveTo(SubscriptionState next, Instant at) {
    var current = state();
    if (!current.mayBecome(next)) {
      throw new IllegalTransition(current, next);
    }
    if (next == SubscriptionState.PAST_DUE && current != SubscriptionState.PAST_DUE) {
      pastDueSince = at;
    }
    if (next != SubscriptionState.PAST_DUE) {
      pastDueSince = null;
    }
    if (next == SubscriptionState.ACTIVE && convertedAt == null && trialStartedAt != null) {
      convertedAt = at;
    }
    state = next.wire();
    updatedAt = at;
  }

  /** Records the provider's ids and paid period. */
  public void provider(String customer, String subscription, Instant periodEnd) {
    if (customer != null) {
      providerCustomer = customer;
    }
    if (subscription != null) {
      providerSubscription = subscription;
    }
    if (periodEnd != null) {
      currentPeriodEnd = periodEnd;
    }
  }

  /**
   * @param eventCreated when the provider created an event about this subscription
   * @return whether an event of that age is older than the newest one applied
   */
  public boolean isOlderThanApplied(Instant eventCreated) {
    return lastEventAt != null && eventCreated.isBefore(lastEventAt);
  }

  /** Remembers the newest event applied. */
  public void applied(Instant eventCreated) {
    if (lastEventAt == null || eventCreated.isAfter(lastEventAt)) {
      lastEventAt = eventCreated;
    }
  }

  public SubjectId holder() {
    return new SubjectId(holder);
  }

  public SubscriptionState state() {
    return SubscriptionState.of(state).orElseThrow();
  }

  public Optional<String> trialEmail() {
    return Optional.ofNullable(trialEmail);
  }

  public Optional<Instant> trialStartedAt() {
    return Optional.ofNullable(trialStartedAt);
  }

  public Optional<Instant> trialEndsAt() {
    return Optional.ofNullable(trialEndsAt);
  }

  public Optional<Instant> currentPeriodEnd() {
    return Optional.ofNullable(currentPeriodEnd);
  }

  public Optional<Instant> pastDueSince() {
    return Optional.ofNullable(pastDueSince);
  }

  public Optional<Instant> convertedAt() {
    return Optional.ofNullable(convertedAt);
  }

  public Optional<String> providerCustomer() {
    return Optional.ofNullable(providerCustomer);
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
