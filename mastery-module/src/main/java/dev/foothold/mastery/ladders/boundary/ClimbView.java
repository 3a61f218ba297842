package dev.foothold.mastery.ladders.boundary;

import dev.foothold.mastery.calibration.control.Recommendation;
import dev.foothold.mastery.ladders.control.Climbing;
import dev.foothold.mastery.ladders.entity.Pause;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A person's climb and what to try next.
 *
 * @param id the climb
 * @param ladderId the ladder version climbed
 * @param skill its skill
 * @param currentRung the rung being climbed (1-based)
 * @param rungTitle its title
 * @param rungs how many rungs the ladder has
 * @param streak genuine successes in a row on this rung, as it counts now (zero once lapsed)
 * @param streakNeeded how many this rung asks for
 * @param streakLapsesAt when the streak starts again unless there is another attempt first (paused
 *     time added); absent when there is no streak, or while on hold
 * @param status CLIMBING or COMPLETED
 * @param dueOn when it is due, if someone assigned it with a date
 * @param pausedDays whole days the climb has stood still; they push the due date back
 * @param overdue whether it is past its due date (paused days added) and unfinished
 * @param pause the pause or hold it stands still in, if any
 * @param placement why it started where it did, when the person placed themselves
 * @param next the recommended next challenge, while climbing and not paused
 */
public record ClimbView(
    String id,
    String ladderId,
    String skill,
    int currentRung,
    String rungTitle,
    int rungs,
    int streak,
    int streakNeeded,
    Instant streakLapsesAt,
    String status,
    LocalDate dueOn,
    long pausedDays,
    boolean overdue,
    PauseView pause,
    String placement,
    Next next) {

  /**
   * @param kind PAUSE (the person's own) or HOLD (placed on their behalf; a coach lifts it)
   * @param since when it began
   * @param until when it ends by itself; absent for a hold
   * @param reason the reason given, if any
   */
  public record PauseView(String kind, Instant since, Instant until, String reason) {
    static PauseView of(Pause pause) {
      return new PauseView(
          pause.kind().name(),
          pause.startsAt(),
          pause.end().orElse(null),
          pause.reason().orElse(null));
    }
  }

  /**
   * @param rung the rung to attempt next (1-based)
   * @param predictedSuccess the estimated chance of success there
   * @param flag NONE, TOO_EASY or TOO_HARD
   * @param why the reason, in plain words
   */
  public record Next(int rung, double predictedSuccess, String flag, String why) {
    static Next of(Recommendation recommendation) {
      return recommendation == null
          ? null
          : new Next(
              recommendation.rungIndex() + 1,
              Math.round(recommendation.predictedSuccess() * 100) / 100.0,
              recommendation.flag().name(),
              recommendation.explanation());
    }
  }

  static ClimbView of(Climbing.Situation situation, Recommendation next) {
    return of(situation, next, null);
  }

  static ClimbView of(Climbing.Situation situation, Recommendation next, String placement) {
    var climb = situation.climb();
    var rung = climb.ladder().rung(climb.currentRung());
    return new ClimbView(
        climb.id().toString(),
        climb.ladder().id().toString(),
        climb.ladder().skill(),
        climb.currentRung(),
        rung.title(),
        climb.ladder().rungs().size(),
        situation.streak(),
        rung.streakNeeded(),
        situation.streakLapsesAt().orElse(null),
        climb.status().name(),
        climb.dueOn().orElse(null),
        situation.pausedDays(),
        situation.overdue(),
        situation.pause().map(PauseView::of).orElse(null),
        placement,
        situation.pause().isPresent() ? null : Next.of(next));
  }
}
