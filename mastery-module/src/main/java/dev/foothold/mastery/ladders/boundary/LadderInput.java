package dev.foothold.mastery.ladders.boundary;

import dev.foothold.mastery.ladders.control.LadderLibrary;
import dev.foothold.mastery.ladders.entity.LifeDomain;
import dev.foothold.mastery.ladders.entity.Stakes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A ladder template as its author writes it.
 *
 * @param skill the skill it builds, such as "public speaking"
 * @param lifeDomain PROFESSIONAL, ATHLETIC, SOCIAL or PERSONAL
 * @param description what it is for
 * @param rungs from just manageable to genuinely challenging, in order
 */
public record LadderInput(
    @NotBlank(message = "Name the skill")
        @Size(max = 120, message = "A skill has at most 120 characters")
        String skill,
    @NotNull(message = "Choose the life domain")
        @Pattern(
            regexp = "PROFESSIONAL|ATHLETIC|SOCIAL|PERSONAL",
            message = "The life domain is PROFESSIONAL, ATHLETIC, SOCIAL or PERSONAL")
        String lifeDomain,
    @Size(max = 2000, message = "A description has at most 2000 characters") String description,
    @NotEmpty(message = "A ladder has at least one rung")
        @Size(max = 30, message = "A ladder has at most 30 rungs")
        List<@Valid @NotNull(message = "A rung cannot be empty") RungInput> rungs) {

  LadderLibrary.LadderDraft draft() {
    return new LadderLibrary.LadderDraft(
        skill,
        LifeDomain.valueOf(lifeDomain),
        description,
        rungs.stream()
            .map(
                r ->
                    new LadderLibrary.RungDraft(
                        r.title(),
                        r.task(),
                        r.successCriteria(),
                        r.difficulty(),
                        Stakes.valueOf(r.stakes()),
                        r.streakNeeded() == null ? 3 : r.streakNeeded(),
                        r.minEffort()))
            .toList());
  }
}
