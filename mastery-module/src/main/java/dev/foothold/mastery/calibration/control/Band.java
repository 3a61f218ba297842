package dev.foothold.mastery.calibration.control;

/**
 * The range of predicted success that makes a challenge hard but achievable. A tenant may choose
 * its own; {@link #DEFAULT} is 70 % to 85 %.
 *
 * @param low the lowest predicted success still worth attempting, strictly between 0 and 1
 * @param high the highest predicted success that still stretches, above {@code low} and below 1
 */
public record Band(double low, double high) {

  /** Succeed about three to four times in every four or five attempts. */
  public static final Band DEFAULT = new Band(0.70, 0.85);

  /**
   * @throws IllegalArgumentException unless {@code 0 < low < high < 1}
   */
  public Band {
    if (!(low > 0.0 && low < 1.0) || !(high > 0.0 && high < 1.0)) {
      throw new IllegalArgumentException(
          "A success band lies strictly between 0 and 1, e.g. 0.70 to 0.85: got "
              + low
              + " to "
              + high);
    }
    if (low >= high) {
      throw new IllegalArgumentException(
          "A success band's low end must be below its high end: got " + low + " to " + high);
    }
  }

  /**
   * @return the predicted success the recommendation aims for
   */
  public double middle() {
    return (low + high) / 2.0;
  }

  /**
   * @param predictedSuccess a probability
   * @return whether it lies in the band, ends included
   */
  public boolean contains(double predictedSuccess) {
    return predictedSuccess >= low && predictedSuccess <= high;
  }
}
