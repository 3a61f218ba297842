package dev.foothold.deploy.time;

import dev.foothold.platform.time.ClockSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;

/**
 * The system clock in UTC, moved forward by an offset that only a test deployment can change (see
 * {@link ClockResource}). In production the offset stays zero.
 */
@ApplicationScoped
public class SystemClockSource implements ClockSource {

  private volatile Clock clock = Clock.systemUTC();
  private volatile Duration offset = Duration.ZERO;

  @Override
  public Clock clock() {
    return clock;
  }

  /**
   * @return how far this instance's clock runs ahead of the system's
   */
  public Duration offset() {
    return offset;
  }

  /** Runs this instance's clock {@code offset} ahead of the system's (behind, when negative). */
  void offset(Duration offset) {
    this.offset = offset;
    this.clock = Clock.offset(Clock.systemUTC(), offset);
  }
}
