package dev.foothold.mastery.evidence.control;

import dev.foothold.mastery.evidence.entity.Feedback;
import dev.foothold.mastery.evidence.entity.Kind;
import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.time.ClockSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.UUID;

/** A coach's feedback on one entry of a person's log, held to {@link FeedbackRule}. */
@ApplicationScoped
@Transactional
public class Coaching {

  @PersistenceContext(unitName = "mastery")
  EntityManager em;

  @Inject Journal journal;
  @Inject CurrentUser coach;
  @Inject ClockSource clock;

  public Feedback give(String person, UUID entryId, String skill, String text, String coachName) {
    var entry = journal.entry(person, entryId);
    if (entry.kind() == Kind.CHECK_IN) {
      throw new ProblemException(
          409,
          "feedback-on-check-in",
          "Nothing done yet",
          "A check-in records how someone felt before an attempt; give feedback on an attempt or a"
              + " recalled success.");
    }
    var words = Journal.corrected(journal.of(person)).getOrDefault(entry.id(), entry.words());
    var theirs = new ArrayList<String>();
    words.forEach(
        (field, value) -> {
          if (Debriefs.WORD_FIELDS.contains(field)) {
            theirs.add(value);
          }
        });
    var refusal = FeedbackRule.refusal(text, theirs);
    if (refusal.isPresent()) {
      throw new ProblemException(
          422, "feedback-not-specific", "Feedback too general", refusal.get());
    }
    var feedback =
        new Feedback(
            entry.id(),
            person,
            coach.subject().value(),
            coachName,
            skill.strip(),
            text.strip(),
            clock.now());
    em.persist(feedback);
    return feedback;
  }
}
