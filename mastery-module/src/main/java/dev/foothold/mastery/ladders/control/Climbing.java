package dev.foothold.mastery.ladders.control;

import dev.foothold.mastery.calibration.control.Attempt;
import dev.foothold.mastery.calibration.control.Band;
import dev.foothold.mastery.calibration.control.Calibration;
import dev.foothold.mastery.calibration.control.ClimbState;
import dev.foothold.mastery.calibration.control.Outcome;
import dev.foothold.mastery.calibration.control.Rating;
import dev.foothold.mastery.calibration.control.Recommendation;
import dev.foothold.mastery.calibration.control.RungRecommender;
import dev.foothold.mastery.ladders.entity.AttemptOutcome;
import dev.foothold.mastery.ladders.entity.Climb;
import dev.foothold.mastery.ladders.entity.Help;
import dev.foothold.mastery.ladders.entity.LoggedAttempt;
import dev.foothold.mastery.ladders.entity.Rung;
import dev.foothold.mastery.ladders.entity.ToolUse;
import dev.foothold.platform.event.AttemptRecorded;
import dev.foothold.platform.event.RungAdvanced;
import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.tenant.TenantContext;
import dev.foothold.platform.time.ClockSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * People's climbs: starting one, recording attempts, advancing after the streak a rung asks for,
 * and recommending the next challenge. Attempts on one climb are recorded one after another (the
 * climb's row is locked), so parallel requests never lose an update or advance twice.
 */
@ApplicationScoped
@Transactional
public class Climbing {

  static final int RECENT = 5;

  @PersistenceContext(unitName = "mastery")
  EntityManager em;

  @Inject CurrentUser person;
  @Inject TenantContext tenant;
  @Inject ClockSource clock;
  @Inject LadderLibrary ladders;
  @Inject Calibration calibration;
  @Inject RungRecommender recommender;
  @Inject Event<RungAdvanced> advanced;
  @Inject Event<AttemptRecorded> recorded;

  @Inject
  @ConfigProperty(name = "foothold.mastery.own-share-threshold", defaultValue = "70")
  int ownShareThreshold;

  /** What a person reports about one attempt. */
  public record Report(
      AttemptOutcome outcome,
      int effort,
      int feltDifficulty,
      int confidenceBefore,
      Help help,
      int ownShare,
      ToolUse toolUse) {}

  /** What recording an attempt did. */
  public record Result(
      LoggedAttempt attempt, String verdict, boolean advanced, Climb climb, Recommendation next) {}

  public Climb start(UUID ladderId, int startRung) {
    var ladder = ladders.find(ladderId);
    if (startRung < 1 || startRung > ladder.rungs().size()) {
      throw new ProblemException(
          400,
          "no-such-rung",
          "No such rung",
          "This ladder has rungs 1 to " + ladder.rungs().size() + "; not " + startRung + ".");
    }
    var climb =
        new Climb(person.subject().value(), ladder, startRung, Rating.NEUTRAL.value(), clock.now());
    em.persist(climb);
    return climb;
  }

  /** Starts a climb for someone else, on the first rung, optionally due by a date. */
  public Climb assign(UUID ladderId, String person, LocalDate dueOn) {
    var ladder = ladders.find(ladderId);
    if (dueOn != null && dueOn.isBefore(LocalDate.ofInstant(clock.now(), ZoneOffset.UTC))) {
      throw new ProblemException(
          400,
          "due-in-the-past",
          "Due date has passed",
          "A ladder cannot be due on " + dueOn + ", which has passed.");
    }
    var climb =
        new Climb(
            person,
            ladder,
            1,
            Rating.NEUTRAL.value(),
            clock.now(),
            this.person.subject().value(),
            dueOn);
    em.persist(climb);
    return climb;
  }

  /** What a manager sees of one person's climb: never their notes, only where they stand. */
  public record Progress(Climb climb, Optional<Instant> lastActivity, boolean overdue) {}

  /**
   * @return every climb in the tenant, for the people who run its training
   */
  public List<Progress> everyone() {
    var today = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
    // one query for everyone's last attempt, not one per climb
    var lastActivity = new java.util.HashMap<UUID, Instant>();
    em.createQuery(
            "select a.climb, max(a.recordedAt) from LoggedAttempt a group by a.climb",
            Object[].class)
        .getResultList()
        .forEach(row -> lastActivity.put((UUID) row[0], (Instant) row[1]));
    return em
        .createQuery("select c from Climb c order by c.person, c.startedAt", Climb.class)
        .getResultList()
        .stream()
        .map(c -> new Progress(c, Optional.ofNullable(lastActivity.get(c.id())), c.overdue(today)))
        .toList();
  }

  public List<Climb> mine() {
    return em.createQuery(
            "select c from Climb c where c.person = :person order by c.startedAt", Climb.class)
        .setParameter("person", person.subject().value())
        .getResultList();
  }

  /** A climb of the caller's; someone else's is as good as absent. */
  public Climb mine(UUID id) {
    return own(em.find(Climb.class, id), id);
  }

  public Recommendation recommendation(Climb climb) {
    var rungs =
        climb.ladder().rungs().stream()
            .map(r -> new Rating(r.difficulty(), r.difficultyAttempts()))
            .toList();
    var newestFirst =
        em
            .createQuery(
                "select a from LoggedAttempt a where a.climb = :climb and a.rung = :rung order by a.recordedAt desc",
                LoggedAttempt.class)
            .setParameter("climb", climb.id())
            .setParameter("rung", climb.currentRung())
            .setMaxResults(RECENT)
            .getResultList()
            .stream()
            .map(a -> new Attempt(outcome(a.outcome()), a.effort(), a.feltDifficulty()))
            .collect(Collectors.toCollection(ArrayList::new));
    Collections.reverse(newestFirst);
    var recent = newestFirst;
    var state =
        new ClimbState(
            new Rating(climb.ability(), climb.abilityAttempts()),
            rungs,
            climb.currentRung() - 1,
            climb.streak(),
            recent);
    return recommender.recommend(state, Band.DEFAULT);
  }

  public Result record(UUID climbId, Report report) {
    lock("climb", climbId);
    var climb = own(em.find(Climb.class, climbId), climbId);
    if (climb.status() == Climb.Status.COMPLETED) {
      throw new ProblemException(
          409,
          "climb-completed",
          "Ladder completed",
          "You have finished this ladder; start another to keep climbing.");
    }
    Rung rung = em.find(Rung.class, climb.ladder().rung(climb.currentRung()).id());
    lock("rung", rung.id());
    em.refresh(rung); // another climb may have rated it since it was read
    var verdict =
        new Genuineness(ownShareThreshold)
            .judge(
                report.outcome(),
                report.effort(),
                report.help(),
                report.ownShare(),
                report.toolUse(),
                rung);
    var update =
        calibration.afterAttempt(
            new Rating(climb.ability(), climb.abilityAttempts()),
            new Rating(rung.difficulty(), rung.difficultyAttempts()),
            outcome(report.outcome()));
    climb.rate(update.ability().value(), update.ability().attempts());
    rung.rate(update.difficulty().value(), update.difficulty().attempts());
    var attempt =
        new LoggedAttempt(
            climb.id(),
            rung.position(),
            report.outcome(),
            report.effort(),
            report.feltDifficulty(),
            report.confidenceBefore(),
            report.help(),
            report.ownShare(),
            report.toolUse(),
            verdict.genuine(),
            clock.now());
    em.persist(attempt);
    boolean moved = false;
    if (verdict.genuine()) {
      climb.countSuccess();
      if (climb.streak() >= rung.streakNeeded()) {
        int from = climb.currentRung();
        climb.advance();
        moved = true;
        if (climb.status() == Climb.Status.CLIMBING) {
          advanced.fire(
              new RungAdvanced(
                  tenant.require(),
                  clock.now(),
                  person.subject(),
                  climb.id().toString(),
                  from,
                  climb.currentRung()));
        }
      }
    } else if (report.outcome() == AttemptOutcome.NOT_YET) {
      climb.resetStreak();
    }
    recorded.fire(
        new AttemptRecorded(
            tenant.require(),
            clock.now(),
            person.subject(),
            climb.id().toString(),
            verdict.genuine()));
    em.flush();
    var next = climb.status() == Climb.Status.CLIMBING ? recommendation(climb) : null;
    return new Result(attempt, verdict.reason(), moved, climb, next);
  }

  /**
   * Locks one row for the rest of the transaction, and nothing else: a JPA lock on the entity would
   * also lock the ladder it refers to, which the application may not update.
   */
  private void lock(String table, UUID id) {
    em.createNativeQuery("select id from mastery." + table + " where id = ?1 for update")
        .setParameter(1, id)
        .getResultList();
  }

  private Climb own(Climb climb, UUID id) {
    if (climb == null || !climb.person().equals(person.subject().value())) {
      throw new ProblemException(
          404, "climb-not-found", "No such climb", "You have no climb " + id + ".");
    }
    return climb;
  }

  private static Outcome outcome(AttemptOutcome outcome) {
    return Outcome.valueOf(outcome.name());
  }
}
