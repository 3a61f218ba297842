/**
 * Evidence logs: each person's append-only, hash-chained record of what they did (attempts with
 * their debriefs, corrections, recalled successes, pre-attempt check-ins), their self-efficacy over
 * time, the pre-performance review, coach feedback, peer examples shared with consent, the screen
 * before a first climb, and export. Owns the {@code mastery} schema's evidence_*, entry_consent,
 * screening*, and coach_notice tables. Depends on {@code platform-api} only; the ladders component
 * reaches it through its boundary, and it asks ladders to hold climbs through platform events.
 */
package dev.foothold.mastery.evidence;
