package dev.foothold.mastery.calibration.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;

/**
 * The rating model: how likely a person is to succeed at a rung, and how both ratings move after an
 * attempt.
 *
 * <p>Predicted success is {@code p = 1 / (1 + e^(difficulty − ability))}. After an attempt scored
 * {@code s} (1 success, 0.5 partial, 0 not yet) the person's ability moves by {@code K·(s − p)} and
 * the rung's difficulty by {@code −K_rung·(s − p)}: both move toward what was observed, and the
 * more surprising the outcome, the further.
 *
 * <p>Each step size shrinks as its rating learns from more attempts, because a new rating is a
 * guess and a well-used one is evidence. A person's step starts at 1.2 and settles at 0.4: it never
 * goes lower, because people keep learning, and a rating that stopped moving would keep offering
 * rungs they have outgrown. A rung's step starts at 0.8 and settles at 0.02: a rung does not
 * change, and it is rated by everyone who climbs the ladder, so after a few hundred attempts one
 * person's day should barely move it.
 */
@ApplicationScoped
public class Calibration {

  static final double PERSON_STEP_FIRST = 1.2;
  static final double PERSON_STEP_SETTLED = 0.4;
  static final double PERSON_STEP_HALF_LIFE = 5.0;
  static final double RUNG_STEP_FIRST = 0.8;
  static final double RUNG_STEP_SETTLED = 0.02;
  static final double RUNG_STEP_HALF_LIFE = 10.0;

  /**
   * @param ability the person's ability
   * @param difficulty the rung's difficulty
   * @return the chance the person succeeds at the rung, strictly between 0 and 1 for ratings within
   *     a few hundred units of each other
   */
  public static double predictedSuccess(double ability, double difficulty) {
    return 1.0 / (1.0 + Math.exp(difficulty - ability));
  }

  /**
   * @param ability the person's ability, not null
   * @param difficulty the rung's difficulty, not null
   * @return the chance the person succeeds at the rung
   * @throws NullPointerException when a rating is null
   */
  public static double predictedSuccess(Rating ability, Rating difficulty) {
    Objects.requireNonNull(ability, "ability");
    Objects.requireNonNull(difficulty, "difficulty");
    return predictedSuccess(ability.value(), difficulty.value());
  }

  /**
   * @param ability the person's ability before the attempt
   * @param difficulty the rung's difficulty before the attempt
   * @param outcome how the attempt went
   * @return both ratings after the attempt, each having learnt from one more attempt
   * @throws NullPointerException when an argument is null
   */
  public RatingUpdate afterAttempt(Rating ability, Rating difficulty, Outcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    double p = predictedSuccess(ability, difficulty);
    double surprise = outcome.score() - p;
    return new RatingUpdate(
        ability.learn(personStep(ability.attempts()) * surprise),
        difficulty.learn(-rungStep(difficulty.attempts()) * surprise),
        p);
  }

  /**
   * @param attempts how many attempts the person's rating has learnt from
   * @return how far one fully surprising attempt moves the person's ability
   */
  static double personStep(int attempts) {
    return shrinking(PERSON_STEP_FIRST, PERSON_STEP_SETTLED, PERSON_STEP_HALF_LIFE, attempts);
  }

  /**
   * @param attempts how many attempts the rung's rating has learnt from
   * @return how far one fully surprising attempt moves the rung's difficulty
   */
  static double rungStep(int attempts) {
    return shrinking(RUNG_STEP_FIRST, RUNG_STEP_SETTLED, RUNG_STEP_HALF_LIFE, attempts);
  }

  /** Starts at {@code first}, is halfway to {@code settled} after {@code halfLife} attempts. */
  private static double shrinking(double first, double settled, double halfLife, int attempts) {
    return settled + (first - settled) / (1.0 + attempts / halfLife);
  }
}
