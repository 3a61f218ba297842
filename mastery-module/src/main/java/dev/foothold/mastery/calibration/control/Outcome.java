package dev.foothold.mastery.calibration.control;

/** How an attempt at a rung went, as the person records it in the debrief. */
public enum Outcome {
  /** Done, fully: a genuine success that counts toward the streak. */
  SUCCESS(1.0),
  /** Part of it done: half credit for the ratings, and no streak. */
  PARTIAL(0.5),
  /** Not yet: the rung was not done this time. */
  NOT_YET(0.0);

  private final double score;

  Outcome(double score) {
    this.score = score;
  }

  /**
   * @return the score the ratings learn from: 1 for a success, 0.5 for partial, 0 for not yet
   */
  public double score() {
    return score;
  }
}
