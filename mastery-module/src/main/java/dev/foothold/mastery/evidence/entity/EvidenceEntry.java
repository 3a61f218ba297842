package dev.foothold.mastery.evidence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One entry of a person's evidence log. Written once, never changed: a correction is a new entry
 * that amends this one. Its hash covers the previous entry's hash and this entry's {@link
 * #content() content}.
 */
@Entity
@Table(name = "evidence_entry")
public class EvidenceEntry {

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenant;

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Column(name = "person", nullable = false, updatable = false)
  private String person;

  @Column(name = "seq", nullable = false, updatable = false)
  private long seq;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private Kind kind;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "skill", updatable = false)
  private String skill;

  @Column(name = "life_domain", updatable = false)
  private String lifeDomain;

  @Column(name = "ladder_id", updatable = false)
  private UUID ladderId;

  @Column(name = "climb_id", updatable = false)
  private UUID climbId;

  @Column(name = "attempt_id", updatable = false)
  private UUID attemptId;

  @Column(name = "rung", updatable = false)
  private Integer rung;

  @Column(name = "rung_title", updatable = false)
  private String rungTitle;

  @Column(name = "outcome", updatable = false)
  private String outcome;

  @Column(name = "genuine", updatable = false)
  private Boolean genuine;

  @Column(name = "registered", updatable = false)
  private Boolean registered;

  @Column(name = "effort", updatable = false)
  private Integer effort;

  @Column(name = "own_share", updatable = false)
  private Integer ownShare;

  @Column(name = "confidence_before", updatable = false)
  private Integer confidenceBefore;

  @Column(name = "confidence_after", updatable = false)
  private Integer confidenceAfter;

  @Column(name = "activation", updatable = false)
  private Integer activation;

  @Column(name = "check_in_id", updatable = false)
  private UUID checkIn;

  @Column(name = "amends", updatable = false)
  private UUID amends;

  @Enumerated(EnumType.STRING)
  @Column(name = "attribution", updatable = false)
  private Attribution attribution;

  @Column(name = "controllable", updatable = false)
  private Boolean controllable;

  @Column(name = "words", nullable = false, updatable = false)
  private String words;

  @Column(name = "prev_hash", nullable = false, updatable = false)
  private String prevHash;

  @Column(name = "hash", nullable = false, updatable = false)
  private String hash;

  protected EvidenceEntry() {}

  /**
   * An entry that follows {@code prevHash} in {@code person}'s log as number {@code seq}; it is
   * sealed with its hash before it is stored.
   */
  public EvidenceEntry(String person, long seq, Instant recordedAt, String prevHash, Draft draft) {
    this.id = UUID.randomUUID();
    this.person = Objects.requireNonNull(person, "person");
    this.seq = seq;
    // the database keeps microseconds: hash what it will give back
    this.recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
    this.prevHash = Objects.requireNonNull(prevHash, "prevHash");
    this.kind = Objects.requireNonNull(draft.kind(), "kind");
    this.skill = draft.skill();
    this.lifeDomain = draft.lifeDomain();
    this.ladderId = draft.ladderId();
    this.climbId = draft.climbId();
    this.attemptId = draft.attemptId();
    this.rung = draft.rung();
    this.rungTitle = draft.rungTitle();
    this.outcome = draft.outcome();
    this.genuine = draft.genuine();
    this.registered = draft.registered();
    this.effort = draft.effort();
    this.ownShare = draft.ownShare();
    this.confidenceBefore = draft.confidenceBefore();
    this.confidenceAfter = draft.confidenceAfter();
    this.activation = draft.activation();
    this.checkIn = draft.checkIn();
    this.amends = draft.amends();
    this.attribution = draft.attribution();
    this.controllable = draft.controllable();
    this.words = Words.write(draft.words());
  }

  /** Seals the entry with its hash, once. */
  public void seal(String hash) {
    if (this.hash != null) {
      throw new IllegalStateException("An entry is sealed once");
    }
    this.hash = Objects.requireNonNull(hash, "hash");
  }

  /**
   * @return everything the entry says, by name, leaving out what does not apply (null); the hashes
   *     are not part of it
   */
  public Map<String, Object> content() {
    var c = new LinkedHashMap<String, Object>();
    c.put("id", id.toString());
    c.put("person", person);
    c.put("seq", seq);
    c.put("kind", kind.name());
    c.put("recordedAt", recordedAt.toString());
    c.put("skill", skill);
    c.put("lifeDomain", lifeDomain);
    c.put("ladderId", str(ladderId));
    c.put("climbId", str(climbId));
    c.put("attemptId", str(attemptId));
    c.put("rung", rung);
    c.put("rungTitle", rungTitle);
    c.put("outcome", outcome);
    c.put("genuine", genuine);
    c.put("registered", registered);
    c.put("effort", effort);
    c.put("ownShare", ownShare);
    c.put("confidenceBefore", confidenceBefore);
    c.put("confidenceAfter", confidenceAfter);
    c.put("activation", activation);
    c.put("checkInId", str(checkIn));
    c.put("amends", str(amends));
    c.put("attribution", attribution == null ? null : attribution.name());
    c.put("controllable", controllable);
    c.put("words", words());
    c.values().removeIf(Objects::isNull);
    return c;
  }

  private static String str(UUID id) {
    return id == null ? null : id.toString();
  }

  public UUID id() {
    return id;
  }

  public String person() {
    return person;
  }

  public long seq() {
    return seq;
  }

  public Kind kind() {
    return kind;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public Optional<String> skill() {
    return Optional.ofNullable(skill);
  }

  public Optional<String> lifeDomain() {
    return Optional.ofNullable(lifeDomain);
  }

  public Optional<UUID> ladderId() {
    return Optional.ofNullable(ladderId);
  }

  public Optional<UUID> climbId() {
    return Optional.ofNullable(climbId);
  }

  public Optional<Integer> rung() {
    return Optional.ofNullable(rung);
  }

  public Optional<String> rungTitle() {
    return Optional.ofNullable(rungTitle);
  }

  public Optional<String> outcome() {
    return Optional.ofNullable(outcome);
  }

  public boolean genuine() {
    return Boolean.TRUE.equals(genuine);
  }

  public boolean registered() {
    return Boolean.TRUE.equals(registered);
  }

  public Optional<Integer> effort() {
    return Optional.ofNullable(effort);
  }

  public Optional<Integer> ownShare() {
    return Optional.ofNullable(ownShare);
  }

  public Optional<Integer> confidenceBefore() {
    return Optional.ofNullable(confidenceBefore);
  }

  public Optional<Integer> confidenceAfter() {
    return Optional.ofNullable(confidenceAfter);
  }

  public Optional<Integer> activation() {
    return Optional.ofNullable(activation);
  }

  public Optional<UUID> checkIn() {
    return Optional.ofNullable(checkIn);
  }

  public Optional<UUID> amends() {
    return Optional.ofNullable(amends);
  }

  public Optional<Attribution> attribution() {
    return Optional.ofNullable(attribution);
  }

  public Optional<Boolean> controllable() {
    return Optional.ofNullable(controllable);
  }

  /**
   * @return the person's own words, by field
   */
  public Map<String, String> words() {
    return Words.read(words);
  }

  public String prevHash() {
    return prevHash;
  }

  public String hash() {
    return hash;
  }
}
