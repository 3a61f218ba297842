package dev.foothold.mastery.evidence.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DebriefsTest {

  static final Map<String, String> SUCCESS_WORDS =
      Map.of(
          "whatIDid", "Wrote three openers and rehearsed them aloud",
          "whatWorked", "Starting with a question",
          "whatItShows", "I can open a conversation with a stranger");

  @Test
  void aSuccessIsCompleteWithActionsWhatWorkedWhatItShowsAndAttribution() {
    assertEquals(
        List.of(), Debriefs.missing("SUCCESS", SUCCESS_WORDS, "OWN_EFFORT_AND_SKILL", true));
    assertEquals(
        List.of("whatItShows", "controllable"),
        Debriefs.missing(
            "SUCCESS",
            Map.of("whatIDid", "x", "whatWorked", "y", "whatItShows", "  "),
            "LUCK",
            null));
    assertEquals(
        List.of("whatIDid", "whatWorked", "whatItShows", "attribution", "controllable"),
        Debriefs.missing("SUCCESS", Map.of(), null, null));
  }

  @Test
  void aNotYetAsksWhatWasLearnedAndWhatToChangeOnly() {
    assertEquals(
        List.of(),
        Debriefs.missing(
            "NOT_YET",
            Map.of("whatILearned", "I rushed", "adjustNextTime", "Pause first"),
            null,
            null));
    assertEquals(
        List.of("adjustNextTime"),
        Debriefs.missing("NOT_YET", Map.of("whatILearned", "I rushed"), null, null));
  }

  @Test
  void promptsAfterANotYetPassNoVerdictOnAbility() {
    for (var outcome : List.of("SUCCESS", "PARTIAL", "NOT_YET")) {
      for (var p : Debriefs.prompts(outcome)) {
        var text = p.prompt().toLowerCase();
        for (var verdict :
            Set.of("fail", "bad at", "not good", "talent", "weak", "wrong with you")) {
          assertFalse(text.contains(verdict), outcome + ": " + p.prompt());
        }
      }
    }
    var notYet = Debriefs.prompts("NOT_YET").stream().map(Debriefs.Prompt::field).toList();
    assertTrue(notYet.containsAll(List.of("whatILearned", "adjustNextTime")));
    assertFalse(
        notYet.contains("whatItShows"), "what it shows you can do is asked after a success");
    var success = Debriefs.prompts("SUCCESS").stream().map(Debriefs.Prompt::field).toList();
    assertTrue(success.containsAll(List.of("whatIDid", "whatItShows")));
  }
}
