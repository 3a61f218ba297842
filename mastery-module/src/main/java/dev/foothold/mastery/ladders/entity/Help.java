package dev.foothold.mastery.ladders.entity;

/** Who or what helped with an attempt. */
public enum Help {
  INDEPENDENT,
  COACH,
  PEER,
  AI_TOOL
}
