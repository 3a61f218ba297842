package dev.foothold.mastery.evidence.boundary;

import dev.foothold.mastery.evidence.control.Debriefs;
import dev.foothold.mastery.evidence.control.Journal;
import dev.foothold.mastery.evidence.control.Screenings;
import dev.foothold.mastery.evidence.control.Sharing;
import dev.foothold.mastery.evidence.entity.Attribution;
import dev.foothold.mastery.evidence.entity.Draft;
import dev.foothold.mastery.evidence.entity.Kind;
import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.identity.People;
import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the ladders component asks of the evidence log: whether the caller may climb (the screen),
 * whether a debrief is complete, logging an attempt as an entry, and peers' examples on a rung.
 * Joins the caller's transaction, so an attempt and its entry are written together or not at all.
 */
@ApplicationScoped
@Transactional
public class EvidenceLog {

  @Inject Journal journal;
  @Inject Screenings screenings;
  @Inject Sharing sharing;
  @Inject CurrentUser caller;
  @Inject People people;
  @Inject TenantContext tenant;

  /**
   * The facts of an attempt as the ladders know them.
   *
   * @param genuine whether a success was the person's own doing with effort
   */
  public record AttemptFacts(
      UUID climbId,
      UUID ladderId,
      String skill,
      String lifeDomain,
      UUID attemptId,
      int rung,
      String rungTitle,
      String outcome,
      boolean genuine,
      int effort,
      int ownShare,
      int confidenceBefore) {}

  /** An attempt's entry in the log. */
  public record Logged(UUID entry, boolean registered, List<String> missing) {}

  /** A peer's success on the same rung, anonymised: their words only. */
  public record PeerExample(String rungTitle, Map<String, String> words) {}

  /**
   * @throws ProblemException 409 screening-needed before the screen is answered, 409 climb-held
   *     while an answer holds the caller's climbs
   */
  public void requireMayClimb() {
    screenings.requireMayClimb(me());
  }

  /**
   * @return the required debrief answers missing for this outcome; empty when complete
   */
  public List<String> missing(String outcome, DebriefInput debrief) {
    var d =
        debrief == null
            ? new DebriefInput(null, null, null, null, null, null, null, null)
            : debrief;
    return Debriefs.missing(outcome, d.words(), d.attribution(), d.controllable());
  }

  /**
   * @return the id of the caller's check-in, or null when none is given
   * @throws ProblemException 404 when it is not one of the caller's check-ins
   */
  public UUID checkIn(String id) {
    if (id == null || id.isBlank()) {
      return null;
    }
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw notACheckIn(id);
    }
    return journal
        .find(me(), uuid)
        .filter(e -> e.kind() == Kind.CHECK_IN)
        .map(e -> uuid)
        .orElseThrow(() -> notACheckIn(id));
  }

  private static ProblemException notACheckIn(String id) {
    return new ProblemException(
        404, "check-in-not-found", "No such check-in", "You have no check-in " + id + ".");
  }

  /** Logs an attempt of the caller's, with its debrief, as an entry of their log. */
  public Logged attempt(
      AttemptFacts facts, DebriefInput debrief, Integer confidenceAfter, UUID checkIn) {
    var missing = missing(facts.outcome(), debrief);
    var d =
        debrief == null
            ? new DebriefInput(null, null, null, null, null, null, null, null)
            : debrief;
    var entry =
        journal.append(
            me(),
            new Draft(
                Kind.ATTEMPT,
                facts.skill(),
                facts.lifeDomain(),
                facts.ladderId(),
                facts.climbId(),
                facts.attemptId(),
                facts.rung(),
                facts.rungTitle(),
                facts.outcome(),
                facts.genuine(),
                missing.isEmpty(),
                facts.effort(),
                facts.ownShare(),
                facts.confidenceBefore(),
                confidenceAfter,
                null,
                checkIn,
                null,
                d.attribution() == null ? null : Attribution.valueOf(d.attribution()),
                d.controllable(),
                d.words()));
    return new Logged(entry.id(), missing.isEmpty(), missing);
  }

  /**
   * Peers are the people a tenant serves: clients of a coaching business, staff of an organisation.
   * Examples pass only between them. Whoever coaches, manages or administers them sees the team's
   * progress by name, so on a rung with few climbers they could tell whose words an example holds:
   * they see none. Nor does anyone see the words of a person who is no longer an active member, or
   * who has since taken such a role.
   */
  static final Set<TenantRole> PEERS = EnumSet.of(TenantRole.CLIENT, TenantRole.STAFF);

  /**
   * @return successes on this rung that the caller's peers in this tenant consented to show; empty
   *     for a caller who coaches, manages or administers people here
   */
  public List<PeerExample> peerExamples(UUID ladderId, int rung) {
    boolean isPeer =
        caller.membershipIn(tenant.require()).map(m -> PEERS.contains(m.role())).orElse(false);
    if (!isPeer) {
      return List.of();
    }
    var peers = new HashSet<String>();
    people.members().stream()
        .filter(p -> PEERS.contains(p.role()))
        .forEach(p -> peers.add(p.subject().value()));
    return sharing.examples(ladderId, rung, me(), peers::contains).stream()
        .map(p -> new PeerExample(p.rungTitle(), p.words()))
        .toList();
  }

  private String me() {
    return caller.subject().value();
  }
}
