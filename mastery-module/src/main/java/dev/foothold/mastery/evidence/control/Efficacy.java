package dev.foothold.mastery.evidence.control;

import dev.foothold.mastery.evidence.entity.EvidenceEntry;
import dev.foothold.mastery.evidence.entity.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Self-efficacy over time: every confidence rating of a log (before and after attempts, at
 * check-ins), per skill, in time order, ready to draw as a line per skill.
 */
public final class Efficacy {

  private Efficacy() {}

  /** One rating: when, how confident (0 to 100), and where it came from. */
  public record Point(Instant at, int confidence, String source) {}

  /** A skill's ratings, oldest first. */
  public record Trend(String skill, List<Point> points) {}

  /**
   * @param log a person's entries, oldest first
   * @return a trend per skill, skills in alphabetical order
   */
  public static List<Trend> trends(List<EvidenceEntry> log) {
    Map<String, List<Point>> bySkill = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (var e : log) {
      if (e.skill().isEmpty()) {
        continue;
      }
      var points = bySkill.computeIfAbsent(e.skill().get(), k -> new ArrayList<>());
      if (e.kind() == Kind.ATTEMPT) {
        e.confidenceBefore().ifPresent(c -> points.add(new Point(e.recordedAt(), c, "BEFORE")));
        e.confidenceAfter().ifPresent(c -> points.add(new Point(e.recordedAt(), c, "AFTER")));
      } else if (e.kind() == Kind.CHECK_IN) {
        e.confidenceBefore().ifPresent(c -> points.add(new Point(e.recordedAt(), c, "CHECK_IN")));
      }
    }
    var trends = new ArrayList<Trend>();
    bySkill.forEach(
        (skill, points) -> {
          if (!points.isEmpty()) {
            trends.add(new Trend(skill, List.copyOf(points)));
          }
        });
    return trends;
  }

  /**
   * @param activation how activated the person feels, 1 (flat) to 10 (racing)
   * @return a way to read that arousal as readiness rather than threat
   */
  public static String reappraisal(int activation) {
    if (activation >= 7) {
      return "A racing heart, quick breath and sharp attention are your body getting ready: the"
          + " same signs show up before people do well. Try telling yourself \"I'm excited, this"
          + " energy helps me focus\" rather than trying to calm down.";
    }
    if (activation >= 4) {
      return "Some nerves mean this matters to you, and that energy is there to use. Notice it,"
          + " name it as readiness, and put it into your first step.";
    }
    return "You feel fairly calm. A few deep, quick breaths or a brisk walk can lift your energy to"
        + " the level that helps you engage.";
  }
}
