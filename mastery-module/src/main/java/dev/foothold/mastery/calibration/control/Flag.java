package dev.foothold.mastery.calibration.control;

/** What a recommendation noticed about the current rung. */
public enum Flag {
  /** Nothing to report: the current rung, or the next, is hard but achievable. */
  NONE,
  /** The current rung no longer stretches the person: offer a step up. */
  TOO_EASY,
  /** The current rung is out of reach for now: offer a step back or an in-between challenge. */
  TOO_HARD
}
