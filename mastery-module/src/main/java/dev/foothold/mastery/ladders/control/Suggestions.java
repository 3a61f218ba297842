package dev.foothold.mastery.ladders.control;

import dev.foothold.mastery.ladders.entity.Suggestion;
import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.identity.People;
import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.time.ClockSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Ladders a coach suggests to a person. The person decides: accepting starts the climb (placed by
 * their own ratings, when they give them), declining closes the suggestion. Either way the answer
 * is kept.
 */
@ApplicationScoped
@Transactional
public class Suggestions {

  private static final Logger LOG = Logger.getLogger(Suggestions.class.getName());

  @PersistenceContext(unitName = "mastery")
  EntityManager em;

  @Inject CurrentUser caller;
  @Inject People people;
  @Inject ClockSource clock;
  @Inject LadderLibrary ladders;
  @Inject Climbing climbing;

  public Suggestion suggest(UUID ladderId, String subject, String note) {
    var ladder = ladders.find(ladderId);
    var member =
        people
            .member(new SubjectId(subject))
            .orElseThrow(
                () ->
                    new ProblemException(
                        404,
                        "member-not-found",
                        "No such member",
                        "Nobody with id " + subject + " is a member here."));
    boolean open =
        em.createQuery(
                    "select count(s) from Suggestion s where s.person = :person"
                        + " and s.ladder.family = :family and s.answer is null",
                    Long.class)
                .setParameter("person", subject)
                .setParameter("family", ladder.family())
                .getSingleResult()
            > 0;
    if (open) {
      throw new ProblemException(
          409,
          "already-suggested",
          "Already suggested",
          member.name() + " has this ladder among their suggestions already.");
    }
    var suggestion =
        new Suggestion(
            subject,
            ladder,
            caller.subject().value(),
            note == null || note.isBlank() ? null : note.strip(),
            clock.now());
    em.persist(suggestion);
    LOG.info(() -> "'" + ladder.skill() + "' was suggested to " + member.name());
    return suggestion;
  }

  /**
   * @return the caller's suggestions still waiting for an answer, newest first
   */
  public List<Suggestion> mine() {
    return em.createQuery(
            "select s from Suggestion s where s.person = :person and s.answer is null"
                + " order by s.createdAt desc",
            Suggestion.class)
        .setParameter("person", caller.subject().value())
        .getResultList();
  }

  /** Starts the suggested climb for the caller. */
  public Climbing.Started accept(UUID id, List<Placement.SelfRating> ratings) {
    var suggestion = open(id);
    var started = climbing.start(suggestion.ladder().id(), null, ratings);
    suggestion.accept(started.climb().id(), clock.now());
    return started;
  }

  public void decline(UUID id) {
    open(id).decline(clock.now());
  }

  private Suggestion open(UUID id) {
    var suggestion = em.find(Suggestion.class, id);
    if (suggestion == null || !suggestion.person().equals(caller.subject().value())) {
      throw new ProblemException(
          404, "suggestion-not-found", "No such suggestion", "You have no suggestion " + id + ".");
    }
    if (suggestion.answer().isPresent()) {
      throw new ProblemException(
          409,
          "suggestion-answered",
          "Already answered",
          "You have already "
              + suggestion.answer().get().name().toLowerCase(java.util.Locale.ROOT)
              + " this suggestion.");
    }
    return suggestion;
  }
}
