package dev.foothold.platform.event;

import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A coach talked with a person after a positive screen: holds placed because of it are lifted.
 * Observers run in the transaction that recorded it.
 *
 * @param tenant the tenant
 * @param occurredAt when
 * @param person whose screen it is
 */
public record ScreeningCleared(TenantId tenant, Instant occurredAt, SubjectId person)
    implements DomainEvent {

  /**
   * @throws NullPointerException when any component is null
   */
  public ScreeningCleared {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(person, "person");
  }
}
