/**
 * Ladders: templates of rungs written by coaches, climbs of them by people, and the attempts that
 * move a climb up. Owns the {@code mastery} schema's ladder, rung, climb and attempt tables.
 * Depends on {@code calibration} (its control) and {@code platform-api}.
 */
package dev.foothold.mastery.ladders;
