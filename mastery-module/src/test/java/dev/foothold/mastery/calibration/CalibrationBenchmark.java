package dev.foothold.mastery.calibration;

import dev.foothold.mastery.calibration.control.Attempt;
import dev.foothold.mastery.calibration.control.Band;
import dev.foothold.mastery.calibration.control.Calibration;
import dev.foothold.mastery.calibration.control.ClimbState;
import dev.foothold.mastery.calibration.control.Outcome;
import dev.foothold.mastery.calibration.control.Rating;
import dev.foothold.mastery.calibration.control.RungRecommender;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A simulation, not a test: simulated learners of known ability climb a ladder of known difficulty,
 * once guided by the calibrated recommendation and once by the fixed rule "move up after three
 * successes in a row". It prints each arm's realised success rate and how many attempts it took to
 * reach the top.
 *
 * <p>The simulated world: a learner's true starting ability is drawn from a normal distribution
 * around 0 (standard deviation {@value #ABILITY_SPREAD}); the ladder's rungs are {@value
 * #DIFFICULTY_STEP} apart, from {@value #BOTTOM_DIFFICULTY} upward; every genuine success raises
 * the learner's true ability by {@value #GROWTH_PER_SUCCESS}; an attempt succeeds with the true
 * probability {@code 1 / (1 + e^(difficulty − ability))} and otherwise is "not yet". The effort and
 * felt difficulty a learner reports grow with how hard the attempt truly was, with some noise. A
 * learner reaches the top with a first genuine success on the top rung, and stops trying after
 * {@value #MAX_ATTEMPTS} attempts.
 *
 * <p>The calibrated arm knows none of this: every rating starts neutral and learns only from
 * outcomes. The ladder's rung ratings are shared by all its learners, who climb side by side, one
 * attempt each per round, as clients of one coach would.
 *
 * <p>Run it with {@code mvn -q -Pcalibration-benchmark -pl mastery-module -am verify}.
 */
public final class CalibrationBenchmark {

  static final long SEED = 20_261_104L;
  static final int LEARNERS = 2000;
  static final int RUNGS = 10;
  static final int MAX_ATTEMPTS = 300;
  static final double ABILITY_SPREAD = 0.6;
  static final double BOTTOM_DIFFICULTY = -1.5;
  static final double DIFFICULTY_STEP = 0.5;
  static final double GROWTH_PER_SUCCESS = 0.03;
  static final int STREAK_TO_ADVANCE = 3;

  private CalibrationBenchmark() {}

  public static void main(String[] args) {
    var band = Band.DEFAULT;
    var difficulties = new double[RUNGS];
    Arrays.setAll(difficulties, i -> BOTTOM_DIFFICULTY + DIFFICULTY_STEP * i);
    var abilities = startingAbilities();
    System.out.printf(
        Locale.ROOT,
        "Calibration benchmark: %d simulated learners, a ladder of %d rungs, at most %d attempts"
            + " each, seed %d, target band %.2f-%.2f%n",
        LEARNERS,
        RUNGS,
        MAX_ATTEMPTS,
        SEED,
        band.low(),
        band.high());
    long started = System.nanoTime();
    var calibrated = new CalibratedArm(band, difficulties).run(abilities, new Random(SEED + 1));
    calibrated.print(band);
    var fixed = new FixedRuleArm(band, difficulties).run(abilities, new Random(SEED + 1));
    fixed.print(band);
    System.out.printf(
        Locale.ROOT, "Simulated in %.1f s%n", (System.nanoTime() - started) / 1_000_000_000.0);
    System.out.printf(
        Locale.ROOT,
        "calibration: calibrated_success=%.3f fixed_success=%.3f calibrated_attempts_to_top=%.1f"
            + " fixed_attempts_to_top=%.1f%n",
        calibrated.successRate(),
        fixed.successRate(),
        calibrated.meanAttemptsToTop(),
        fixed.meanAttemptsToTop());
  }

  private static double[] startingAbilities() {
    var random = new Random(SEED);
    var abilities = new double[LEARNERS];
    Arrays.setAll(abilities, i -> random.nextGaussian() * ABILITY_SPREAD);
    return abilities;
  }

  static double trueChance(double ability, double difficulty) {
    return 1.0 / (1.0 + Math.exp(difficulty - ability));
  }

  /** A learner's report on a scale of 1 to 10: higher the harder the attempt truly was. */
  static int report(double trueChance, double noise, Random random) {
    double value = 1.0 + 9.0 * Math.sqrt(1.0 - trueChance) + random.nextGaussian() * noise;
    return (int) Math.max(1, Math.min(10, Math.round(value)));
  }

  /** One simulated learner's climb. */
  static final class Learner {
    double trueAbility;
    int rung;
    int streak;
    int attempts;
    boolean atTop;
    Rating ability = Rating.NEUTRAL;
    final List<Attempt> atThisRung = new ArrayList<>();

    Learner(double trueAbility) {
      this.trueAbility = trueAbility;
    }

    boolean active() {
      return !atTop && attempts < MAX_ATTEMPTS;
    }
  }

  /** What one arm of the simulation saw. */
  static final class Tally {
    final String name;
    long attempts;
    long successes;
    long inBand;
    int reachedTop;
    long attemptsToTop;
    double chanceAtTop;

    Tally(String name) {
      this.name = name;
    }

    void attempt(double trueChance, boolean success, Band band) {
      attempts++;
      successes += success ? 1 : 0;
      inBand += band.contains(trueChance) ? 1 : 0;
    }

    void reachedTop(int attemptsTaken, double trueChanceThere) {
      reachedTop++;
      attemptsToTop += attemptsTaken;
      chanceAtTop += trueChanceThere;
    }

    double successRate() {
      return (double) successes / attempts;
    }

    double meanAttemptsToTop() {
      return reachedTop == 0 ? Double.NaN : (double) attemptsToTop / reachedTop;
    }

    void print(Band band) {
      System.out.printf(
          Locale.ROOT,
          "%s: %d attempts, %.1f%% succeeded, %.1f%% were truly %.0f-%.0f%% likely to succeed;"
              + " %d of %d learners reached the top in %.1f attempts on average (%d did not within"
              + " %d attempts), with a true %.0f%% chance of success there when they did%n",
          name,
          attempts,
          100.0 * successRate(),
          100.0 * inBand / attempts,
          100.0 * band.low(),
          100.0 * band.high(),
          reachedTop,
          LEARNERS,
          meanAttemptsToTop(),
          LEARNERS - reachedTop,
          MAX_ATTEMPTS,
          100.0 * chanceAtTop / reachedTop);
    }
  }

  /** The calibrated recommendation, learning the ratings from outcomes as it goes. */
  static final class CalibratedArm {
    private final Band band;
    private final double[] difficulties;
    private final Calibration calibration = new Calibration();
    private final RungRecommender recommender = new RungRecommender();
    private final List<Rating> rungRatings = new ArrayList<>();

    CalibratedArm(Band band, double[] difficulties) {
      this.band = band;
      this.difficulties = difficulties;
      for (int i = 0; i < difficulties.length; i++) {
        rungRatings.add(Rating.NEUTRAL);
      }
    }

    Tally run(double[] abilities, Random random) {
      var tally = new Tally("calibrated");
      var learners = Arrays.stream(abilities).mapToObj(Learner::new).toList();
      for (int round = 1; round <= MAX_ATTEMPTS; round++) {
        for (var learner : learners) {
          if (learner.active()) {
            attempt(learner, tally, random);
          }
        }
        if (round % 100 == 0) {
          System.out.printf(
              Locale.ROOT,
              "calibrated: after %d rounds %d of %d learners reached the top%n",
              round,
              tally.reachedTop,
              LEARNERS);
        }
      }
      return tally;
    }

    private void attempt(Learner learner, Tally tally, Random random) {
      var next =
          recommender.recommend(
              new ClimbState(
                  learner.ability, rungRatings, learner.rung, learner.streak, learner.atThisRung),
              band);
      if (next.rungIndex() != learner.rung) {
        learner.rung = next.rungIndex();
        learner.streak = 0;
        learner.atThisRung.clear();
      }
      int rung = learner.rung;
      double chance = trueChance(learner.trueAbility, difficulties[rung]);
      boolean success = random.nextDouble() < chance;
      var outcome = success ? Outcome.SUCCESS : Outcome.NOT_YET;
      learner.atThisRung.add(
          new Attempt(outcome, report(chance, 1.0, random), report(chance, 1.5, random)));
      var update = calibration.afterAttempt(learner.ability, rungRatings.get(rung), outcome);
      learner.ability = update.ability();
      rungRatings.set(rung, update.difficulty());
      learner.attempts++;
      tally.attempt(chance, success, band);
      if (success) {
        learner.streak++;
        learner.trueAbility += GROWTH_PER_SUCCESS;
        if (rung == RUNGS - 1) {
          learner.atTop = true;
          tally.reachedTop(learner.attempts, chance);
        }
      } else {
        learner.streak = 0;
      }
    }
  }

  /** The fixed rule: move up after three successes in a row, otherwise stay. */
  static final class FixedRuleArm {
    private final Band band;
    private final double[] difficulties;

    FixedRuleArm(Band band, double[] difficulties) {
      this.band = band;
      this.difficulties = difficulties;
    }

    Tally run(double[] abilities, Random random) {
      var tally = new Tally("fixed rule");
      for (double ability : abilities) {
        var learner = new Learner(ability);
        while (learner.active()) {
          attempt(learner, tally, random);
        }
      }
      return tally;
    }

    private void attempt(Learner learner, Tally tally, Random random) {
      int rung = learner.rung;
      double chance = trueChance(learner.trueAbility, difficulties[rung]);
      boolean success = random.nextDouble() < chance;
      learner.attempts++;
      tally.attempt(chance, success, band);
      if (!success) {
        learner.streak = 0;
        return;
      }
      learner.streak++;
      learner.trueAbility += GROWTH_PER_SUCCESS;
      if (rung == RUNGS - 1) {
        learner.atTop = true;
        tally.reachedTop(learner.attempts, chance);
      } else if (learner.streak == STREAK_TO_ADVANCE) {
        learner.rung++;
        learner.streak = 0;
      }
    }
  }
}
