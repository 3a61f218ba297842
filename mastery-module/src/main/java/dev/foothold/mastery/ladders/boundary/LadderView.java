package dev.foothold.mastery.ladders.boundary;

import dev.foothold.mastery.ladders.control.LadderLibrary;
import dev.foothold.mastery.ladders.entity.Ladder;
import java.util.List;

/**
 * A ladder template version.
 *
 * @param id this version's id
 * @param family the id shared by all versions of the template
 * @param version its number
 * @param skill the skill
 * @param lifeDomain the life domain
 * @param description what it is for
 * @param rungs its rungs in order
 * @param warnings advice for the author
 */
public record LadderView(
    String id,
    String family,
    int version,
    String skill,
    String lifeDomain,
    String description,
    List<RungView> rungs,
    List<String> warnings) {

  /** A rung as people see it. */
  public record RungView(
      int position,
      String title,
      String task,
      String successCriteria,
      String stakes,
      int streakNeeded,
      Integer minEffort) {}

  static LadderView of(Ladder ladder) {
    return new LadderView(
        ladder.id().toString(),
        ladder.family().toString(),
        ladder.version(),
        ladder.skill(),
        ladder.lifeDomain().name(),
        ladder.description(),
        ladder.rungs().stream()
            .map(
                r ->
                    new RungView(
                        r.position(),
                        r.title(),
                        r.task(),
                        r.successCriteria(),
                        r.stakes().name(),
                        r.streakNeeded(),
                        r.minEffort().orElse(null)))
            .toList(),
        LadderLibrary.warnings(ladder));
  }
}
