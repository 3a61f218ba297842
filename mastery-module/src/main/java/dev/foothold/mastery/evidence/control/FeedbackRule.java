package dev.foothold.mastery.evidence.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Feedback must be about the entry it is attached to: besides naming a skill, its text must take up
 * at least one of the person's own words from that entry's debrief — a word of four or more letters
 * that is not a common word or a word of praise. Words match when they are the same or share their
 * first five letters ("rehearsed" and "rehearsal"). "Great job, well done!" refers to nothing the
 * person did, so it is refused.
 */
public final class FeedbackRule {

  static final Set<String> IGNORED =
      Set.of(
          // words of praise that fit any entry
          "great",
          "good",
          "well",
          "done",
          "nice",
          "awesome",
          "amazing",
          "excellent",
          "brilliant",
          "fantastic",
          "super",
          "perfect",
          "proud",
          "keep",
          "going",
          "work",
          "job",
          "effort",
          "wonderful",
          "impressive",
          "congratulations",
          "congrats",
          "bravo",
          "best",
          "better",
          "really",
          "very",
          "much",
          // common words
          "that",
          "this",
          "with",
          "have",
          "from",
          "they",
          "what",
          "when",
          "your",
          "yours",
          "you're",
          "were",
          "will",
          "would",
          "could",
          "should",
          "there",
          "their",
          "them",
          "then",
          "than",
          "into",
          "onto",
          "about",
          "just",
          "also",
          "some",
          "more",
          "most",
          "each",
          "every",
          "been",
          "being",
          "because",
          "which",
          "while",
          "where",
          "after",
          "before",
          "again",
          "here",
          "these",
          "those",
          "over",
          "such",
          "only",
          "even",
          "made",
          "make",
          "time",
          "next",
          "thing",
          "things",
          "like",
          "know",
          "think",
          "felt",
          "feel",
          "shows",
          "show");

  private FeedbackRule() {}

  /**
   * @param text the feedback
   * @param entryWords the person's own words in the entry, by field values
   * @return why the feedback is refused, or empty when it refers to the entry
   */
  public static Optional<String> refusal(String text, Collection<String> entryWords) {
    var theirs = new LinkedHashSet<String>();
    entryWords.forEach(w -> theirs.addAll(words(w)));
    if (theirs.isEmpty()) {
      return Optional.of(
          "This entry has no debrief in the person's words yet, so feedback has nothing specific to"
              + " point to; wait until they have described what they did.");
    }
    for (var w : words(text)) {
      for (var t : theirs) {
        if (same(w, t)) {
          return Optional.empty();
        }
      }
    }
    var examples = theirs.stream().limit(6).toList();
    return Optional.of(
        "Feedback has to point to something specific this person did in this entry, not praise"
            + " that would fit anyone. Refer to what they wrote, for example: "
            + String.join(", ", examples)
            + ".");
  }

  static boolean same(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    return a.length() >= 5 && b.length() >= 5 && a.regionMatches(0, b, 0, 5);
  }

  static List<String> words(String text) {
    var result = new ArrayList<String>();
    if (text == null) {
      return result;
    }
    for (var w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
      var word = w.replaceAll("^'+|'+$", "");
      if (word.length() >= 4 && !IGNORED.contains(word)) {
        result.add(word);
      }
    }
    return result;
  }
}
