package dev.foothold.mastery.ladders.control;

import dev.foothold.mastery.ladders.entity.AttemptOutcome;
import dev.foothold.mastery.ladders.entity.Help;
import dev.foothold.mastery.ladders.entity.Rung;
import dev.foothold.mastery.ladders.entity.ToolUse;

/**
 * Whether a success counts toward the streak. It must be traceable to the person's own effort (own
 * share at or above the threshold; a tool that produced the result never counts) and not too easy
 * (effort at or above the rung's minimum). A success that is not genuine still teaches the
 * calibration, but moves nobody up.
 */
public record Genuineness(int ownShareThreshold) {

  /** The verdict and, when it is not genuine, why, in the person's words. */
  public record Verdict(boolean genuine, String reason) {}

  public Genuineness {
    if (ownShareThreshold < 0 || ownShareThreshold > 100) {
      throw new IllegalArgumentException(
          "The own-share threshold is a percentage: " + ownShareThreshold);
    }
  }

  public Verdict judge(
      AttemptOutcome outcome, int effort, Help help, int ownShare, ToolUse toolUse, Rung rung) {
    if (outcome != AttemptOutcome.SUCCESS) {
      return new Verdict(
          false,
          outcome == AttemptOutcome.NOT_YET
              ? "Not yet: the streak starts again."
              : "Partly done: it does not count toward the streak.");
    }
    if (help == Help.AI_TOOL && toolUse != ToolUse.OWN_ATTEMPT_FIRST) {
      return new Verdict(
          false, "The tool produced this result, so it shows the tool's skill rather than yours.");
    }
    if (ownShare < ownShareThreshold) {
      return new Verdict(
          false,
          "You said "
              + ownShare
              + "% of it was your own doing; a success counts from "
              + ownShareThreshold
              + "%.");
    }
    if (rung.minEffort().isPresent() && effort < rung.minEffort().get()) {
      return new Verdict(
          false,
          "It took effort "
              + effort
              + " of 10; this rung counts successes from effort "
              + rung.minEffort().get()
              + ", so it may be too easy now.");
    }
    return new Verdict(true, "A genuine success: it counts toward your streak.");
  }
}
