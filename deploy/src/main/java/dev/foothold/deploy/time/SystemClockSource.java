package dev.foothold.deploy.time;

import dev.foothold.platform.time.ClockSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** The system clock in UTC. */
@ApplicationScoped
public class SystemClockSource implements ClockSource {

  private final Clock clock = Clock.systemUTC();

  @Override
  public Clock clock() {
    return clock;
  }
}
