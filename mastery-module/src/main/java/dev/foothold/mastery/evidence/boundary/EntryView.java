package dev.foothold.mastery.evidence.boundary;

import dev.foothold.mastery.evidence.entity.EvidenceEntry;
import dev.foothold.mastery.evidence.entity.Feedback;
import dev.foothold.mastery.evidence.entity.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One entry of a person's log as they (and their coach) see it.
 *
 * @param seq its number in the person's log, from 1
 * @param kind ATTEMPT, AMENDMENT, RECALLED or CHECK_IN
 * @param recalled whether it was recalled later rather than logged at the time
 * @param genuine for an attempt: whether the success was the person's own doing with effort
 * @param registered for an attempt: whether its debrief is complete (only a registered genuine
 *     success counts toward a streak)
 * @param debrief the person's own words (and, for attempts, attribution and controllable)
 * @param amends the entry this one corrects, if it is a correction
 * @param amendedBy corrections of this entry, oldest first
 * @param feedback coaches' feedback on it
 * @param sharedWith PEERS and/or MANAGERS while the person consents
 * @param hash its link in the chain
 */
public record EntryView(
    String id,
    long seq,
    String kind,
    boolean recalled,
    Instant recordedAt,
    String skill,
    String lifeDomain,
    String ladderId,
    String climbId,
    Integer rung,
    String rungTitle,
    String outcome,
    Boolean genuine,
    Boolean registered,
    Integer effort,
    Integer ownShare,
    Integer confidenceBefore,
    Integer confidenceAfter,
    Integer activation,
    String checkInId,
    Map<String, Object> debrief,
    String amends,
    List<String> amendedBy,
    List<FeedbackView> feedback,
    List<String> sharedWith,
    String prevHash,
    String hash) {

  /** Coach feedback beside an entry. */
  public record FeedbackView(String coach, String skill, String text, Instant at) {
    static FeedbackView of(Feedback f) {
      return new FeedbackView(f.coachName(), f.skill(), f.text(), f.givenAt());
    }
  }

  static Map<String, Object> debrief(EvidenceEntry e) {
    var d = new LinkedHashMap<String, Object>(e.words());
    e.attribution().ifPresent(a -> d.put("attribution", a.name()));
    e.controllable().ifPresent(c -> d.put("controllable", c));
    return d;
  }

  static List<EntryView> of(
      List<EvidenceEntry> log,
      Map<UUID, List<Feedback>> feedback,
      Set<UUID> peers,
      Set<UUID> managers) {
    var amendedBy = new LinkedHashMap<UUID, List<String>>();
    log.forEach(
        e ->
            e.amends()
                .ifPresent(
                    a ->
                        amendedBy
                            .computeIfAbsent(a, k -> new ArrayList<>())
                            .add(e.id().toString())));
    return log.stream()
        .map(
            e -> {
              var shared = new ArrayList<String>();
              if (peers.contains(e.id())) {
                shared.add("PEERS");
              }
              if (managers.contains(e.id())) {
                shared.add("MANAGERS");
              }
              boolean attempt = e.kind() == Kind.ATTEMPT;
              return new EntryView(
                  e.id().toString(),
                  e.seq(),
                  e.kind().name(),
                  e.kind() == Kind.RECALLED,
                  e.recordedAt(),
                  e.skill().orElse(null),
                  e.lifeDomain().orElse(null),
                  e.ladderId().map(UUID::toString).orElse(null),
                  e.climbId().map(UUID::toString).orElse(null),
                  e.rung().orElse(null),
                  e.rungTitle().orElse(null),
                  e.outcome().orElse(null),
                  attempt ? e.genuine() : null,
                  attempt ? e.registered() : null,
                  e.effort().orElse(null),
                  e.ownShare().orElse(null),
                  e.confidenceBefore().orElse(null),
                  e.confidenceAfter().orElse(null),
                  e.activation().orElse(null),
                  e.checkIn().map(UUID::toString).orElse(null),
                  debrief(e),
                  e.amends().map(UUID::toString).orElse(null),
                  amendedBy.getOrDefault(e.id(), List.of()),
                  feedback.getOrDefault(e.id(), List.of()).stream().map(FeedbackView::of).toList(),
                  shared,
                  e.prevHash(),
                  e.hash());
            })
        .toList();
  }
}
