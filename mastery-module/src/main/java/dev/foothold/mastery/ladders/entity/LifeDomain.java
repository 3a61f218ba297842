package dev.foothold.mastery.ladders.entity;

/** The part of life a skill belongs to. */
public enum LifeDomain {
  PROFESSIONAL,
  ATHLETIC,
  SOCIAL,
  PERSONAL
}
