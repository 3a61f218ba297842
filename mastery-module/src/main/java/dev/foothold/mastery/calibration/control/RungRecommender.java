package dev.foothold.mastery.calibration.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * Recommends the rung to attempt next, and says why in words a client understands.
 *
 * <p>The rules, in the order they are tried:
 *
 * <ol>
 *   <li><b>Early struggle.</b> Within the first {@value #EARLY_ATTEMPTS} attempts at a rung, two or
 *       more "not yet" among the last three flag the rung too hard: step back one rung, or, on the
 *       first rung, stay and ask the coach for an in-between challenge. Early failures shake
 *       confidence most, so the evidence outweighs the ratings here.
 *   <li><b>Easy wins.</b> Three successes in a row that took little effort (at most {@value
 *       #LOW_EFFORT}) and did not feel hard (at most {@value #NOT_HARD}) flag the rung too easy:
 *       step up one rung. Low effort that still felt hard is not a sign of an easy rung.
 *   <li><b>Consistent success.</b> After {@value #STREAK_TO_ADVANCE} genuine successes in a row,
 *       step up one rung if the next rung's predicted success is at least the band's low end;
 *       otherwise stay, because the next rung is a big jump.
 *   <li><b>A streak building.</b> With one or two successes in a row, stay on the rung unless its
 *       predicted success is more than {@value #STREAK_MARGIN} above the band.
 *   <li><b>In the band.</b> Stay while the current rung's predicted success is in the band.
 *   <li><b>Out of the band.</b> Above it: the current or the next rung, whichever is nearer the
 *       band's middle (flag too easy). Below it: the current rung or any rung under it, whichever
 *       is nearer the middle (flag too hard).
 * </ol>
 *
 * <p>It never recommends more than one rung above the current one, nor a rung outside the ladder.
 */
@ApplicationScoped
public class RungRecommender {

  /** Attempts at a rung that still count as the first ones. */
  static final int EARLY_ATTEMPTS = 5;

  /** Most effort, on the 1–10 scale, that still counts as an easy win. */
  static final int LOW_EFFORT = 3;

  /** Most felt difficulty, on the 1–10 scale, that still counts as an easy win. */
  static final int NOT_HARD = 5;

  /** Genuine successes in a row that show consistent success at a rung. */
  static final int STREAK_TO_ADVANCE = 3;

  /** How far above the band a rung may be while a streak on it is building. */
  static final double STREAK_MARGIN = 0.05;

  private static final int WINDOW = 3;

  /**
   * @param climb where the person stands, not null
   * @param band the predicted success that counts as hard but achievable, not null
   * @return the rung to attempt next, at most one above the current one and always on the ladder
   * @throws NullPointerException when an argument is null
   */
  public Recommendation recommend(ClimbState climb, Band band) {
    Objects.requireNonNull(climb, "climb");
    Objects.requireNonNull(band, "band");
    return new Decision(climb, band).decide();
  }

  /** One recommendation being worked out. */
  private static final class Decision {

    private final ClimbState climb;
    private final Band band;
    private final int current;
    private final int top;
    private final double[] chance;
    private final List<Attempt> window;

    Decision(ClimbState climb, Band band) {
      this.climb = climb;
      this.band = band;
      this.current = climb.currentRung();
      this.top = climb.topRung();
      this.chance =
          climb.rungs().stream()
              .mapToDouble(rung -> Calibration.predictedSuccess(climb.ability(), rung))
              .toArray();
      var attempts = climb.recentAttempts();
      this.window = attempts.subList(Math.max(0, attempts.size() - WINDOW), attempts.size());
    }

    Recommendation decide() {
      long notYet = window.stream().filter(a -> a.outcome() == Outcome.NOT_YET).count();
      if (climb.recentAttempts().size() <= EARLY_ATTEMPTS && notYet >= 2) {
        return stepBackAfterEarlyStruggle(notYet);
      }
      if (window.size() == WINDOW && window.stream().allMatch(Decision::easyWin)) {
        return stepUpAfterEasyWins();
      }
      if (climb.streak() >= STREAK_TO_ADVANCE) {
        return afterConsistentSuccess();
      }
      double here = chance[current];
      if (climb.streak() > 0 && here <= band.high() + STREAK_MARGIN) {
        return keepBuildingStreak();
      }
      if (band.contains(here)) {
        return stay(
            Flag.NONE,
            "Stay on "
                + rung(current)
                + ": your success chance there is "
                + percent(here)
                + ", which is hard but achievable.");
      }
      return here > band.high() ? aboveBand() : belowBand();
    }

    private static boolean easyWin(Attempt attempt) {
      return attempt.outcome() == Outcome.SUCCESS
          && attempt.effort() <= LOW_EFFORT
          && attempt.feltDifficulty() <= NOT_HARD;
    }

    private Recommendation stepBackAfterEarlyStruggle(long notYet) {
      String reason =
          capitalised(rung(current)) + " looks too hard for now: " + notYetCount(notYet) + ".";
      if (current == 0) {
        return stay(
            Flag.TOO_HARD,
            reason
                + " It is the first rung, so keep practising it and ask your coach for a smaller"
                + " in-between step.");
      }
      int back = current - 1;
      return to(
          back,
          Flag.TOO_HARD,
          reason
              + " Step back to "
              + rung(back)
              + " (success chance "
              + percent(chance[back])
              + ") to rebuild your streak, then come back, or ask your coach"
              + " for an in-between challenge.");
    }

    private Recommendation stepUpAfterEasyWins() {
      String reason =
          capitalised(rung(current))
              + " looks too easy for you now: your last "
              + WINDOW
              + " attempts were successes that took little effort.";
      if (current == top) {
        return stay(Flag.TOO_EASY, reason + " " + topRungNote());
      }
      return to(current + 1, Flag.TOO_EASY, reason + " " + stepUp(current + 1));
    }

    private Recommendation afterConsistentSuccess() {
      String reason =
          "You have " + climb.streak() + " genuine successes in a row on " + rung(current) + ".";
      Flag flag = chance[current] > band.high() ? Flag.TOO_EASY : Flag.NONE;
      if (current == top) {
        return stay(flag, reason + " " + topRungNote());
      }
      int next = current + 1;
      if (chance[next] >= band.low()) {
        return to(
            next,
            flag,
            reason
                + " Step up to "
                + rung(next)
                + ": with a success chance of "
                + percent(chance[next])
                + " it is hard but achievable.");
      }
      return stay(
          Flag.NONE,
          reason
              + " "
              + capitalised(rung(next))
              + " is still a big jump (success chance "
              + percent(chance[next])
              + "), so keep building here a little longer, or ask your coach"
              + " for an in-between challenge.");
    }

    private Recommendation keepBuildingStreak() {
      int more = STREAK_TO_ADVANCE - climb.streak();
      return stay(
          Flag.NONE,
          "Stay on "
              + rung(current)
              + ": you have "
              + climb.streak()
              + (climb.streak() == 1 ? " genuine success" : " genuine successes")
              + " in a row there. "
              + more
              + (more == 1 ? " more success" : " more successes")
              + " in a row will show it is consistent before you move up.");
    }

    private Recommendation aboveBand() {
      String reason =
          capitalised(rung(current))
              + " looks too easy for you now (success chance "
              + percent(chance[current])
              + ").";
      if (current == top) {
        return stay(Flag.TOO_EASY, reason + " " + topRungNote());
      }
      int next = current + 1;
      if (distanceFromMiddle(next) < distanceFromMiddle(current)) {
        return to(next, Flag.TOO_EASY, reason + " " + stepUp(next));
      }
      return stay(
          Flag.TOO_EASY,
          reason
              + " "
              + capitalised(rung(next))
              + " would be a big jump (success chance "
              + percent(chance[next])
              + "), so ask your coach for an in-between challenge.");
    }

    private Recommendation belowBand() {
      String reason =
          capitalised(rung(current))
              + " is a stretch too far right now (success chance "
              + percent(chance[current])
              + ").";
      int best = current;
      for (int i = current - 1; i >= 0; i--) {
        if (distanceFromMiddle(i) < distanceFromMiddle(best)) {
          best = i;
        }
      }
      if (best == current) {
        return stay(
            Flag.TOO_HARD,
            reason
                + (current == 0
                    ? " It is the first rung, so keep practising it"
                    : " No easier rung fits better, so keep practising it")
                + " and ask your coach for a smaller in-between step.");
      }
      return to(
          best,
          Flag.TOO_HARD,
          reason
              + " Step back to "
              + rung(best)
              + ", where your success chance is "
              + percent(chance[best])
              + ": hard, but within reach.");
    }

    private String notYetCount(long notYet) {
      int seen = window.size();
      if (notYet < seen) {
        return notYet + " of your last " + seen + " attempts there were \"not yet\"";
      }
      if (climb.recentAttempts().size() > seen) {
        return "your last " + seen + " attempts there were all \"not yet\"";
      }
      return (seen == 2 ? "both your attempts" : "all " + seen + " of your attempts")
          + " there so far were \"not yet\"";
    }

    private String stepUp(int next) {
      String step = "Step up to " + rung(next) + " (success chance " + percent(chance[next]) + ")";
      return chance[next] > band.high()
          ? step + ": we go up one rung at a time, so it may still feel easy."
          : step + " for a real stretch.";
    }

    private String topRungNote() {
      return "This is the top rung of the ladder: keep your streak going here, or ask your coach"
          + " for a harder ladder.";
    }

    private double distanceFromMiddle(int rung) {
      double distance = Math.abs(chance[rung] - band.middle());
      return band.contains(chance[rung]) ? distance : distance + 1.0;
    }

    private Recommendation stay(Flag flag, String explanation) {
      return to(current, flag, explanation);
    }

    private Recommendation to(int rung, Flag flag, String explanation) {
      return new Recommendation(rung, chance[rung], flag, explanation);
    }

    private static String rung(int index) {
      return "rung " + (index + 1);
    }

    private static String capitalised(String text) {
      return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String percent(double p) {
      long rounded = Math.round(p * 100.0);
      if (rounded >= 100) {
        return "over 99%";
      }
      return rounded <= 0 ? "under 1%" : "about " + rounded + "%";
    }
  }
}
