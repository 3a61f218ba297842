/**
 * Writing ladders, starting climbs, recording attempts, and the rules of a genuine success and of
 * advancing. Depends on {@code ladders.entity}, {@code calibration.control} and {@code
 * platform-api}.
 */
package dev.foothold.mastery.ladders.control;
