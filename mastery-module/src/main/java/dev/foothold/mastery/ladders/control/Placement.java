package dev.foothold.mastery.ladders.control;

import dev.foothold.mastery.calibration.control.Band;
import java.util.List;

/**
 * Where a person starts a ladder, from their honest rating of the first rungs: one notch above the
 * highest rung they find comfortable, counting up from the bottom. A rung they rate anything but
 * comfortable stops the count, even when a higher one is rated comfortable: a gap below means the
 * footing is not there yet.
 *
 * <p>Their starting ability is set so that the start rung's predicted success sits in the middle of
 * the tenant's band: the start is meant to be hard but achievable, and the calibration then learns
 * from their attempts.
 */
public final class Placement {

  /** How a person rates their current capability on one rung. */
  public enum SelfRating {
    /** I could do this reliably today, without much strain. */
    COMFORTABLE,
    /** I could probably do it, with real effort. */
    MANAGEABLE,
    /** I might manage it, but it is a stretch. */
    STRETCH,
    /** Not yet within reach. */
    OUT_OF_REACH
  }

  /**
   * @param startRung the rung to start on, 1-based
   * @param ability the starting ability for the calibration
   * @param why the reason, in the person's words
   */
  public record Result(int startRung, double ability, String why) {}

  private Placement() {}

  /**
   * @param ratings the person's ratings of rungs 1, 2, … in order; at least one
   * @param difficulties every rung's current difficulty, bottom first
   * @param band the tenant's target band
   * @return where to start
   * @throws IllegalArgumentException when there are no ratings or more ratings than rungs
   */
  public static Result place(List<SelfRating> ratings, List<Double> difficulties, Band band) {
    if (ratings.isEmpty() || ratings.size() > difficulties.size()) {
      throw new IllegalArgumentException(
          "Rate between 1 and " + difficulties.size() + " rungs: got " + ratings.size());
    }
    int comfortable = 0;
    while (comfortable < ratings.size() && ratings.get(comfortable) == SelfRating.COMFORTABLE) {
      comfortable++;
    }
    int top = difficulties.size();
    int start = Math.min(comfortable + 1, top);
    double target = band.middle();
    double ability = difficulties.get(start - 1) + Math.log(target / (1 - target));
    String why;
    if (comfortable == 0) {
      why =
          "You start on rung 1: it is not comfortable yet, so it is the right first step up from"
              + " where you are.";
    } else if (comfortable >= top) {
      why =
          "You find every rung comfortable, so you start on the top rung, "
              + top
              + ", to confirm it with genuine successes.";
    } else {
      why =
          "You start on rung "
              + start
              + ": you find "
              + (comfortable == 1 ? "rung 1" : "rungs 1 to " + comfortable)
              + " comfortable, so the next one up is where the challenge begins.";
    }
    return new Result(start, ability, why);
  }
}
