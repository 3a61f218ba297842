package dev.foothold.mastery.ladders.control;

import dev.foothold.mastery.ladders.entity.Ladder;
import dev.foothold.mastery.ladders.entity.LifeDomain;
import dev.foothold.mastery.ladders.entity.Stakes;
import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.time.ClockSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The tenant's ladder templates. Every change makes a new version of the template; a person
 * climbing an older version keeps it.
 */
@ApplicationScoped
@Transactional
public class LadderLibrary {

  @PersistenceContext(unitName = "mastery")
  EntityManager em;

  @Inject CurrentUser author;
  @Inject ClockSource clock;

  /** A rung as its author writes it; {@code difficulty} is the author's guess from 1 to 10. */
  public record RungDraft(
      String title,
      String task,
      String successCriteria,
      int difficulty,
      Stakes stakes,
      int streakNeeded,
      Integer minEffort) {}

  /** A template as its author writes it. */
  public record LadderDraft(
      String skill, LifeDomain lifeDomain, String description, List<RungDraft> rungs) {}

  public Ladder create(LadderDraft draft) {
    return write(UUID.randomUUID(), 1, draft, author.subject().value());
  }

  /** Writes a template on behalf of someone who is not the caller (demo data). */
  public Ladder create(LadderDraft draft, String writtenBy) {
    return write(UUID.randomUUID(), 1, draft, writtenBy);
  }

  /**
   * @return whether the tenant has any template at all
   */
  public boolean empty() {
    return em.createQuery("select count(l) from Ladder l", Long.class).getSingleResult() == 0;
  }

  /**
   * Writes the next version of the template whose version {@code id} is. Only the template's author
   * (who wrote its first version) revises it, and the tenant's owners and admins, who answer for
   * everything it offers; other coaches and managers write their own.
   *
   * @param administers whether the caller owns or administers the tenant
   * @throws ProblemException 403 not-the-author for anybody else
   */
  public Ladder revise(UUID id, LadderDraft draft, boolean administers) {
    var current = find(id);
    var me = author.subject().value();
    if (!administers && !me.equals(authorOf(current.family()))) {
      throw new ProblemException(
          403,
          "not-the-author",
          "Not your ladder",
          "Only the person who wrote this ladder, or an owner or admin, can revise it. Write a"
              + " ladder of your own instead; nothing was changed.");
    }
    int next =
        em.createQuery(
                    "select max(l.version) from Ladder l where l.family = :family", Integer.class)
                .setParameter("family", current.family())
                .getSingleResult()
            + 1;
    return write(current.family(), next, draft, author.subject().value());
  }

  /**
   * @return who wrote the first version of the template family
   */
  private String authorOf(UUID family) {
    return em.createQuery(
            "select l.createdBy from Ladder l where l.family = :family order by l.version",
            String.class)
        .setParameter("family", family)
        .setMaxResults(1)
        .getSingleResult();
  }

  /**
   * @return the newest version of every template
   */
  public List<Ladder> newest() {
    return em.createQuery(
            "select l from Ladder l where l.version = (select max(o.version) from Ladder o where o.family = l.family) order by l.skill",
            Ladder.class)
        .getResultList();
  }

  public Ladder find(UUID id) {
    var ladder = em.find(Ladder.class, id);
    if (ladder == null) {
      throw new ProblemException(
          404, "ladder-not-found", "No such ladder", "This tenant has no ladder " + id + ".");
    }
    return ladder;
  }

  /**
   * @return advice for the author, such as a ladder that opens with a high-stakes rung
   */
  public static List<String> warnings(Ladder ladder) {
    if (!ladder.rungs().isEmpty() && ladder.rungs().get(0).stakes() == Stakes.HIGH) {
      return List.of(
          "The first rung has high stakes. First successes build confidence best where failing costs little: consider opening with a low-stakes rung.");
    }
    return List.of();
  }

  private Ladder write(UUID family, int version, LadderDraft draft, String writtenBy) {
    var ladder =
        new Ladder(
            family,
            version,
            draft.skill().strip(),
            draft.lifeDomain(),
            draft.description(),
            writtenBy,
            clock.now());
    for (var rung : draft.rungs()) {
      ladder.addRung(
          rung.title().strip(),
          rung.task(),
          rung.successCriteria(),
          rung.stakes(),
          rung.streakNeeded(),
          rung.minEffort(),
          initialDifficulty(rung.difficulty()));
    }
    em.persist(ladder);
    return ladder;
  }

  /**
   * The author's 1–10 guess, on the calibration's scale, where 0 is an even chance for a new
   * person.
   */
  static double initialDifficulty(int guess) {
    return (guess - 5) * 0.5;
  }
}
