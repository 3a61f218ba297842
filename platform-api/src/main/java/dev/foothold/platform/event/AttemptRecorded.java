package dev.foothold.platform.event;

import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A person recorded an attempt at a rung of a ladder.
 *
 * @param tenant the tenant
 * @param occurredAt when the attempt was recorded
 * @param person who attempted
 * @param climbId the mastery module's identifier of the person's climb
 * @param genuineSuccess whether the attempt counts toward the streak
 */
public record AttemptRecorded(
    TenantId tenant, Instant occurredAt, SubjectId person, String climbId, boolean genuineSuccess)
    implements DomainEvent {

  /**
   * @throws NullPointerException when any reference is null
   */
  public AttemptRecorded {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(climbId, "climbId");
  }
}
