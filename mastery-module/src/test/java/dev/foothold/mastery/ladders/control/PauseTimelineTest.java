package dev.foothold.mastery.ladders.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foothold.mastery.ladders.entity.Pause;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PauseTimelineTest {

  static final Instant DAY0 = Instant.parse("2026-03-01T09:00:00Z");
  static final UUID CLIMB = UUID.randomUUID();

  static Instant day(double d) {
    return DAY0.plus(Duration.ofMinutes(Math.round(d * 24 * 60)));
  }

  static Pause pause(double from, double to) {
    return new Pause(CLIMB, Pause.Kind.PAUSE, "holiday", day(from), day(to), "p");
  }

  @Test
  void withoutPausesAStreakLapsesOnceTheIdleDaysExceedTheLimit() {
    var none = PauseTimeline.of(List.of());
    assertFalse(none.streakLapsed(DAY0, day(14), 14), "exactly 14 idle days still holds");
    assertTrue(none.streakLapsed(DAY0, day(14.01), 14));
    assertEquals(Optional.of(day(14)), none.streakLapsesAt(DAY0, day(3), 14));
  }

  @Test
  void pausedDaysNeverCountTowardALapse() {
    // last attempt on day 0, then a ten-day holiday from day 2 to day 12
    var holiday = PauseTimeline.of(List.of(pause(2, 12)));
    assertFalse(holiday.streakLapsed(DAY0, day(20), 14), "20 days, 10 of them paused: 10 idle");
    assertTrue(holiday.streakLapsed(DAY0, day(24.5), 14), "24.5 days, 10 paused: 14.5 idle");
    assertEquals(Optional.of(day(24)), holiday.streakLapsesAt(DAY0, day(20), 14));
  }

  @Test
  void whilePausedTheLapseMovesWithThePausesEnd() {
    var holiday = PauseTimeline.of(List.of(pause(2, 12)));
    // on day 5, two idle days are used; twelve remain after the pause ends on day 12
    assertEquals(Optional.of(day(24)), holiday.streakLapsesAt(DAY0, day(5), 14));
    assertTrue(holiday.at(day(5)).isPresent());
    assertTrue(holiday.at(day(12)).isEmpty(), "a pause ends at its end");
  }

  @Test
  void aResumedPauseCountsOnlyUntilItWasResumed() {
    var early = pause(2, 12);
    early.resume(day(4));
    var timeline = PauseTimeline.of(List.of(early));
    assertEquals(Duration.ofDays(2), timeline.pausedBetween(DAY0, day(20)));
    assertTrue(timeline.at(day(5)).isEmpty());
  }

  @Test
  void aHoldStandsUntilLiftedAndNoLapseDateIsGivenMeanwhile() {
    var hold = new Pause(CLIMB, Pause.Kind.HOLD, null, day(1), null, "coach");
    var timeline = PauseTimeline.of(List.of(hold));
    assertTrue(timeline.at(day(100)).isPresent());
    assertFalse(timeline.streakLapsed(DAY0, day(100), 14), "a held climb's streak waits");
    assertEquals(Optional.empty(), timeline.streakLapsesAt(DAY0, day(100), 14));
    hold.resume(day(50));
    assertEquals(Duration.ofDays(49), timeline.pausedBetween(DAY0, day(100)));
  }

  @Test
  void pausedDaysRoundUpAndOnlyCountTheSpanAsked() {
    var timeline = PauseTimeline.of(List.of(pause(1, 2.5)));
    assertEquals(2, timeline.pausedDays(DAY0, day(10)), "a day and a half stands still: 2 days");
    assertEquals(0, timeline.pausedDays(day(3), day(10)), "the pause was over by then");
    assertEquals(Duration.ofHours(12), timeline.pausedBetween(DAY0, day(1.5)));
  }
}
