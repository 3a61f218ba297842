package dev.foothold.mastery.calibration.control;

import java.util.List;
import java.util.Objects;

/**
 * Where a person stands on a ladder: everything a recommendation needs.
 *
 * @param ability the person's ability at the ladder's skill
 * @param rungs every rung's difficulty, from the bottom of the ladder (index 0) to the top
 * @param currentRung the index of the rung the person is on
 * @param streak the person's current run of genuine successes in a row on this rung
 * @param recentAttempts the attempts at the current rung since the person moved to it, oldest
 *     first; a caller may pass only the latest ones, but at least the last five
 */
public record ClimbState(
    Rating ability, List<Rating> rungs, int currentRung, int streak, List<Attempt> recentAttempts) {

  /**
   * Copies both lists, so later changes to the caller's lists do not reach this state.
   *
   * @throws NullPointerException when a reference or a list element is null
   * @throws IllegalArgumentException when the ladder has no rung, {@code currentRung} is not one of
   *     its rungs, or {@code streak} is negative
   */
  public ClimbState {
    Objects.requireNonNull(ability, "ability");
    rungs = List.copyOf(Objects.requireNonNull(rungs, "rungs"));
    recentAttempts = List.copyOf(Objects.requireNonNull(recentAttempts, "recentAttempts"));
    if (rungs.isEmpty()) {
      throw new IllegalArgumentException("A ladder needs at least one rung to recommend from");
    }
    if (currentRung < 0 || currentRung >= rungs.size()) {
      throw new IllegalArgumentException(
          "The current rung index "
              + currentRung
              + " is not on this ladder, whose rungs are numbered 0 to "
              + (rungs.size() - 1));
    }
    if (streak < 0) {
      throw new IllegalArgumentException("A streak of successes cannot be negative: " + streak);
    }
  }

  /**
   * @return the index of the ladder's top rung
   */
  public int topRung() {
    return rungs.size() - 1;
  }
}
