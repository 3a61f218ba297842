package dev.foothold.mastery.ladders.entity;

/** How an attempt went. */
public enum AttemptOutcome {
  /** Done, fully. */
  SUCCESS,
  /** Part of it done. */
  PARTIAL,
  /** Not done this time. */
  NOT_YET
}
