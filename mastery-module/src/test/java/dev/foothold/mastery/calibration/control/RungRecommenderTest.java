package dev.foothold.mastery.calibration.control;

import static dev.foothold.mastery.calibration.control.Outcome.NOT_YET;
import static dev.foothold.mastery.calibration.control.Outcome.SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RungRecommenderTest {

  /**
   * Six rungs one unit apart. A person of ability 0.5 has these chances of success: rung 1 92 %,
   * rung 2 82 % (in the band), rung 3 62 %, rung 4 38 %, rung 5 18 %, rung 6 8 %.
   */
  private static final List<Rating> LADDER = ladder(-2, -1, 0, 1, 2, 3);

  private static final Rating ABILITY = new Rating(0.5, 40);

  private final RungRecommender recommender = new RungRecommender();
  private final Calibration calibration = new Calibration();

  @Test
  void staysOnTheRungWhileAStreakIsBuilding() {
    var next = recommend(ABILITY, 1, 2, attempt(SUCCESS, 6, 6), attempt(SUCCESS, 6, 6));

    assertEquals(1, next.rungIndex());
    assertEquals(Flag.NONE, next.flag());
    assertEquals(Calibration.predictedSuccess(ABILITY, LADDER.get(1)), next.predictedSuccess());
    assertMentions(next, "Stay on rung 2", "2 genuine successes in a row", "1 more success");
  }

  @Test
  void staysOnARungInTheBandWithoutAStreak() {
    var next = recommend(ABILITY, 1, 0, attempt(NOT_YET, 7, 7));

    assertEquals(1, next.rungIndex());
    assertEquals(Flag.NONE, next.flag());
    assertMentions(next, "about 82%", "hard but achievable");
  }

  @Test
  void stepsUpAfterConsistentSuccessWhenTheNextRungIsAchievable() {
    var ability = new Rating(1.0, 40); // rung 2 88 %, rung 3 73 %
    var successes = List.of(attempt(SUCCESS, 6, 6), attempt(SUCCESS, 5, 6), attempt(SUCCESS, 6, 5));

    var next =
        recommender.recommend(new ClimbState(ability, LADDER, 1, 3, successes), Band.DEFAULT);

    assertEquals(2, next.rungIndex());
    assertMentions(next, "3 genuine successes in a row on rung 2", "Step up to rung 3", "73%");
  }

  @Test
  void waitsAfterConsistentSuccessWhenTheNextRungIsABigJump() {
    var next =
        recommend(
            ABILITY, 1, 3, attempt(SUCCESS, 6, 6), attempt(SUCCESS, 6, 6), attempt(SUCCESS, 6, 6));

    assertEquals(1, next.rungIndex());
    assertEquals(Flag.NONE, next.flag());
    assertMentions(next, "Rung 3 is still a big jump", "62%", "in-between challenge");
  }

  @Test
  void easyWinsFlagTheRungTooEasyAndOfferTheNextOne() {
    var next =
        recommend(
            ABILITY, 1, 3, attempt(SUCCESS, 2, 2), attempt(SUCCESS, 3, 4), attempt(SUCCESS, 1, 1));

    assertEquals(2, next.rungIndex());
    assertEquals(Flag.TOO_EASY, next.flag());
    assertMentions(next, "Rung 2 looks too easy", "little effort", "Step up to rung 3");
  }

  @Test
  void lowEffortThatStillFeltHardIsNotAnEasyWin() {
    var next =
        recommend(
            ABILITY, 1, 3, attempt(SUCCESS, 2, 8), attempt(SUCCESS, 2, 8), attempt(SUCCESS, 2, 8));

    assertEquals(Flag.NONE, next.flag());
    assertEquals(1, next.rungIndex(), "rung 3 (62 %) is still a big jump");
  }

  @Test
  void earlyFailuresFlagTheRungTooHardAndStepBack() {
    var next = recommend(ABILITY, 1, 0, attempt(NOT_YET, 8, 8), attempt(NOT_YET, 9, 9));

    assertEquals(0, next.rungIndex());
    assertEquals(Flag.TOO_HARD, next.flag());
    assertMentions(
        next,
        "Rung 2 looks too hard for now",
        "both your attempts there so far",
        "Step back to rung 1");
  }

  @Test
  void twoNotYetAmongTheLastThreeEarlyAttemptsAreEnough() {
    var next =
        recommend(
            ABILITY, 2, 0, attempt(NOT_YET, 8, 8), attempt(SUCCESS, 8, 8), attempt(NOT_YET, 8, 8));

    assertEquals(1, next.rungIndex());
    assertEquals(Flag.TOO_HARD, next.flag());
    assertMentions(next, "2 of your last 3 attempts", "\"not yet\"");
  }

  @Test
  void laterFailuresAreLeftToThePredictedChance() {
    var next =
        recommend(
            ABILITY,
            1,
            0,
            attempt(SUCCESS, 6, 6),
            attempt(SUCCESS, 6, 6),
            attempt(SUCCESS, 6, 6),
            attempt(SUCCESS, 6, 6),
            attempt(NOT_YET, 7, 7),
            attempt(NOT_YET, 7, 7));

    assertEquals(1, next.rungIndex(), "82 % is in the band, and the rung is no longer new");
    assertEquals(Flag.NONE, next.flag());
  }

  @Test
  void earlyFailuresOnTheFirstRungAskForAnInBetweenStep() {
    var next = recommend(ABILITY, 0, 0, attempt(NOT_YET, 9, 9), attempt(NOT_YET, 9, 9));

    assertEquals(0, next.rungIndex());
    assertEquals(Flag.TOO_HARD, next.flag());
    assertMentions(next, "first rung", "in-between step");
  }

  @Test
  void aRungBelowTheBandStepsBackToTheRungNearestItsMiddle() {
    var next = recommend(ABILITY, 3, 0);

    assertEquals(1, next.rungIndex(), "rung 2 (82 %) is the only rung in the band");
    assertEquals(Flag.TOO_HARD, next.flag());
    assertMentions(next, "Rung 4 is a stretch too far", "38%", "Step back to rung 2", "82%");
  }

  @Test
  void aRungAboveTheBandStepsUpOneRungOnly() {
    var strong = new Rating(3.0, 40); // rung 1 99 %, rung 2 98 %, rung 4 88 %, rung 5 73 %

    var next = recommend(strong, 0, 0);

    assertEquals(1, next.rungIndex(), "never more than one rung up, even when rung 5 fits better");
    assertEquals(Flag.TOO_EASY, next.flag());
    assertMentions(next, "Rung 1 looks too easy", "Step up to rung 2");
  }

  @Test
  void aStreakDoesNotHoldAPersonOnARungFarAboveTheBand() {
    var next = recommend(ABILITY, 0, 1, attempt(SUCCESS, 4, 4)); // rung 1 92 %

    assertEquals(1, next.rungIndex());
    assertEquals(Flag.TOO_EASY, next.flag());
  }

  @Test
  void theTenantsBandDecides() {
    var narrowLow = new Band(0.55, 0.65);

    var byDefault = recommend(ABILITY, 2, 0);
    var byTenant = recommender.recommend(state(ABILITY, 2, 0), narrowLow);

    assertEquals(1, byDefault.rungIndex(), "62 % is below 70-85 %");
    assertEquals(2, byTenant.rungIndex(), "62 % is within 55-65 %");
    assertEquals(Flag.NONE, byTenant.flag());
  }

  @Test
  void neverRecommendsAboveTheTopRung() {
    var expert = new Rating(50.0, 400);
    var onTop = recommend(expert, 5, 9, attempt(SUCCESS, 1, 1), attempt(SUCCESS, 1, 1));

    assertEquals(5, onTop.rungIndex());
    assertEquals(Flag.TOO_EASY, onTop.flag());
    assertMentions(onTop, "top rung");

    var streakOnTop =
        recommend(
            ABILITY, 5, 3, attempt(SUCCESS, 7, 7), attempt(SUCCESS, 7, 7), attempt(SUCCESS, 7, 7));
    assertEquals(5, streakOnTop.rungIndex());
    assertMentions(streakOnTop, "top rung");
  }

  @Test
  void neverRecommendsBelowTheFirstRung() {
    var beginner = new Rating(-50.0, 400);

    var next = recommend(beginner, 0, 0);

    assertEquals(0, next.rungIndex());
    assertEquals(Flag.TOO_HARD, next.flag());
    assertMentions(next, "first rung", "in-between step");
  }

  @Test
  void aOneRungLadderAlwaysStaysPut() {
    var single = List.of(new Rating(0.0, 10));
    for (var ability : List.of(new Rating(-5, 9), Rating.NEUTRAL, new Rating(5, 9))) {
      var next =
          recommender.recommend(new ClimbState(ability, single, 0, 0, List.of()), Band.DEFAULT);
      assertEquals(0, next.rungIndex());
    }
  }

  @Test
  void repeatedGenuineSuccessesRaiseAbilitySoTheRecommendationStepsUp() {
    // Rungs whose difficulty is well known, 1.2 apart; a new person starts neutral (77 % on rung
    // 1, 48 % on rung 2) and keeps succeeding with real effort.
    var rungs = ladder(-1.2, 0.0, 1.2, 2.4);
    var ability = Rating.NEUTRAL;
    var attempts = new ArrayList<Attempt>();
    Recommendation next = null;
    int streak = 0;
    for (int i = 0; i < 6 && (next == null || next.rungIndex() == 0); i++) {
      var update = calibration.afterAttempt(ability, rungs.get(0), SUCCESS);
      ability = update.ability();
      attempts.add(attempt(SUCCESS, 6, 6));
      streak++;
      next =
          recommender.recommend(new ClimbState(ability, rungs, 0, streak, attempts), Band.DEFAULT);
    }

    assertTrue(ability.value() > 0.0, "ability rose");
    assertEquals(1, next.rungIndex(), next.explanation());
    assertTrue(Band.DEFAULT.contains(next.predictedSuccess()), next.explanation());
  }

  @Test
  void repeatedEasyWinsStepUpSoonerThanTheRatingsAlone() {
    var rungs = ladder(-1.2, 0.0, 1.2, 2.4);
    var ability = Rating.NEUTRAL;
    var attempts = new ArrayList<Attempt>();
    for (int i = 0; i < 3; i++) {
      ability = calibration.afterAttempt(ability, rungs.get(0), SUCCESS).ability();
      attempts.add(attempt(SUCCESS, 2, 2));
    }

    var next = recommender.recommend(new ClimbState(ability, rungs, 0, 3, attempts), Band.DEFAULT);

    assertEquals(1, next.rungIndex());
    assertEquals(Flag.TOO_EASY, next.flag());
    assertMentions(next, "little effort");
  }

  @Test
  void repeatedEarlyFailuresLowerAbilityAndStepBack() {
    var rungs = ladder(-1.2, 0.0, 1.2, 2.4);
    var ability = new Rating(1.2 + 1.24, 20); // 77 % on rung 3 before trying it
    var attempts = new ArrayList<Attempt>();
    for (int i = 0; i < 2; i++) {
      ability = calibration.afterAttempt(ability, rungs.get(2), NOT_YET).ability();
      attempts.add(attempt(NOT_YET, 8, 9));
    }

    var next = recommender.recommend(new ClimbState(ability, rungs, 2, 0, attempts), Band.DEFAULT);

    assertTrue(ability.value() < 1.2 + 1.24, "ability fell");
    assertEquals(1, next.rungIndex());
    assertEquals(Flag.TOO_HARD, next.flag());
  }

  @Test
  void everyRecommendationStaysOnTheLadderWithinOneRungUpAndExplainsItself() {
    var random = new Random(42);
    var outcomes = Outcome.values();
    for (int trial = 0; trial < 20_000; trial++) {
      int size = 1 + random.nextInt(12);
      var rungs = new ArrayList<Rating>();
      for (int i = 0; i < size; i++) {
        rungs.add(new Rating(random.nextGaussian() * 3, random.nextInt(500)));
      }
      int current = random.nextInt(size);
      var attempts = new ArrayList<Attempt>();
      for (int i = random.nextInt(8); i > 0; i--) {
        attempts.add(
            new Attempt(
                outcomes[random.nextInt(outcomes.length)],
                1 + random.nextInt(10),
                1 + random.nextInt(10)));
      }
      double low = 0.05 + random.nextDouble() * 0.8;
      var band = new Band(low, low + (0.99 - low) * (0.05 + 0.95 * random.nextDouble()));
      var ability = new Rating(random.nextGaussian() * 4, random.nextInt(500));
      var climb = new ClimbState(ability, rungs, current, random.nextInt(6), attempts);

      var next = recommender.recommend(climb, band);

      String where = climb + " " + band + " -> " + next;
      assertTrue(next.rungIndex() >= 0 && next.rungIndex() < size, where);
      assertTrue(next.rungIndex() <= current + 1, where);
      assertEquals(
          Calibration.predictedSuccess(ability, rungs.get(next.rungIndex())),
          next.predictedSuccess(),
          where);
      assertTrue(
          next.explanation().toLowerCase(Locale.ROOT).contains("rung " + (next.rungIndex() + 1)),
          where);
      assertPlainWords(next);
    }
  }

  private Recommendation recommend(Rating ability, int current, int streak, Attempt... recent) {
    return recommender.recommend(state(ability, current, streak, recent), Band.DEFAULT);
  }

  private static ClimbState state(Rating ability, int current, int streak, Attempt... recent) {
    return new ClimbState(ability, LADDER, current, streak, List.of(recent));
  }

  private static Attempt attempt(Outcome outcome, int effort, int felt) {
    return new Attempt(outcome, effort, felt);
  }

  private static List<Rating> ladder(double... difficulties) {
    return Arrays.stream(difficulties).mapToObj(d -> new Rating(d, 200)).toList();
  }

  private static void assertMentions(Recommendation next, String... phrases) {
    for (var phrase : phrases) {
      assertTrue(
          next.explanation().contains(phrase),
          "expected \"" + phrase + "\" in: " + next.explanation());
    }
    assertPlainWords(next);
  }

  private static void assertPlainWords(Recommendation next) {
    var text = next.explanation().toLowerCase(Locale.ROOT);
    for (var jargon : List.of("elo", "logit", "rating", "probability", "band", "index", "k=")) {
      assertFalse(text.contains(jargon), "jargon \"" + jargon + "\" in: " + next.explanation());
    }
  }
}
