package dev.foothold.mastery.ladders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A ladder a coach suggests to one person; they start it or decline, and the answer stays. */
@Entity
@Table(name = "suggestion")
public class Suggestion {

  /** What the person said. */
  public enum Answer {
    ACCEPTED,
    DECLINED
  }

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenant;

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Column(name = "person", nullable = false, updatable = false)
  private String person;

  @ManyToOne(optional = false)
  @JoinColumn(name = "ladder_id", nullable = false, updatable = false)
  private Ladder ladder;

  @Column(name = "suggested_by", nullable = false, updatable = false)
  private String suggestedBy;

  @Column(name = "note", updatable = false)
  private String note;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "answer")
  private Answer answer;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "climb_id")
  private UUID climb;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Suggestion() {}

  public Suggestion(String person, Ladder ladder, String suggestedBy, String note, Instant at) {
    this.id = UUID.randomUUID();
    this.person = Objects.requireNonNull(person, "person");
    this.ladder = Objects.requireNonNull(ladder, "ladder");
    this.suggestedBy = Objects.requireNonNull(suggestedBy, "suggestedBy");
    this.note = note;
    this.createdAt = Objects.requireNonNull(at, "at");
  }

  public UUID id() {
    return id;
  }

  public String person() {
    return person;
  }

  public Ladder ladder() {
    return ladder;
  }

  public String suggestedBy() {
    return suggestedBy;
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Answer> answer() {
    return Optional.ofNullable(answer);
  }

  public Optional<UUID> climb() {
    return Optional.ofNullable(climb);
  }

  public void accept(UUID climb, Instant at) {
    this.answer = Answer.ACCEPTED;
    this.climb = climb;
    this.answeredAt = at;
  }

  public void decline(Instant at) {
    this.answer = Answer.DECLINED;
    this.answeredAt = at;
  }
}
