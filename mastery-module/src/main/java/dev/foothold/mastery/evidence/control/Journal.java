package dev.foothold.mastery.evidence.control;

import dev.foothold.mastery.evidence.entity.ChainHead;
import dev.foothold.mastery.evidence.entity.Draft;
import dev.foothold.mastery.evidence.entity.EvidenceEntry;
import dev.foothold.mastery.evidence.entity.Feedback;
import dev.foothold.mastery.evidence.entity.Kind;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.tenant.TenantContext;
import dev.foothold.platform.time.ClockSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * People's evidence logs: appending an entry at the end of a person's chain (the chain's head row
 * is locked meanwhile, so parallel appends line up), reading a log, and checking its chain. Nothing
 * here updates or deletes an entry; the database would refuse it anyway.
 */
@ApplicationScoped
@Transactional
public class Journal {

  @PersistenceContext(unitName = "mastery")
  EntityManager em;

  /**
   * Entries a person adds by themselves, as often as they like (attempts are bounded by climbing):
   * these count against {@link #dailyAppends}.
   */
  static final Set<Kind> FREE_FORM = Set.of(Kind.CHECK_IN, Kind.RECALLED, Kind.AMENDMENT);

  @Inject TenantContext tenant;
  @Inject ClockSource clock;

  /**
   * How many free-form entries one person may add in one tenant per UTC day. Counted in the
   * database under the person's chain lock, so it holds however many instances serve them.
   */
  @Inject
  @ConfigProperty(name = "foothold.evidence.daily-appends", defaultValue = "100")
  int dailyAppends;

  /**
   * Appends an entry to the end of {@code person}'s log and returns it, sealed.
   *
   * @throws ProblemException 429 daily-limit-reached when a free-form entry would exceed the
   *     person's daily allowance; nothing is written then
   */
  public EvidenceEntry append(String person, Draft draft) {
    em.createNativeQuery(
            "insert into mastery.evidence_chain (tenant_id, person, seq, hash)"
                + " values (?1, ?2, 0, ?3) on conflict do nothing")
        .setParameter(1, tenant.require().slug())
        .setParameter(2, person)
        .setParameter(3, HashChain.GENESIS)
        .executeUpdate();
    em.createNativeQuery("select seq from mastery.evidence_chain where person = ?1 for update")
        .setParameter(1, person)
        .getResultList();
    if (FREE_FORM.contains(draft.kind())) {
      requireAllowance(person);
    }
    var head = em.find(ChainHead.class, person);
    em.refresh(head);
    var entry = new EvidenceEntry(person, head.seq() + 1, clock.now(), head.hash(), draft);
    entry.seal(HashChain.link(head.hash(), Canonical.json(entry.content())));
    em.persist(entry);
    head.advance(entry.seq(), entry.hash());
    em.flush();
    return entry;
  }

  /** Runs under the person's chain lock: parallel appends are counted one after another. */
  private void requireAllowance(String person) {
    var now = clock.now();
    var day = now.truncatedTo(ChronoUnit.DAYS);
    long today =
        em.createQuery(
                "select count(e) from EvidenceEntry e where e.person = :person"
                    + " and e.kind in :kinds and e.recordedAt >= :day",
                Long.class)
            .setParameter("person", person)
            .setParameter("kinds", FREE_FORM)
            .setParameter("day", day)
            .getSingleResult();
    if (today >= dailyAppends) {
      long wait = Math.max(1, Duration.between(now, day.plus(1, ChronoUnit.DAYS)).toSeconds());
      throw new ProblemException(
          429,
          "daily-limit-reached",
          "That is all for today",
          "You have added "
              + today
              + " check-ins, recalled successes and corrections today, the most one day takes."
              + " Nothing was recorded; you can add more tomorrow (UTC).",
          Map.of(ProblemException.RETRY_AFTER, wait, "limit", dailyAppends));
    }
  }

  /**
   * @return the person's whole log, oldest first
   */
  public List<EvidenceEntry> of(String person) {
    return em.createQuery(
            "select e from EvidenceEntry e where e.person = :person order by e.seq",
            EvidenceEntry.class)
        .setParameter("person", person)
        .getResultList();
  }

  /** One entry of the person's; anyone else's is as good as absent. */
  public EvidenceEntry entry(String person, UUID id) {
    return find(person, id)
        .orElseThrow(
            () ->
                new ProblemException(
                    404,
                    "entry-not-found",
                    "No such entry",
                    "There is no evidence entry " + id + " here."));
  }

  /**
   * @return the person's entry with this id, if they have one
   */
  public Optional<EvidenceEntry> find(String person, UUID id) {
    return Optional.ofNullable(em.find(EvidenceEntry.class, id))
        .filter(e -> e.person().equals(person));
  }

  /** Adds a correction of one of the person's entries; both stay in the log. */
  public EvidenceEntry amend(String person, UUID id, Map<String, String> words, String note) {
    var original = entry(person, id);
    if (original.kind() == Kind.AMENDMENT) {
      throw new ProblemException(
          409,
          "amend-the-original",
          "Amend the original entry",
          "This entry is itself a correction; add your correction to entry "
              + original.amends().orElseThrow()
              + ", the one it corrects.");
    }
    var all = new HashMap<>(words);
    all.put("note", note);
    var draft =
        new Draft(
            Kind.AMENDMENT,
            original.skill().orElse(null),
            original.lifeDomain().orElse(null),
            original.ladderId().orElse(null),
            original.climbId().orElse(null),
            null,
            original.rung().orElse(null),
            original.rungTitle().orElse(null),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            original.id(),
            null,
            null,
            all);
    return append(person, draft);
  }

  /**
   * @return the entries' words with every later correction applied, by the original's id
   */
  public static Map<UUID, Map<String, String>> corrected(List<EvidenceEntry> log) {
    var result = new HashMap<UUID, Map<String, String>>();
    for (var e : log) {
      if (e.kind() == Kind.AMENDMENT) {
        var target = e.amends().orElseThrow();
        var words = result.get(target);
        if (words != null) {
          var w = new HashMap<>(e.words());
          w.remove("note");
          words.putAll(w);
        }
      } else {
        result.put(e.id(), new HashMap<>(e.words()));
      }
    }
    return result;
  }

  /**
   * @return whether the person's log is as it was written, and where it is not
   */
  public HashChain.Verdict verify(String person) {
    var links = new ArrayList<HashChain.Link>();
    for (var e : of(person)) {
      links.add(
          new HashChain.Link(e.id(), e.seq(), e.prevHash(), e.hash(), Canonical.json(e.content())));
    }
    var head = em.find(ChainHead.class, person);
    return HashChain.verify(
        links, head == null ? 0 : head.seq(), head == null ? HashChain.GENESIS : head.hash());
  }

  /**
   * @return coaches' feedback on the person's entries, by entry, oldest first
   */
  public Map<UUID, List<Feedback>> feedback(String person) {
    var result = new HashMap<UUID, List<Feedback>>();
    em.createQuery(
            "select f from Feedback f where f.person = :person order by f.givenAt", Feedback.class)
        .setParameter("person", person)
        .getResultList()
        .forEach(f -> result.computeIfAbsent(f.entry(), k -> new ArrayList<>()).add(f));
    return result;
  }
}
