/**
 * Calibration: how likely a person is to succeed at a rung, and which rung they should try next.
 *
 * <p>Owns the rating model (a person's ability per skill, a rung's difficulty) and the next-rung
 * recommendation, in {@code control}. Pure logic: no I/O, no persistence, no clock. The ladder
 * component stores the ratings and asks this component for the next rung; this component depends on
 * the JDK and Jakarta CDI annotations only, never on the ladder, the evidence log or {@code
 * platform-api}.
 */
package dev.foothold.mastery.calibration;
