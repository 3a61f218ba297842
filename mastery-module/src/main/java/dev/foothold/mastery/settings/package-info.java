/**
 * A tenant's settings for climbing and calibration: the target band of predicted success, the own
 * share that makes a success genuine, the longest pause, and how long a streak survives without an
 * attempt. Depends on {@code platform-api} only; the ladders component reads it.
 */
package dev.foothold.mastery.settings;
