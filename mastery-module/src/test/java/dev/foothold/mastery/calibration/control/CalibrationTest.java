package dev.foothold.mastery.calibration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CalibrationTest {

  private final Calibration calibration = new Calibration();

  @Test
  void equalAbilityAndDifficultyIsACoinToss() {
    assertEquals(0.5, Calibration.predictedSuccess(1.3, 1.3), 1e-12);
  }

  @Test
  void predictedSuccessFollowsTheLogisticCurveAtKnownPoints() {
    assertEquals(0.75, Calibration.predictedSuccess(Math.log(3), 0.0), 1e-12);
    assertEquals(0.25, Calibration.predictedSuccess(0.0, Math.log(3)), 1e-12);
    assertEquals(0.8, Calibration.predictedSuccess(2.0 + Math.log(4), 2.0), 1e-12);
    assertEquals(1.0 / (1.0 + Math.E), Calibration.predictedSuccess(0.0, 1.0), 1e-12);
  }

  @Test
  void aHarderRungIsLessLikelyToSucceed() {
    double easier = Calibration.predictedSuccess(new Rating(1.0, 0), new Rating(0.5, 0));
    double harder = Calibration.predictedSuccess(new Rating(1.0, 0), new Rating(1.5, 0));
    assertTrue(easier > 0.5 && harder < 0.5, easier + " vs " + harder);
  }

  @Test
  void extremeRatingsStayProbabilities() {
    assertEquals(1.0, Calibration.predictedSuccess(1000.0, -1000.0), 1e-12);
    assertEquals(0.0, Calibration.predictedSuccess(-1000.0, 1000.0), 1e-12);
  }

  @Test
  void aSuccessRaisesAbilityAndLowersTheRungsDifficulty() {
    var update = calibration.afterAttempt(Rating.NEUTRAL, Rating.NEUTRAL, Outcome.SUCCESS);

    assertEquals(0.5, update.predictedSuccess(), 1e-12);
    assertEquals(Calibration.PERSON_STEP_FIRST * 0.5, update.ability().value(), 1e-12);
    assertEquals(-Calibration.RUNG_STEP_FIRST * 0.5, update.difficulty().value(), 1e-12);
    assertEquals(1, update.ability().attempts());
    assertEquals(1, update.difficulty().attempts());
  }

  @Test
  void aNotYetLowersAbilityAndRaisesTheRungsDifficulty() {
    var update =
        calibration.afterAttempt(new Rating(0.4, 12), new Rating(0.1, 40), Outcome.NOT_YET);

    assertTrue(update.ability().value() < 0.4);
    assertTrue(update.difficulty().value() > 0.1);
  }

  @Test
  void aPartialCountsAsHalfASuccess() {
    var evenOdds = calibration.afterAttempt(Rating.NEUTRAL, Rating.NEUTRAL, Outcome.PARTIAL);
    assertEquals(0.0, evenOdds.ability().value(), 1e-12);
    assertEquals(0.0, evenOdds.difficulty().value(), 1e-12);

    var longOdds =
        calibration.afterAttempt(new Rating(-1.0, 3), new Rating(1.0, 3), Outcome.PARTIAL);
    assertTrue(longOdds.ability().value() > -1.0, "a partial against long odds is progress");
  }

  @Test
  void anExpectedSuccessMovesTheRatingsLessThanASurprisingOne() {
    var expected = calibration.afterAttempt(new Rating(2.0, 10), Rating.NEUTRAL, Outcome.SUCCESS);
    var surprising =
        calibration.afterAttempt(new Rating(-2.0, 10), Rating.NEUTRAL, Outcome.SUCCESS);

    assertTrue(expected.ability().value() - 2.0 < surprising.ability().value() + 2.0);
  }

  @Test
  void stepsShrinkWithExperienceButAPersonsNeverStopsMoving() {
    assertEquals(Calibration.PERSON_STEP_FIRST, Calibration.personStep(0), 1e-12);
    assertEquals(Calibration.RUNG_STEP_FIRST, Calibration.rungStep(0), 1e-12);
    for (int n = 0; n < 1000; n++) {
      assertTrue(Calibration.personStep(n + 1) < Calibration.personStep(n));
      assertTrue(Calibration.rungStep(n + 1) < Calibration.rungStep(n));
    }
    assertTrue(Calibration.personStep(1_000_000) >= Calibration.PERSON_STEP_SETTLED);
    assertTrue(Calibration.personStep(1_000_000) < Calibration.PERSON_STEP_SETTLED + 0.01);
    assertTrue(Calibration.rungStep(1_000_000) >= Calibration.RUNG_STEP_SETTLED);
  }

  @Test
  void ratingsSettleNearTheSuccessRateTheyObserve() {
    // A person who succeeds at a rung three times out of four, for a long while.
    var ability = Rating.NEUTRAL;
    var difficulty = new Rating(0.0, 1000);
    var pattern =
        new Outcome[] {Outcome.SUCCESS, Outcome.SUCCESS, Outcome.NOT_YET, Outcome.SUCCESS};
    double sum = 0;
    int counted = 0;
    for (int i = 0; i < 400; i++) {
      var update = calibration.afterAttempt(ability, difficulty, pattern[i % pattern.length]);
      ability = update.ability();
      difficulty = update.difficulty();
      if (i >= 200) {
        sum += update.predictedSuccess();
        counted++;
      }
    }
    assertEquals(0.75, sum / counted, 0.03);
  }
}
