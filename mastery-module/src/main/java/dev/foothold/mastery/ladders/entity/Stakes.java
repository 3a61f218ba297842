package dev.foothold.mastery.ladders.entity;

/** What failing at a rung costs the person: first successes belong where it costs little. */
public enum Stakes {
  LOW,
  MEDIUM,
  HIGH
}
