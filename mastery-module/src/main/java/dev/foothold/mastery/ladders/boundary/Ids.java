package dev.foothold.mastery.ladders.boundary;

import dev.foothold.platform.problem.ProblemException;
import java.util.UUID;

/** Identifiers in paths: one that is not a UUID names nothing. */
final class Ids {

  private Ids() {}

  static UUID parse(String id, String what) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          404, what + "-not-found", "Not found", "There is no " + what + " " + id + ".");
    }
  }

  /** A calendar date as yyyy-mm-dd; one that does not exist (30 February) is refused. */
  static java.time.LocalDate date(String text) {
    try {
      return java.time.LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new ProblemException(
          400,
          "no-such-date",
          "No such date",
          text + " is not a date of the calendar (yyyy-mm-dd).");
    }
  }
}
