package dev.foothold.mastery.evidence.control;

import dev.foothold.mastery.evidence.entity.CoachNotice;
import dev.foothold.mastery.evidence.entity.ScreeningAnswer;
import dev.foothold.mastery.evidence.entity.ScreeningClearance;
import dev.foothold.mastery.evidence.entity.ScreeningRead;
import dev.foothold.platform.event.ScreeningCleared;
import dev.foothold.platform.event.ScreeningFlagged;
import dev.foothold.platform.identity.People;
import dev.foothold.platform.identity.Person;
import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.notification.Notifications;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The short screen a person answers before their first climb. A yes to any question holds their
 * climbs (through {@link ScreeningFlagged}), shows referral guidance, leaves a notice for the
 * tenant's coaches and emails whoever may lift the hold (see {@link #whoLifts}); they lift it after
 * talking with the person. The answers are for the person and their coach only, and every read of
 * them is recorded.
 */
@ApplicationScoped
@Transactional
public class Screenings {

  private static final Logger LOG = Logger.getLogger(Screenings.class.getName());

  /** One question of the screen. */
  public record Question(String id, String text) {}

  /** The questions, in order. A yes to any of them is a positive screen. */
  public static final List<Question> QUESTIONS =
      List.of(
          new Question(
              "low-mood",
              "Over the last two weeks, have you felt so low, hopeless or numb that everyday"
                  + " things are hard to face?"),
          new Question(
              "self-harm",
              "Lately, have you had thoughts of harming yourself, or that you would be better off"
                  + " not here?"),
          new Question(
              "trauma",
              "Are any of the situations you want to practise tied to a frightening experience"
                  + " that still comes back to you (flashbacks, panic, nightmares)?"));

  @PersistenceContext(unitName = "mastery")
  EntityManager em;

  @Inject TenantContext tenant;
  @Inject ClockSource clock;
  @Inject Event<ScreeningFlagged> flagged;
  @Inject Event<ScreeningCleared> cleared;
  @Inject People people;
  @Inject Notifications notifications;

  @Inject
  @ConfigProperty(name = "foothold.evidence.screening.referral")
  String referral;

  /**
   * Where a person stands with the screen.
   *
   * @param answered whether they have answered it
   * @param held whether a positive answer holds their climbs until a coach has talked with them
   * @param answeredAt when they last answered
   */
  public record Status(boolean answered, boolean held, Optional<Instant> answeredAt) {}

  /** What answering did. */
  public record Outcome(boolean positive, String guidance) {}

  public Status status(String person) {
    var answers = answers(person);
    if (answers.isEmpty()) {
      return new Status(false, false, Optional.empty());
    }
    var last = answers.get(answers.size() - 1);
    return new Status(true, held(person, answers), Optional.of(last.answeredAt()));
  }

  /** Records the person's answers to every question. */
  public Outcome answer(String person, Map<String, Boolean> given) {
    var ids = QUESTIONS.stream().map(Question::id).toList();
    var unknown = new TreeSet<>(given.keySet());
    ids.forEach(unknown::remove);
    var missing = ids.stream().filter(id -> given.get(id) == null).toList();
    if (!unknown.isEmpty() || !missing.isEmpty()) {
      throw new ProblemException(
          400,
          "screening-incomplete",
          "Answer every question",
          "Answer each question with true or false"
              + (missing.isEmpty() ? "" : "; unanswered: " + String.join(", ", missing))
              + (unknown.isEmpty()
                  ? ""
                  : "; not questions of the screen: " + String.join(", ", unknown))
              + ".");
    }
    boolean positive = given.values().stream().anyMatch(Boolean::booleanValue);
    var now = clock.now();
    em.persist(new ScreeningAnswer(person, given, positive, now));
    if (!positive) {
      return new Outcome(
          false,
          "Thank you. If how you feel changes, tell your coach or answer the screen again at any"
              + " time.");
    }
    em.persist(
        new CoachNotice(
            person,
            "SCREENING_POSITIVE",
            "A screen answer asks for a conversation before climbing goes on. Their climbs are on"
                + " hold until someone who may lift it (a coach, else an owner or admin) has talked"
                + " with them and lifted it.",
            now));
    flagged.fire(new ScreeningFlagged(tenant.require(), now, new SubjectId(person)));
    var told = tell(person);
    LOG.info(() -> "A positive screen put one person's climbs on hold; told " + told.size());
    return new Outcome(
        true,
        "Thank you for answering honestly. Your ladders are paused for now: practising hard"
            + " situations is best done with the right support in place first. "
            + whoWasTold(told)
            + " "
            + referral);
  }

  /**
   * Who lifts a hold, and so is told of it: the tenant's coaches, who talk with clients anyway;
   * where there is none (every organisation, a coaching business run by its owner alone), its
   * owners and admins. Never a manager: a screen holds health answers, and the person's line
   * manager is the last one who should learn of them or decide when they go on. Nobody is told of
   * their own screen.
   */
  private List<Person> whoLifts(String person) {
    var others =
        people.members().stream().filter(p -> !p.subject().value().equals(person)).toList();
    var coaches = others.stream().filter(p -> p.role() == TenantRole.COACH).toList();
    if (!coaches.isEmpty()) {
      return coaches;
    }
    return others.stream()
        .filter(p -> p.role() == TenantRole.OWNER || p.role() == TenantRole.ADMIN)
        .toList();
  }

  /** Emails everyone who may lift the hold (after commit); returns those an email reaches. */
  private List<Person> tell(String person) {
    var slug = tenant.require().slug();
    var who = people.member(new SubjectId(person));
    var name =
        who.map(
                p ->
                    p.name()
                        + p.email()
                            .filter(e -> !e.equals(p.name()))
                            .map(e -> " (" + e + ")")
                            .orElse(""))
            .orElse("A member");
    var told = new ArrayList<Person>();
    for (var lifter : whoLifts(person)) {
      var sent =
          notifications.email(
              lifter.subject(),
              "A person's climbs are on hold until you have talked",
              "Hello "
                  + lifter.name()
                  + ",\n\n"
                  + name
                  + " answered the screen before climbing in "
                  + slug
                  + " in a way that asks for a conversation first. Their climbs are on hold until"
                  + " you (or another person who may lift it) have talked with them.\n\n"
                  + "Their answers are not in this email. Please get in touch with them soon."
                  + " Once you have talked, lift the hold in the portal, or with\n\n"
                  + "  POST /api/v1/t/"
                  + slug
                  + "/coaching/people/"
                  + person
                  + "/screening/clearance\n\nFoothold\n");
      if (sent) {
        told.add(lifter);
      }
    }
    return told;
  }

  /** What the person is told about who knows: true for the people actually emailed. */
  private static String whoWasTold(List<Person> told) {
    if (told.stream().anyMatch(p -> p.role() == TenantRole.COACH)) {
      return "Your coach has been told and will get in touch; they lift the pause once you have"
          + " talked.";
    }
    if (!told.isEmpty()) {
      return "An administrator here (never your manager) has been told and will get in touch;"
          + " they lift the pause once you have talked. They are not shown your answers.";
    }
    return "Nobody who may lift the pause could be told yet: please ask an administrator here to"
        + " get in touch with you.";
  }

  /** Refuses to start or go on climbing until the screen is answered and no answer holds. */
  public void requireMayClimb(String person) {
    var status = status(person);
    if (!status.answered()) {
      throw new ProblemException(
          409,
          "screening-needed",
          "A few questions first",
          "Before your first climb, answer the short screen at GET/POST"
              + " /api/v1/t/{slug}/me/screening. Nothing was recorded.");
    }
    if (status.held()) {
      throw new ProblemException(
          409,
          "climb-held",
          "On hold",
          "Your climbs are on hold until you and your coach have talked; nothing was recorded.");
    }
  }

  /**
   * The person's answers, for themselves or their coach; the read is recorded.
   *
   * @param reader who reads
   * @param role in which role (SELF or their tenant role)
   */
  public List<ScreeningAnswer> read(String person, String reader, String role) {
    em.persist(new ScreeningRead(person, reader, role, clock.now()));
    return answers(person);
  }

  /**
   * @return every read of the person's answers, oldest first
   */
  public List<ScreeningRead> reads(String person) {
    return em.createQuery(
            "select r from ScreeningRead r where r.person = :person order by r.readAt",
            ScreeningRead.class)
        .setParameter("person", person)
        .getResultList();
  }

  /**
   * Someone who may lift it (see {@link #whoLifts}) talked with the person: lifts the hold of every
   * earlier positive answer.
   */
  public void clear(String person, String coach) {
    var answers = answers(person);
    if (!held(person, answers)) {
      throw new ProblemException(
          409,
          "screening-not-held",
          "Nothing to lift",
          "No answer of this person's holds their climbs.");
    }
    var now = clock.now();
    em.persist(new ScreeningClearance(person, coach, now));
    cleared.fire(new ScreeningCleared(tenant.require(), now, new SubjectId(person)));
  }

  /**
   * @return notices for the tenant's coaches, newest first
   */
  public List<CoachNotice> notices() {
    return em.createQuery(
            "select n from CoachNotice n order by n.createdAt desc", CoachNotice.class)
        .getResultList();
  }

  private List<ScreeningAnswer> answers(String person) {
    return em.createQuery(
            "select s from ScreeningAnswer s where s.person = :person order by s.answeredAt",
            ScreeningAnswer.class)
        .setParameter("person", person)
        .getResultList();
  }

  private boolean held(String person, List<ScreeningAnswer> answers) {
    var lastPositive =
        answers.stream()
            .filter(ScreeningAnswer::positive)
            .map(ScreeningAnswer::answeredAt)
            .max(Instant::compareTo);
    if (lastPositive.isEmpty()) {
      return false;
    }
    var clearances = new ArrayList<Instant>();
    em.createQuery(
            "select c from ScreeningClearance c where c.person = :person", ScreeningClearance.class)
        .setParameter("person", person)
        .getResultList()
        .forEach(c -> clearances.add(c.clearedAt()));
    return clearances.stream().noneMatch(c -> !c.isBefore(lastPositive.get()));
  }
}
