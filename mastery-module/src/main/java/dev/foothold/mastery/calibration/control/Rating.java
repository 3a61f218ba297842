package dev.foothold.mastery.calibration.control;

/**
 * A rating on the shared scale of abilities and difficulties: a person's ability at a skill, or a
 * rung's difficulty. When ability equals difficulty, success is a coin toss; each unit of
 * difference multiplies the odds by e.
 *
 * @param value the rating, any finite number; 0 is the neutral start
 * @param attempts how many attempts the rating has learnt from; the more, the steadier it is
 */
public record Rating(double value, int attempts) {

  /** Where every person and every rung starts: neutral, and nothing learnt yet. */
  public static final Rating NEUTRAL = new Rating(0.0, 0);

  /**
   * @throws IllegalArgumentException when {@code value} is not finite or {@code attempts} is
   *     negative
   */
  public Rating {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("A rating must be a finite number, not " + value);
    }
    if (attempts < 0) {
      throw new IllegalArgumentException(
          "A rating's attempt count cannot be negative: " + attempts);
    }
  }

  /**
   * @param change how far the rating moves
   * @return this rating moved by {@code change}, having learnt from one more attempt
   */
  Rating learn(double change) {
    return new Rating(value + change, attempts + 1);
  }
}
