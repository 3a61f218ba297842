package dev.foothold.mastery.calibration.control;

import java.util.Objects;

/**
 * One attempt at a rung, as the person rated it in the debrief.
 *
 * @param outcome how it went
 * @param effort how much effort it took, from 1 (none to speak of) to 10 (everything I had)
 * @param feltDifficulty how hard it felt, from 1 (trivial) to 10 (overwhelming)
 */
public record Attempt(Outcome outcome, int effort, int feltDifficulty) {

  /**
   * @throws NullPointerException when {@code outcome} is null
   * @throws IllegalArgumentException when {@code effort} or {@code feltDifficulty} is outside 1 to
   *     10
   */
  public Attempt {
    Objects.requireNonNull(outcome, "outcome");
    requireScale("Effort", effort);
    requireScale("Felt difficulty", feltDifficulty);
  }

  private static void requireScale(String what, int value) {
    if (value < 1 || value > 10) {
      throw new IllegalArgumentException(
          what + " is rated from 1 to 10: " + value + " is outside that scale");
    }
  }
}
