package dev.foothold.mastery.evidence.entity;

/** What the person says made the outcome. */
public enum Attribution {
  OWN_EFFORT_AND_SKILL,
  LUCK,
  OTHER_PEOPLE,
  TOOLS
}
