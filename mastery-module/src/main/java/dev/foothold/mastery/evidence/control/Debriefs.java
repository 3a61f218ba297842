package dev.foothold.mastery.evidence.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a debrief asks after each outcome, and when it is complete. The prompts ask about actions,
 * what worked and what was learned; none passes a verdict on the person's ability.
 */
public final class Debriefs {

  /** Attribution: what made the outcome. Not part of the words; stored on its own. */
  public static final String ATTRIBUTION = "attribution";

  /** Whether what made it work is within the person's control. */
  public static final String CONTROLLABLE = "controllable";

  private Debriefs() {}

  /**
   * One question of a debrief.
   *
   * @param field where the answer goes
   * @param prompt the question, in the person's words
   * @param required whether the debrief is complete without it
   */
  public record Prompt(String field, String prompt, boolean required) {}

  /**
   * @param outcome SUCCESS, PARTIAL or NOT_YET
   * @return the questions to ask after it, in order
   */
  public static List<Prompt> prompts(String outcome) {
    return switch (outcome) {
      case "SUCCESS" ->
          List.of(
              new Prompt(
                  "whatIDid", "What did you do, step by step? Name the actions you took.", true),
              new Prompt("obstacles", "What got in the way, and how did you get past it?", false),
              new Prompt("whatWorked", "Which of your actions made the difference?", true),
              new Prompt("whatItShows", "What does this show you can do?", true),
              new Prompt(
                  ATTRIBUTION,
                  "What made it happen: your own effort and skill, luck, other people or tools?",
                  true),
              new Prompt(CONTROLLABLE, "Is what made it work something you can do again?", true),
              new Prompt("adjustNextTime", "What would you keep or adjust next time?", false));
      case "PARTIAL" ->
          List.of(
              new Prompt("whatIDid", "What did you do, step by step?", false),
              new Prompt(
                  "whatWorked", "Which part worked, and what did you do to make it work?", true),
              new Prompt("whatILearned", "What did you learn about the task from this try?", true),
              new Prompt("adjustNextTime", "What will you change or try next time?", true),
              new Prompt("obstacles", "What got in the way?", false),
              new Prompt(
                  ATTRIBUTION,
                  "What shaped how it went: your own effort and skill, luck, other people or tools?",
                  false),
              new Prompt(CONTROLLABLE, "Is what got in the way something you can change?", false));
      case "NOT_YET" ->
          List.of(
              new Prompt("whatIDid", "What did you try?", false),
              new Prompt("whatILearned", "What did you learn about the task from this try?", true),
              new Prompt(
                  "adjustNextTime", "What will you change or try differently next time?", true),
              new Prompt("obstacles", "What got in the way?", false),
              new Prompt(
                  ATTRIBUTION,
                  "What shaped how it went: your own effort and skill, luck, other people or tools?",
                  false),
              new Prompt(CONTROLLABLE, "Is what got in the way something you can change?", false));
      default -> throw new IllegalArgumentException("No such outcome: " + outcome);
    };
  }

  /** The prompts of the success inventory: a past success recalled in the person's words. */
  public static List<Prompt> recallPrompts() {
    return List.of(
        new Prompt("title", "Which success are you recalling? Give it a short name.", true),
        new Prompt("whatMadeItHard", "What made it hard?", true),
        new Prompt("whatIDid", "What did you do, step by step?", true),
        new Prompt("whatIOvercame", "What did you overcome on the way?", false),
        new Prompt("whatISawAndFelt", "What did you see and feel when it came off?", false),
        new Prompt("whatItShows", "What does it show you can do?", true));
  }

  /** Every field a debrief or recall may hold in words. */
  public static final List<String> WORD_FIELDS =
      List.of(
          "whatIDid",
          "obstacles",
          "whatWorked",
          "whatItShows",
          "whatILearned",
          "adjustNextTime",
          "title",
          "whatMadeItHard",
          "whatIOvercame",
          "whatISawAndFelt");

  /**
   * @param outcome SUCCESS, PARTIAL or NOT_YET
   * @param words the answers in words, by field
   * @param attribution the attribution given, or null
   * @param controllable whether it was controllable, or null
   * @return the required fields left blank, in prompt order; empty when the debrief is complete
   */
  public static List<String> missing(
      String outcome, Map<String, String> words, String attribution, Boolean controllable) {
    var missing = new ArrayList<String>();
    for (var p : prompts(outcome)) {
      if (!p.required()) {
        continue;
      }
      boolean present =
          switch (p.field()) {
            case ATTRIBUTION -> attribution != null && !attribution.isBlank();
            case CONTROLLABLE -> controllable != null;
            default -> {
              var w = words.get(p.field());
              yield w != null && !w.isBlank();
            }
          };
      if (!present) {
        missing.add(p.field());
      }
    }
    return missing;
  }
}
