package dev.foothold.mastery.evidence.control;

import dev.foothold.mastery.evidence.entity.Attribution;
import dev.foothold.mastery.evidence.entity.EvidenceEntry;
import dev.foothold.mastery.evidence.entity.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The pre-performance review: before a challenge, the few past successes of the person's that speak
 * to it most, in their own words (corrections applied).
 */
@ApplicationScoped
@Transactional
public class Preparation {

  @Inject Journal journal;

  @Inject
  @ConfigProperty(name = "foothold.evidence.review.min-effort", defaultValue = "5")
  int minEffort;

  @Inject
  @ConfigProperty(name = "foothold.evidence.review.size", defaultValue = "3")
  int size;

  /**
   * A past success to recall.
   *
   * @param why why it was chosen: same skill or same life domain
   * @param words the person's own words about it
   */
  public record Recall(EvidenceEntry entry, String why, Map<String, String> words) {}

  /**
   * @param skill the skill of the coming challenge, if known
   * @param lifeDomain its life domain, if known
   */
  public List<Recall> review(String person, String skill, String lifeDomain) {
    var log = journal.of(person);
    var words = Journal.corrected(log);
    var byId = new HashMap<UUID, EvidenceEntry>();
    var candidates =
        log.stream()
            .filter(Preparation::success)
            .peek(e -> byId.put(e.id(), e))
            .map(
                e ->
                    new Review.Candidate(
                        e.id(),
                        e.skill().orElse(null),
                        e.lifeDomain().orElse(null),
                        e.attribution()
                            .map(a -> a == Attribution.OWN_EFFORT_AND_SKILL)
                            .orElse(false),
                        e.effort(),
                        e.recordedAt()))
            .toList();
    return new Review(minEffort)
        .rank(candidates, skill, lifeDomain, size).stream()
            .map(
                c ->
                    new Recall(
                        byId.get(c.id()),
                        skill != null
                                && c.skill() != null
                                && c.skill()
                                    .strip()
                                    .toLowerCase(Locale.ROOT)
                                    .equals(skill.strip().toLowerCase(Locale.ROOT))
                            ? "Same skill: " + c.skill()
                            : "Same part of life: " + c.lifeDomain(),
                        words.getOrDefault(c.id(), Map.of())))
            .toList();
  }

  /** A success that can stand as evidence: a registered genuine success, or a recalled one. */
  private static boolean success(EvidenceEntry e) {
    if (e.kind() == Kind.RECALLED) {
      return true;
    }
    return e.kind() == Kind.ATTEMPT
        && "SUCCESS".equals(e.outcome().orElse(null))
        && e.genuine()
        && e.registered();
  }
}
