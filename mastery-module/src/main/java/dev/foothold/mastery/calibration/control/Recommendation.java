package dev.foothold.mastery.calibration.control;

import java.util.Objects;

/**
 * Which rung to attempt next, and why.
 *
 * @param rungIndex the rung, counted from 0 at the bottom of the ladder
 * @param predictedSuccess the chance of success at that rung, between 0 and 1
 * @param flag what was noticed about the current rung
 * @param explanation the reason, in words the person understands; rungs are numbered from 1 there
 */
public record Recommendation(
    int rungIndex, double predictedSuccess, Flag flag, String explanation) {

  /**
   * @throws NullPointerException when {@code flag} or {@code explanation} is null
   * @throws IllegalArgumentException when {@code rungIndex} is negative or {@code predictedSuccess}
   *     is not a probability
   */
  public Recommendation {
    Objects.requireNonNull(flag, "flag");
    Objects.requireNonNull(explanation, "explanation");
    if (rungIndex < 0) {
      throw new IllegalArgumentException("A rung index cannot be negative: " + rungIndex);
    }
    if (!(predictedSuccess >= 0.0 && predictedSuccess <= 1.0)) {
      throw new IllegalArgumentException(
          "A predicted success is a probability from 0 to 1, not " + predictedSuccess);
    }
  }
}
