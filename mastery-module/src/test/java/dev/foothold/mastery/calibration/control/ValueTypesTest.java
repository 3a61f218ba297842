package dev.foothold.mastery.calibration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTypesTest {

  @Test
  void theDefaultBandIsSeventyToEightyFivePercent() {
    assertEquals(0.70, Band.DEFAULT.low());
    assertEquals(0.85, Band.DEFAULT.high());
    assertEquals(0.775, Band.DEFAULT.middle(), 1e-12);
    assertTrue(Band.DEFAULT.contains(0.70));
    assertTrue(Band.DEFAULT.contains(0.85));
    assertFalse(Band.DEFAULT.contains(0.69));
    assertFalse(Band.DEFAULT.contains(0.86));
  }

  @ParameterizedTest
  @CsvSource({"0.0, 0.8", "-0.1, 0.8", "0.7, 1.0", "0.7, 1.2", "NaN, 0.8", "0.7, NaN"})
  void aBandOutsideZeroToOneIsRejected(double low, double high) {
    var e = assertThrows(IllegalArgumentException.class, () -> new Band(low, high));
    assertTrue(e.getMessage().contains("strictly between 0 and 1"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"0.8, 0.7", "0.75, 0.75"})
  void aBandMustRunFromLowToHigh(double low, double high) {
    var e = assertThrows(IllegalArgumentException.class, () -> new Band(low, high));
    assertTrue(e.getMessage().contains("low end must be below its high end"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 11, -3})
  void effortOutsideOneToTenIsRejected(int effort) {
    var e =
        assertThrows(IllegalArgumentException.class, () -> new Attempt(Outcome.SUCCESS, effort, 5));
    assertEquals(
        "Effort is rated from 1 to 10: " + effort + " is outside that scale", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 11})
  void feltDifficultyOutsideOneToTenIsRejected(int felt) {
    var e =
        assertThrows(IllegalArgumentException.class, () -> new Attempt(Outcome.NOT_YET, 5, felt));
    assertTrue(e.getMessage().startsWith("Felt difficulty is rated from 1 to 10"), e.getMessage());
  }

  @Test
  void theEndsOfTheScalesAreAccepted() {
    new Attempt(Outcome.PARTIAL, 1, 10);
    new Attempt(Outcome.PARTIAL, 10, 1);
  }

  @Test
  void anAttemptNeedsAnOutcome() {
    assertThrows(NullPointerException.class, () -> new Attempt(null, 5, 5));
  }

  @Test
  void outcomesScoreOneHalfAndZero() {
    assertEquals(1.0, Outcome.SUCCESS.score());
    assertEquals(0.5, Outcome.PARTIAL.score());
    assertEquals(0.0, Outcome.NOT_YET.score());
  }

  @Test
  void aRatingIsFiniteWithACountOfAttempts() {
    assertEquals(new Rating(0.0, 0), Rating.NEUTRAL);
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> new Rating(Double.NaN, 0))
            .getMessage()
            .contains("finite"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> new Rating(Double.POSITIVE_INFINITY, 0))
            .getMessage()
            .contains("finite"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> new Rating(0.0, -1))
            .getMessage()
            .contains("cannot be negative"));
  }

  @Test
  void anEmptyLadderIsRejected() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ClimbState(Rating.NEUTRAL, List.of(), 0, 0, List.of()));
    assertEquals("A ladder needs at least one rung to recommend from", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 3, 10})
  void theCurrentRungMustBeOnTheLadder(int current) {
    var rungs = List.of(Rating.NEUTRAL, Rating.NEUTRAL, Rating.NEUTRAL);
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ClimbState(Rating.NEUTRAL, rungs, current, 0, List.of()));
    assertEquals(
        "The current rung index "
            + current
            + " is not on this ladder, whose rungs are numbered 0 to 2",
        e.getMessage());
  }

  @Test
  void aNegativeStreakIsRejected() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ClimbState(Rating.NEUTRAL, List.of(Rating.NEUTRAL), 0, -1, List.of()));
    assertTrue(e.getMessage().contains("streak"), e.getMessage());
  }

  @Test
  void aClimbStateKeepsItsOwnCopyOfTheLists() {
    var rungs = new ArrayList<>(List.of(Rating.NEUTRAL));
    var attempts = new ArrayList<>(List.of(new Attempt(Outcome.SUCCESS, 5, 5)));
    var climb = new ClimbState(Rating.NEUTRAL, rungs, 0, 1, attempts);

    rungs.add(Rating.NEUTRAL);
    attempts.clear();

    assertEquals(1, climb.rungs().size());
    assertEquals(1, climb.recentAttempts().size());
    assertEquals(0, climb.topRung());
  }

  @Test
  void aRecommendationIsOnTheLadderWithAProbability() {
    assertThrows(
        IllegalArgumentException.class, () -> new Recommendation(-1, 0.5, Flag.NONE, "why"));
    assertThrows(
        IllegalArgumentException.class, () -> new Recommendation(0, 1.5, Flag.NONE, "why"));
    assertThrows(NullPointerException.class, () -> new Recommendation(0, 0.5, null, "why"));
    assertThrows(NullPointerException.class, () -> new Recommendation(0, 0.5, Flag.NONE, null));
  }
}
