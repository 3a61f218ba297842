package dev.foothold.mastery.ladders.control;

import dev.foothold.mastery.ladders.entity.Climb;
import dev.foothold.mastery.ladders.entity.Pause;
import dev.foothold.mastery.settings.control.TenantSettings;
import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.time.ClockSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Pausing and resuming climbs. A person pauses their own climb for up to the tenant's longest
 * pause; a hold stops all of a person's climbs on their behalf until a coach lifts it. Days a climb
 * stands still never break its streak nor count toward its due date. Dates are UTC days.
 */
@ApplicationScoped
@Transactional
public class Pauses {

  private static final Logger LOG = Logger.getLogger(Pauses.class.getName());

  @PersistenceContext(unitName = "mastery")
  EntityManager em;

  @Inject CurrentUser caller;
  @Inject ClockSource clock;
  @Inject TenantSettings settings;

  /**
   * Pauses one of the caller's climbs until the end of {@code until} (or for the longest pause the
   * tenant allows, when {@code until} is null).
   */
  public Climb pause(UUID climbId, LocalDate until, String reason) {
    RowLocks.lock(em, "climb", climbId);
    var climb = em.find(Climb.class, climbId);
    if (climb == null || !climb.person().equals(caller.subject().value())) {
      throw new ProblemException(
          404, "climb-not-found", "No such climb", "You have no climb " + climbId + ".");
    }
    if (climb.status() == Climb.Status.COMPLETED) {
      throw new ProblemException(
          409,
          "climb-completed",
          "Ladder completed",
          "You have finished this ladder, so there is nothing to pause.");
    }
    var now = clock.now();
    var current = timeline(climbId).at(now);
    if (current.isPresent()) {
      throw new ProblemException(
          409,
          current.get().kind() == Pause.Kind.HOLD ? "climb-held" : "climb-paused",
          "Already paused",
          "This climb is already paused"
              + current.get().end().map(e -> " until " + e).orElse("")
              + ".");
    }
    int longest = settings.current().longestPauseDays();
    var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    var lastDay = until == null ? today.plusDays(longest - 1L) : until;
    if (lastDay.isBefore(today)) {
      throw new ProblemException(
          400,
          "pause-in-the-past",
          "That day has passed",
          "A pause runs from now to a day still to come: " + lastDay + " has passed.");
    }
    if (lastDay.isAfter(today.plusDays(longest - 1L))) {
      throw new ProblemException(
          400,
          "pause-too-long",
          "Pause too long",
          "Pauses here last at most "
              + longest
              + " days: choose a last day up to "
              + today.plusDays(longest - 1L)
              + ".");
    }
    var endsAt = lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    em.persist(
        new Pause(
            climbId, Pause.Kind.PAUSE, blankToNull(reason), now, endsAt, caller.subject().value()));
    LOG.info(() -> "A climb of " + climb.ladder().skill() + " was paused until " + lastDay);
    return climb;
  }

  /** Ends the caller's own pause of a climb now. */
  public Climb resume(UUID climbId) {
    RowLocks.lock(em, "climb", climbId);
    var climb = em.find(Climb.class, climbId);
    if (climb == null || !climb.person().equals(caller.subject().value())) {
      throw new ProblemException(
          404, "climb-not-found", "No such climb", "You have no climb " + climbId + ".");
    }
    var now = clock.now();
    var current =
        timeline(climbId)
            .at(now)
            .orElseThrow(
                () ->
                    new ProblemException(
                        409,
                        "climb-not-paused",
                        "Not paused",
                        "This climb is not paused, so there is nothing to resume."));
    if (current.kind() == Pause.Kind.HOLD) {
      throw new ProblemException(
          409,
          "climb-held",
          "On hold",
          "Your climbs are on hold until you and your coach have talked; your coach lifts the hold.");
    }
    current.resume(now);
    return climb;
  }

  /**
   * Holds every climb the person is climbing, ending any pause of theirs now.
   *
   * @return how many climbs are now held
   */
  public int holdAll(String person, String reason) {
    var now = clock.now();
    int held = 0;
    for (var climb : climbing(person)) {
      RowLocks.lock(em, "climb", climb.id());
      var current = timeline(climb.id()).at(now);
      if (current.isPresent() && current.get().kind() == Pause.Kind.HOLD) {
        held++;
        continue;
      }
      current.ifPresent(p -> p.resume(now));
      em.persist(
          new Pause(
              climb.id(),
              Pause.Kind.HOLD,
              blankToNull(reason),
              now,
              null,
              caller.subject().value()));
      held++;
    }
    int count = held;
    LOG.info(() -> count + " climb(s) of one person were put on hold");
    return held;
  }

  /**
   * Lifts every hold on the person's climbs.
   *
   * @return how many holds were lifted
   */
  public int releaseAll(String person) {
    var now = clock.now();
    int lifted = 0;
    for (var climb : climbing(person)) {
      RowLocks.lock(em, "climb", climb.id());
      var current = timeline(climb.id()).at(now);
      if (current.isPresent() && current.get().kind() == Pause.Kind.HOLD) {
        current.get().resume(now);
        lifted++;
      }
    }
    int count = lifted;
    LOG.info(() -> count + " hold(s) on one person's climbs were lifted");
    return lifted;
  }

  /**
   * @return the pauses of one climb
   */
  public PauseTimeline timeline(UUID climb) {
    return PauseTimeline.of(
        em.createQuery(
                "select p from Pause p where p.climb = :climb order by p.startsAt", Pause.class)
            .setParameter("climb", climb)
            .getResultList());
  }

  /**
   * @return the pauses of each of the climbs, in one query
   */
  public Map<UUID, PauseTimeline> timelines(Collection<UUID> climbs) {
    var byClimb = new HashMap<UUID, List<Pause>>();
    if (!climbs.isEmpty()) {
      em.createQuery(
              "select p from Pause p where p.climb in :climbs order by p.startsAt", Pause.class)
          .setParameter("climbs", climbs)
          .getResultList()
          .forEach(
              p -> byClimb.computeIfAbsent(p.climb(), c -> new java.util.ArrayList<>()).add(p));
    }
    var result = new HashMap<UUID, PauseTimeline>();
    climbs.forEach(c -> result.put(c, PauseTimeline.of(byClimb.getOrDefault(c, List.of()))));
    return result;
  }

  private List<Climb> climbing(String person) {
    return em.createQuery(
            "select c from Climb c where c.person = :person and c.status = :status", Climb.class)
        .setParameter("person", person)
        .setParameter("status", Climb.Status.CLIMBING)
        .getResultList();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
