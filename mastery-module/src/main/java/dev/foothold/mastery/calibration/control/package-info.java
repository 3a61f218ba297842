/**
 * The calibration logic and its value types.
 *
 * <p>Owns {@link dev.foothold.mastery.calibration.control.Calibration} (predicted success and the
 * rating update after an attempt), {@link dev.foothold.mastery.calibration.control.RungRecommender}
 * (which rung next, and why, in plain words) and the immutable records they take and return.
 * Depends on the JDK and Jakarta CDI annotations only; it never reaches into another component, and
 * nothing here performs I/O.
 */
package dev.foothold.mastery.calibration.control;
