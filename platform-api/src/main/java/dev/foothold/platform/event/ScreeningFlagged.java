package dev.foothold.platform.event;

import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A person's answers to the screen before climbing call for a pause: their climbs are held until a
 * coach has talked with them. Observers run in the transaction that recorded the answers.
 *
 * @param tenant the tenant
 * @param occurredAt when
 * @param person whose screen it is
 */
public record ScreeningFlagged(TenantId tenant, Instant occurredAt, SubjectId person)
    implements DomainEvent {

  /**
   * @throws NullPointerException when any component is null
   */
  public ScreeningFlagged {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(person, "person");
  }
}
