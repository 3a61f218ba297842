package dev.foothold.platform.time;

import java.time.Clock;
import java.time.Instant;

/**
 * The platform's clock, injected wherever time matters.
 *
 * <p>Application-scoped. In production it is the system clock in UTC; a test deployment may supply
 * one it can move.
 */
public interface ClockSource {

  /**
   * @return the clock to read; never {@code null}, always in UTC
   */
  Clock clock();

  /**
   * @return the current instant of {@link #clock()}
   */
  default Instant now() {
    return clock().instant();
  }
}
