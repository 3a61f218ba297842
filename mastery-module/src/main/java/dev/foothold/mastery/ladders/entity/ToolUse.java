package dev.foothold.mastery.ladders.entity;

/** How a tool such as an AI took part in an attempt. */
public enum ToolUse {
  /** The person made their own attempt first, then refined it with the tool. */
  OWN_ATTEMPT_FIRST,
  /** The tool produced the result: never counts as mastery. */
  TOOL_PRODUCED
}
