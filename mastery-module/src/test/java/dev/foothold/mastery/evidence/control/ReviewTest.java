package dev.foothold.mastery.evidence.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReviewTest {

  static Review.Candidate c(String skill, String domain, boolean own, int effort, int day) {
    return new Review.Candidate(
        UUID.randomUUID(),
        skill,
        domain,
        own,
        Optional.of(effort),
        Instant.parse("2026-01-01T00:00:00Z").plusSeconds(day * 86400L));
  }

  @Test
  void sameSkillFirstThenSameDomainMostRecentFirst() {
    var oldSkill = c("Public speaking", "PROFESSIONAL", true, 7, 1);
    var newSkill = c("public speaking ", "PROFESSIONAL", true, 6, 5);
    var domain = c("Negotiation", "PROFESSIONAL", true, 8, 9);
    var otherDomain = c("Running", "ATHLETIC", true, 9, 10);
    var ranked =
        new Review(5)
            .rank(
                List.of(oldSkill, domain, otherDomain, newSkill),
                "Public speaking",
                "PROFESSIONAL",
                3);
    assertEquals(List.of(newSkill, oldSkill, domain), ranked);
  }

  @Test
  void onlyEffortfulSuccessesOfThePersonsOwnDoingAndAtMostTheLimit() {
    var easy = c("Public speaking", "PROFESSIONAL", true, 3, 8);
    var luck = c("Public speaking", "PROFESSIONAL", false, 9, 9);
    var a = c("Public speaking", "PROFESSIONAL", true, 5, 1);
    var b = c("Public speaking", "PROFESSIONAL", true, 6, 2);
    var d = c("Public speaking", "PROFESSIONAL", true, 6, 3);
    var noEffort =
        new Review.Candidate(
            UUID.randomUUID(),
            "Public speaking",
            "PROFESSIONAL",
            true,
            Optional.empty(),
            Instant.now());
    assertEquals(
        List.of(d, b),
        new Review(5).rank(List.of(easy, luck, a, b, d, noEffort), "Public speaking", null, 2));
  }

  @Test
  void effortIsOneToTen() {
    assertThrows(IllegalArgumentException.class, () -> new Review(0));
  }
}
