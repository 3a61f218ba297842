package dev.foothold.mastery.ladders.control;

import dev.foothold.mastery.ladders.entity.Pause;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The pauses of one climb, and what they mean for its streak and its due date: time a climb stood
 * still never counts. Pauses of one climb never overlap (a new one starts only when none is open).
 */
public final class PauseTimeline {

  private final List<Pause> pauses;

  private PauseTimeline(List<Pause> pauses) {
    this.pauses = List.copyOf(pauses);
  }

  public static PauseTimeline of(List<Pause> pauses) {
    return new PauseTimeline(pauses);
  }

  /**
   * @return the pause or hold the climb stands still in at {@code at}, if any
   */
  public Optional<Pause> at(Instant at) {
    return pauses.stream().filter(p -> p.coversInstant(at)).findFirst();
  }

  /**
   * @return how long the climb stood still between {@code from} and {@code to}
   */
  public Duration pausedBetween(Instant from, Instant to) {
    var total = Duration.ZERO;
    for (var pause : pauses) {
      var start = pause.startsAt().isAfter(from) ? pause.startsAt() : from;
      var end = pause.end().filter(e -> e.isBefore(to)).orElse(to);
      if (end.isAfter(start)) {
        total = total.plus(Duration.between(start, end));
      }
    }
    return total;
  }

  /**
   * @return whole days (rounded up) the climb stood still between the two instants
   */
  public long pausedDays(Instant from, Instant to) {
    var paused = pausedBetween(from, to);
    long days = paused.toDays();
    return paused.equals(Duration.ofDays(days)) ? days : days + 1;
  }

  /**
   * @param lastAttempt when the climb last saw an attempt
   * @param now now
   * @param lapseDays days without an attempt, paused days not counted, that a streak survives
   * @return whether a streak built up to {@code lastAttempt} has lapsed by {@code now}
   */
  public boolean streakLapsed(Instant lastAttempt, Instant now, int lapseDays) {
    return active(lastAttempt, now).compareTo(Duration.ofDays(lapseDays)) > 0;
  }

  /**
   * @return when a streak built up to {@code lastAttempt} will lapse without another attempt; empty
   *     while a hold with no end stands, or when it has already lapsed
   */
  public Optional<Instant> streakLapsesAt(Instant lastAttempt, Instant now, int lapseDays) {
    if (streakLapsed(lastAttempt, now, lapseDays)) {
      return Optional.empty();
    }
    var left = Duration.ofDays(lapseDays).minus(active(lastAttempt, now));
    var current = at(now);
    if (current.isEmpty()) {
      return Optional.of(now.plus(left));
    }
    return current.get().end().map(end -> end.plus(left));
  }

  private Duration active(Instant from, Instant to) {
    return Duration.between(from, to).minus(pausedBetween(from, to));
  }
}
