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
}
