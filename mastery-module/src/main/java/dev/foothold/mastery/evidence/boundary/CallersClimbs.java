package dev.foothold.mastery.evidence.boundary;

import java.util.UUID;

/**
 * What the evidence log asks of the ladders component about a climb an entry names. The ladders
 * component implements it (it may depend on evidence, never the reverse).
 */
public interface CallersClimbs {

  /**
   * @param climb a climb's id; never {@code null}
   * @throws dev.foothold.platform.problem.ProblemException 404 climb-not-found when it is not a
   *     climb of the caller's in the current tenant (someone else's is as good as absent)
   */
  void requireOwn(UUID climb);
}
