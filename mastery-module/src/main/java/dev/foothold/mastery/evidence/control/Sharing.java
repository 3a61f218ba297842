package dev.foothold.mastery.evidence.control;

import dev.foothold.mastery.evidence.entity.Consent;
import dev.foothold.mastery.evidence.entity.EvidenceEntry;
import dev.foothold.mastery.evidence.entity.Kind;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.time.ClockSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Whom a person shows an entry to, beyond their coach: peers on the same rung (anonymised) and
 * their organisation's managers. Only with their consent, and only until they withdraw it.
 */
@ApplicationScoped
@Transactional
public class Sharing {

  @PersistenceContext(unitName = "mastery")
  EntityManager em;

  @Inject Journal journal;
  @Inject ClockSource clock;

  public void give(String person, UUID entryId, Consent.Audience audience) {
    var entry = journal.entry(person, entryId);
    if (audience == Consent.Audience.PEERS
        && (entry.kind() != Kind.ATTEMPT
            || !"SUCCESS".equals(entry.outcome().orElse(null))
            || !entry.registered())) {
      throw new ProblemException(
          409,
          "not-a-peer-example",
          "Only successes with a debrief",
          "Peers see successes on a rung with a complete debrief; this entry is not one.");
    }
    if (!active(person, audience).contains(entryId)) {
      em.persist(new Consent(entryId, person, audience, clock.now()));
    }
  }

  public void withdraw(String person, UUID entryId, Consent.Audience audience) {
    journal.entry(person, entryId);
    consents(person, audience).stream()
        .filter(c -> c.entry().equals(entryId) && c.active())
        .forEach(c -> c.withdraw(clock.now()));
  }

  /**
   * @return the person's entries shown to the audience now
   */
  public Set<UUID> active(String person, Consent.Audience audience) {
    var ids = new HashSet<UUID>();
    consents(person, audience).stream().filter(Consent::active).forEach(c -> ids.add(c.entry()));
    return ids;
  }

  /** A peer's success on a rung, without anything that says whose it is. */
  public record PeerExample(String rungTitle, Map<String, String> words) {}

  /**
   * @param shownSharer whether a sharer's words may be shown to this viewer (the caller decides who
   *     counts as a peer); asked once per sharer, before their words are read
   * @return successes on this rung of this ladder that other people of the tenant consented to
   *     show, newest first
   */
  public List<PeerExample> examples(
      UUID ladderId, int rung, String excludedPerson, Predicate<String> shownSharer) {
    var entries =
        em.createQuery(
                "select e from EvidenceEntry e where e.ladderId = :ladder and e.rung = :rung"
                    + " and e.kind = :kind and e.person <> :person and e.id in"
                    + " (select c.entry from Consent c where c.audience = :audience"
                    + " and c.withdrawnAt is null) order by e.recordedAt desc",
                EvidenceEntry.class)
            .setParameter("ladder", ladderId)
            .setParameter("rung", rung)
            .setParameter("kind", Kind.ATTEMPT)
            .setParameter("person", excludedPerson)
            .setParameter("audience", Consent.Audience.PEERS)
            .getResultList();
    var result = new ArrayList<PeerExample>();
    // each sharer's corrections, read once however many of their entries are shown
    var corrections = new java.util.HashMap<String, Map<UUID, Map<String, String>>>();
    var shown = new java.util.HashMap<String, Boolean>();
    for (var e : entries) {
      if (!shown.computeIfAbsent(e.person(), shownSharer::test)) {
        continue;
      }
      var words =
          corrections
              .computeIfAbsent(e.person(), person -> Journal.corrected(journal.of(person)))
              .getOrDefault(e.id(), e.words());
      var fields = new java.util.TreeMap<String, String>();
      for (var field : List.of("whatIDid", "obstacles", "whatWorked", "whatItShows")) {
        if (words.containsKey(field)) {
          fields.put(field, words.get(field));
        }
      }
      result.add(new PeerExample(e.rungTitle().orElse(null), fields));
    }
    return result;
  }

  private List<Consent> consents(String person, Consent.Audience audience) {
    return em.createQuery(
            "select c from Consent c where c.person = :person and c.audience = :audience",
            Consent.class)
        .setParameter("person", person)
        .setParameter("audience", audience)
        .getResultList();
  }
}
