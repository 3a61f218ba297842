package dev.foothold.mastery.evidence.entity;

/** What an evidence entry records. */
public enum Kind {
  /** An attempt at a rung, with its debrief, logged at the time. */
  ATTEMPT,
  /** A correction of an earlier entry; both stay in the log. */
  AMENDMENT,
  /** A past success recalled for the success inventory, not logged at the time. */
  RECALLED,
  /** How activated and how confident the person felt before an attempt. */
  CHECK_IN
}
