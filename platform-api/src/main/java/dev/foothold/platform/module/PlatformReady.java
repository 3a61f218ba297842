package dev.foothold.platform.module;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Fired once as a CDI event while the application starts, after every module's migrations have been
 * applied and before the application serves its first request. Modules observe it for start-up work
 * that needs their tables, such as seeding demo data.
 *
 * @param modules the names of the modules that were started, in start order
 * @param at when start-up finished, by the platform's clock
 */
public record PlatformReady(List<String> modules, Instant at) {

  /**
   * @throws NullPointerException when any component is null
   */
  public PlatformReady {
    modules = List.copyOf(modules);
    Objects.requireNonNull(at, "at");
  }
}
