package dev.foothold.mastery.calibration.control;

import java.util.Objects;

/**
 * The ratings after one attempt, to be stored in place of the ones before it.
 *
 * @param ability the person's new ability at the skill
 * @param difficulty the rung's new difficulty
 * @param predictedSuccess the chance of success the model gave the attempt beforehand
 */
public record RatingUpdate(Rating ability, Rating difficulty, double predictedSuccess) {

  /**
   * @throws NullPointerException when a rating is null
   */
  public RatingUpdate {
    Objects.requireNonNull(ability, "ability");
    Objects.requireNonNull(difficulty, "difficulty");
  }
}
