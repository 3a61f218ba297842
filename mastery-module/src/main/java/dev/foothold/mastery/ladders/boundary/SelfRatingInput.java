package dev.foothold.mastery.ladders.boundary;

import dev.foothold.mastery.ladders.control.Placement;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * A person's honest rating of their current capability on one rung, for placement.
 *
 * @param rating COMFORTABLE (reliably, today), MANAGEABLE (with real effort), STRETCH (might
 *     manage) or OUT_OF_REACH
 */
public record SelfRatingInput(
    @NotNull(message = "Rate each rung: COMFORTABLE, MANAGEABLE, STRETCH or OUT_OF_REACH")
        @Pattern(
            regexp = "COMFORTABLE|MANAGEABLE|STRETCH|OUT_OF_REACH",
            message = "A rating is COMFORTABLE, MANAGEABLE, STRETCH or OUT_OF_REACH")
        String rating) {

  static List<Placement.SelfRating> of(List<SelfRatingInput> ratings) {
    return ratings == null
        ? List.of()
        : ratings.stream().map(r -> Placement.SelfRating.valueOf(r.rating())).toList();
  }
}
