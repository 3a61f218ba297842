package dev.foothold.platform.event;

import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A subscription's state changed, so every cached entitlement of its holder is stale.
 *
 * @param tenant the tenant
 * @param occurredAt when the change was applied
 * @param holder the client whose subscription it is, or empty for a tenant-wide (seat) subscription
 *     held by an organisation
 * @param state the new state, in the billing provider's words (for example {@code past_due})
 */
public record SubscriptionChanged(
    TenantId tenant, Instant occurredAt, Optional<SubjectId> holder, String state)
    implements DomainEvent {

  /**
   * @throws NullPointerException when any component is null
   */
  public SubscriptionChanged {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(state, "state");
  }
}
