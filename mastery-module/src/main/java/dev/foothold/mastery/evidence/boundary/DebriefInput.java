package dev.foothold.mastery.evidence.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;

/**
 * A debrief in the person's own words. Which answers it needs depends on the outcome: see {@code
 * GET /api/v1/t/{slug}/evidence/prompts?outcome=…}.
 *
 * @param whatIDid the specific actions taken
 * @param obstacles obstacles overcome
 * @param whatWorked what worked (success, partial)
 * @param whatItShows what it shows the person can do (success)
 * @param whatILearned what was learned (not yet, partial)
 * @param adjustNextTime what to adjust next time
 * @param attribution OWN_EFFORT_AND_SKILL, LUCK, OTHER_PEOPLE or TOOLS
 * @param controllable whether what made the outcome is within the person's control
 */
public record DebriefInput(
    @Size(max = 2000, message = "Each answer has at most 2000 characters") String whatIDid,
    @Size(max = 2000, message = "Each answer has at most 2000 characters") String obstacles,
    @Size(max = 2000, message = "Each answer has at most 2000 characters") String whatWorked,
    @Size(max = 2000, message = "Each answer has at most 2000 characters") String whatItShows,
    @Size(max = 2000, message = "Each answer has at most 2000 characters") String whatILearned,
    @Size(max = 2000, message = "Each answer has at most 2000 characters") String adjustNextTime,
    @Pattern(
            regexp = "OWN_EFFORT_AND_SKILL|LUCK|OTHER_PEOPLE|TOOLS",
            message = "Attribution is OWN_EFFORT_AND_SKILL, LUCK, OTHER_PEOPLE or TOOLS")
        String attribution,
    Boolean controllable) {

  /**
   * @return the answers in words, by field, blank ones left out
   */
  public Map<String, String> words() {
    var words = new HashMap<String, String>();
    put(words, "whatIDid", whatIDid);
    put(words, "obstacles", obstacles);
    put(words, "whatWorked", whatWorked);
    put(words, "whatItShows", whatItShows);
    put(words, "whatILearned", whatILearned);
    put(words, "adjustNextTime", adjustNextTime);
    return words;
  }

  static void put(Map<String, String> words, String field, String value) {
    if (value != null && !value.isBlank()) {
      words.put(field, value.strip());
    }
  }
}
