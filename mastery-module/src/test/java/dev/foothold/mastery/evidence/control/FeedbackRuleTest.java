package dev.foothold.mastery.evidence.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackRuleTest {

  static final List<String> ENTRY =
      List.of("I rehearsed the opening three times and asked the first question", "A good start");

  @Test
  void genericPraiseIsRefusedWithTheirWordsAsExamples() {
    for (var generic :
        List.of("Great job, well done!", "Awesome work, keep going!", "So proud of you", "")) {
      var refusal = FeedbackRule.refusal(generic, ENTRY);
      assertTrue(refusal.isPresent(), generic);
      assertTrue(refusal.get().contains("rehearsed"), refusal.get());
    }
  }

  @Test
  void feedbackThatTakesUpTheirWordsIsAccepted() {
    assertTrue(FeedbackRule.refusal("Asking a question first gave you control", ENTRY).isEmpty());
    assertTrue(
        FeedbackRule.refusal("Your rehearsal paid off: preparation is a skill", ENTRY).isEmpty(),
        "rehearsal and rehearsed share their first five letters");
  }

  @Test
  void anEntryWithoutWordsGetsNoFeedback() {
    assertTrue(FeedbackRule.refusal("You rehearsed well", List.of()).isPresent());
  }
}
