package dev.foothold.mastery.evidence.control;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Which past successes to put before a person facing a challenge: genuine ones only (a success of
 * their own doing, with effort), of the same skill first, then of the same life domain, the most
 * recent first within each.
 *
 * @param minEffort the least effort (1 to 10) a success needs to count as effortful
 */
public record Review(int minEffort) {

  /**
   * A past success as the review weighs it.
   *
   * @param ownDoing whether the person credits their own effort and skill and it counted as theirs
   * @param effort how hard they worked, 1 to 10, when known
   */
  public record Candidate(
      UUID id,
      String skill,
      String lifeDomain,
      boolean ownDoing,
      Optional<Integer> effort,
      Instant at) {}

  public Review {
    if (minEffort < 1 || minEffort > 10) {
      throw new IllegalArgumentException("Effort is 1 to 10: " + minEffort);
    }
  }

  /**
   * @return at most {@code limit} candidates, most relevant first; none of another skill and
   *     domain, none without effort or not of the person's own doing
   */
  public List<Candidate> rank(
      List<Candidate> candidates, String skill, String lifeDomain, int limit) {
    return candidates.stream()
        .filter(Candidate::ownDoing)
        .filter(c -> c.effort().map(e -> e >= minEffort).orElse(false))
        .filter(c -> relevance(c, skill, lifeDomain) > 0)
        .sorted(
            Comparator.comparingInt((Candidate c) -> relevance(c, skill, lifeDomain))
                .reversed()
                .thenComparing(Candidate::at, Comparator.reverseOrder()))
        .limit(limit)
        .toList();
  }

  private static int relevance(Candidate c, String skill, String lifeDomain) {
    if (skill != null && c.skill() != null && norm(skill).equals(norm(c.skill()))) {
      return 2;
    }
    if (lifeDomain != null && lifeDomain.equalsIgnoreCase(c.lifeDomain())) {
      return 1;
    }
    return 0;
  }

  private static String norm(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
