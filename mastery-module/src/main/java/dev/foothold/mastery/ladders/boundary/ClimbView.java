package dev.foothold.mastery.ladders.boundary;

import dev.foothold.mastery.calibration.control.Recommendation;
import dev.foothold.mastery.ladders.entity.Climb;

/**
 * A person's climb and what to try next.
 *
 * @param id the climb
 * @param ladderId the ladder version climbed
 * @param skill its skill
 * @param currentRung the rung being climbed (1-based)
 * @param rungTitle its title
 * @param rungs how many rungs the ladder has
 * @param streak genuine successes in a row on this rung
 * @param streakNeeded how many this rung asks for
 * @param status CLIMBING or COMPLETED
 * @param dueOn when it is due, if someone assigned it with a date
 * @param next the recommended next challenge, while climbing
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
    String status,
    java.time.LocalDate dueOn,
    Next next) {

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

  static ClimbView of(Climb climb, Recommendation next) {
    var rung = climb.ladder().rung(climb.currentRung());
    return new ClimbView(
        climb.id().toString(),
        climb.ladder().id().toString(),
        climb.ladder().skill(),
        climb.currentRung(),
        rung.title(),
        climb.ladder().rungs().size(),
        climb.streak(),
        rung.streakNeeded(),
        climb.status().name(),
        climb.dueOn().orElse(null),
        Next.of(next));
  }
}
