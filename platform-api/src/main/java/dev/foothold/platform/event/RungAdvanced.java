package dev.foothold.platform.event;

import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A person advanced to the next rung after the streak their rung asks for.
 *
 * @param tenant the tenant
 * @param occurredAt when the advance happened
 * @param person who advanced
 * @param climbId the mastery module's identifier of the person's climb
 * @param fromRung the rung left behind (1-based)
 * @param toRung the rung now current (1-based)
 */
public record RungAdvanced(
    TenantId tenant, Instant occurredAt, SubjectId person, String climbId, int fromRung, int toRung)
    implements DomainEvent {

  /**
   * @throws NullPointerException when any reference is null
   * @throws IllegalArgumentException when {@code toRung} is not above {@code fromRung}
   */
  public RungAdvanced {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(climbId, "climbId");
    if (toRung <= fromRung) {
      throw new IllegalArgumentException("An advance goes up: " + fromRung + " -> " + toRung);
    }
  }
}
