/**
 * Where "now" comes from.
 *
 * <p>Owns the {@link dev.foothold.platform.time.ClockSource} contract. Depends on the JDK only.
 * Module code never calls {@code Instant.now()} or {@code Clock.systemUTC()} itself, so trial
 * boundaries, grace periods and streaks can be tested by moving a clock.
 */
package dev.foothold.platform.time;
