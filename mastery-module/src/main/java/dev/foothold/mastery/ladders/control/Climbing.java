package dev.foothold.mastery.ladders.control;

import dev.foothold.mastery.calibration.control.Attempt;
import dev.foothold.mastery.calibration.control.Calibration;
import dev.foothold.mastery.calibration.control.ClimbState;
import dev.foothold.mastery.calibration.control.Outcome;
import dev.foothold.mastery.calibration.control.Rating;
import dev.foothold.mastery.calibration.control.Recommendation;
import dev.foothold.mastery.calibration.control.RungRecommender;
import dev.foothold.mastery.ladders.entity.AttemptOutcome;
import dev.foothold.mastery.ladders.entity.Climb;
import dev.foothold.mastery.ladders.entity.Help;
import dev.foothold.mastery.ladders.entity.Ladder;
import dev.foothold.mastery.ladders.entity.LoggedAttempt;
import dev.foothold.mastery.ladders.entity.Pause;
import dev.foothold.mastery.ladders.entity.Rung;
import dev.foothold.mastery.ladders.entity.ToolUse;
import dev.foothold.mastery.settings.control.TenantSettings;
import dev.foothold.platform.event.AttemptRecorded;
import dev.foothold.platform.event.RungAdvanced;
import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.identity.People;
import dev.foothold.platform.identity.Person;
import dev.foothold.platform.identity.SubjectId;
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
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * People's climbs: starting one, recording attempts, advancing after the streak a rung asks for,
 * and recommending the next challenge. Attempts on one climb are recorded one after another (the
 * climb's row is locked), so parallel requests never lose an update or advance twice.
 */
@ApplicationScoped
@Transactional
public class Climbing {

  private static final Logger LOG = Logger.getLogger(Climbing.class.getName());

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

  @Inject People people;
  @Inject Pauses pauses;
  @Inject TenantSettings settings;

  /**
   * What a person reports about one attempt.
   *
   * @param debriefComplete whether its debrief answers every question its outcome requires: only
   *     then is a success registered and counted toward the streak
   */
  public record Report(
      AttemptOutcome outcome,
      int effort,
      int feltDifficulty,
      int confidenceBefore,
      Help help,
      int ownShare,
      ToolUse toolUse,
      boolean debriefComplete) {}

  /**
   * What recording an attempt did.
   *
   * @param counted whether it counted toward the streak: a genuine success with a complete debrief
   */
  public record Result(
      LoggedAttempt attempt,
      boolean counted,
      String verdict,
      boolean advanced,
      Situation climb,
      Recommendation next) {}

  /**
   * Where a climb stands now.
   *
   * @param climb the climb
   * @param pause the pause or hold it stands still in, if any
   * @param streak its streak as it counts now: zero once it has lapsed
   * @param streakLapsesAt when the streak lapses without another attempt, if it is building and not
   *     held
   * @param pausedDays whole days it has stood still since it started
   * @param overdue whether it is past its due date, paused days added, and unfinished
   */
  public record Situation(
      Climb climb,
      Optional<Pause> pause,
      int streak,
      Optional<Instant> streakLapsesAt,
      long pausedDays,
      boolean overdue) {}

  /** A new climb, and why it starts where it does when the person placed themselves. */
  public record Started(Climb climb, Optional<String> placement) {}

  /**
   * Starts a climb for the caller: on the rung they name, or where their ratings of the first rungs
   * place them, or else on the first.
   */
  public Started start(UUID ladderId, Integer startRung, List<Placement.SelfRating> ratings) {
    var ladder = ladders.find(ladderId);
    requireNotClimbing(person.subject().value(), ladder, "You are already climbing this ladder.");
    if (ratings != null && !ratings.isEmpty()) {
      if (ratings.size() > ladder.rungs().size()) {
        throw new ProblemException(
            400,
            "too-many-ratings",
            "More ratings than rungs",
            "This ladder has "
                + ladder.rungs().size()
                + " rungs; rate at most that many, starting from rung 1.");
      }
      var placed =
          Placement.place(
              ratings,
              ladder.rungs().stream().map(Rung::difficulty).toList(),
              settings.current().band());
      var climb =
          new Climb(
              person.subject().value(), ladder, placed.startRung(), placed.ability(), clock.now());
      em.persist(climb);
      return new Started(climb, Optional.of(placed.why()));
    }
    int rung = startRung == null ? 1 : startRung;
    if (rung < 1 || rung > ladder.rungs().size()) {
      throw new ProblemException(
          400,
          "no-such-rung",
          "No such rung",
          "This ladder has rungs 1 to " + ladder.rungs().size() + "; not " + rung + ".");
    }
    var climb =
        new Climb(person.subject().value(), ladder, rung, Rating.NEUTRAL.value(), clock.now());
    em.persist(climb);
    return new Started(climb, Optional.empty());
  }

  /**
   * Starts a climb for a member of the tenant, on the first rung, optionally due by a date.
   *
   * @param subject who it is for: an active member
   */
  public Climb assign(UUID ladderId, String subject, LocalDate dueOn) {
    var ladder = ladders.find(ladderId);
    requireFuture(dueOn);
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
    requireNotClimbing(
        subject, ladder, member.name() + " is already climbing this ladder; nothing was assigned.");
    return assignTo(subject, ladder, dueOn);
  }

  /** Who a group assignment reached, and who it passed over and why. */
  public record GroupAssignment(List<Assigned> assigned, List<Skipped> skipped) {}

  /** A climb a group assignment started. */
  public record Assigned(Person person, Climb climb) {}

  /** A member a group assignment passed over. */
  public record Skipped(Person person, String why) {}

  /**
   * Starts a climb for every member of a group who is not already climbing the ladder, all or
   * nothing.
   */
  public GroupAssignment assignGroup(UUID ladderId, String group, LocalDate dueOn) {
    var ladder = ladders.find(ladderId);
    requireFuture(dueOn);
    var members =
        people
            .group(group)
            .orElseThrow(
                () ->
                    new ProblemException(
                        404,
                        "group-not-found",
                        "No such group",
                        "There is no group called '" + group + "' here."));
    var assigned = new ArrayList<Assigned>();
    var skipped = new ArrayList<Skipped>();
    for (var member : members) {
      if (climbingFamily(member.subject().value(), ladder)) {
        skipped.add(new Skipped(member, "already climbing this ladder"));
      } else {
        assigned.add(new Assigned(member, assignTo(member.subject().value(), ladder, dueOn)));
      }
    }
    LOG.info(
        () ->
            "'"
                + ladder.skill()
                + "' was assigned to "
                + assigned.size()
                + " member(s) of the group '"
                + group
                + "'"
                + (skipped.isEmpty() ? "" : "; " + skipped.size() + " already climbing it"));
    return new GroupAssignment(assigned, skipped);
  }

  private Climb assignTo(String subject, Ladder ladder, LocalDate dueOn) {
    var climb =
        new Climb(
            subject,
            ladder,
            1,
            Rating.NEUTRAL.value(),
            clock.now(),
            this.person.subject().value(),
            dueOn);
    em.persist(climb);
    return climb;
  }

  private void requireFuture(LocalDate dueOn) {
    if (dueOn != null && dueOn.isBefore(LocalDate.ofInstant(clock.now(), ZoneOffset.UTC))) {
      throw new ProblemException(
          400,
          "due-in-the-past",
          "Due date has passed",
          "A ladder cannot be due on " + dueOn + ", which has passed.");
    }
  }

  private void requireNotClimbing(String subject, Ladder ladder, String detail) {
    if (climbingFamily(subject, ladder)) {
      throw new ProblemException(409, "already-climbing", "Already climbing", detail);
    }
  }

  private boolean climbingFamily(String subject, Ladder ladder) {
    return em.createQuery(
                "select count(c) from Climb c where c.person = :person"
                    + " and c.ladder.family = :family and c.status = :status",
                Long.class)
            .setParameter("person", subject)
            .setParameter("family", ladder.family())
            .setParameter("status", Climb.Status.CLIMBING)
            .getSingleResult()
        > 0;
  }

  /** What a manager sees of one person's climb: never their notes, only where they stand. */
  public record Progress(Situation situation, Person person, Optional<Instant> lastActivity) {}

  /**
   * @return every climb of the tenant's current members, for the people who run its training
   */
  public List<Progress> everyone() {
    // one query for everyone's last attempt, not one per climb
    var lastActivity = new HashMap<UUID, Instant>();
    em.createQuery(
            "select a.climb, max(a.recordedAt) from LoggedAttempt a group by a.climb",
            Object[].class)
        .getResultList()
        .forEach(row -> lastActivity.put((UUID) row[0], (Instant) row[1]));
    var members = new HashMap<String, Person>();
    people.members().forEach(p -> members.put(p.subject().value(), p));
    // people who have left the tenant are no longer anyone's to follow
    var climbs =
        em
            .createQuery("select c from Climb c order by c.startedAt", Climb.class)
            .getResultList()
            .stream()
            .filter(c -> members.containsKey(c.person()))
            .toList();
    var situations = situations(climbs);
    return situations.stream()
        .map(
            s ->
                new Progress(
                    s,
                    members.get(s.climb().person()),
                    Optional.ofNullable(lastActivity.get(s.climb().id()))))
        .sorted(
            java.util.Comparator.comparing(
                (Progress p) -> p.person().name(), String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  public List<Situation> mine() {
    return situations(
        em.createQuery(
                "select c from Climb c where c.person = :person order by c.startedAt", Climb.class)
            .setParameter("person", person.subject().value())
            .getResultList());
  }

  /** A climb of the caller's; someone else's is as good as absent. */
  public Climb mine(UUID id) {
    return own(em.find(Climb.class, id), id);
  }

  /**
   * @return where each climb stands now, their pauses read in one query
   */
  public List<Situation> situations(List<Climb> climbs) {
    var timelines = pauses.timelines(climbs.stream().map(Climb::id).toList());
    var lapseDays = settings.current().streakLapseDays();
    return climbs.stream().map(c -> situation(c, timelines.get(c.id()), lapseDays)).toList();
  }

  public Situation situation(Climb climb) {
    return situation(climb, pauses.timeline(climb.id()), settings.current().streakLapseDays());
  }

  private Situation situation(Climb climb, PauseTimeline timeline, int lapseDays) {
    var now = clock.now();
    var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    long pausedDays = timeline.pausedDays(climb.startedAt(), now);
    boolean overdue = climb.overdue(today, pausedDays);
    int streak = climb.streak();
    Optional<Instant> lapsesAt = Optional.empty();
    if (streak > 0 && climb.lastAttemptAt().isPresent()) {
      var last = climb.lastAttemptAt().get();
      if (timeline.streakLapsed(last, now, lapseDays)) {
        streak = 0;
      } else {
        lapsesAt = timeline.streakLapsesAt(last, now, lapseDays);
      }
    }
    return new Situation(climb, timeline.at(now), streak, lapsesAt, pausedDays, overdue);
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
    return recommender.recommend(state, settings.current().band());
  }

  public Result record(UUID climbId, Report report) {
    RowLocks.lock(em, "climb", climbId);
    var climb = own(em.find(Climb.class, climbId), climbId);
    if (climb.status() == Climb.Status.COMPLETED) {
      throw new ProblemException(
          409,
          "climb-completed",
          "Ladder completed",
          "You have finished this ladder; start another to keep climbing.");
    }
    var now = clock.now();
    var tenantSettings = settings.current();
    var timeline = pauses.timeline(climb.id());
    var pause = timeline.at(now);
    if (pause.isPresent()) {
      throw pause.get().kind() == Pause.Kind.HOLD
          ? new ProblemException(
              409,
              "climb-held",
              "On hold",
              "Your climbs are on hold until you and your coach have talked; nothing was recorded.")
          : new ProblemException(
              409,
              "climb-paused",
              "Climb paused",
              "This climb is paused; resume it to record an attempt. Nothing was recorded.");
    }
    String lapsed = "";
    if (climb.streak() > 0
        && climb.lastAttemptAt().isPresent()
        && timeline.streakLapsed(
            climb.lastAttemptAt().get(), now, tenantSettings.streakLapseDays())) {
      climb.resetStreak();
      lapsed =
          " More than "
              + tenantSettings.streakLapseDays()
              + " days passed since your last attempt (paused days not counted), so your streak"
              + " started again.";
    }
    Rung rung = em.find(Rung.class, climb.ladder().rung(climb.currentRung()).id());
    RowLocks.lock(em, "rung", rung.id());
    em.refresh(rung); // another climb may have rated it since it was read
    var verdict =
        new Genuineness(tenantSettings.ownShareThreshold())
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
    climb.attempted(now);
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
            now);
    em.persist(attempt);
    boolean moved = false;
    boolean counted = verdict.genuine() && report.debriefComplete();
    String reason = verdict.reason();
    if (verdict.genuine() && !counted) {
      reason =
          "A genuine success, logged but not registered: only a success with a complete debrief"
              + " counts toward your streak.";
    }
    if (counted) {
      climb.countSuccess();
      if (climb.streak() >= rung.streakNeeded()) {
        int from = climb.currentRung();
        climb.advance();
        moved = true;
        if (climb.status() == Climb.Status.CLIMBING) {
          advanced.fire(
              new RungAdvanced(
                  tenant.require(),
                  now,
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
            tenant.require(), now, person.subject(), climb.id().toString(), counted));
    em.flush();
    var next = climb.status() == Climb.Status.CLIMBING ? recommendation(climb) : null;
    return new Result(
        attempt,
        counted,
        reason + lapsed,
        moved,
        situation(climb, timeline, tenantSettings.streakLapseDays()),
        next);
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
