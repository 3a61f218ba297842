package dev.foothold.platform.event;

import dev.foothold.platform.tenant.TenantId;
import java.time.Instant;

/** Something that happened in one tenant, at one moment of the platform's clock. */
public interface DomainEvent {

  /**
   * @return the tenant it happened in; never {@code null}
   */
  TenantId tenant();

  /**
   * @return when it happened, by the platform's {@code ClockSource}; never {@code null}
   */
  Instant occurredAt();
}
