package dev.foothold.mastery.ladders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A stretch of time during which a climb stands still: a pause the person takes (illness, a
 * holiday), which ends on its date or when they resume, or a hold placed on their behalf, which
 * lasts until it is lifted. Paused time never counts against a streak or a due date.
 */
@Entity
@Table(name = "pause")
public class Pause {

  /** Who can end it. */
  public enum Kind {
    /** The person's own pause: they resume it, or it ends on its date. */
    PAUSE,
    /** Placed on their behalf (for example after a screening answer); a coach lifts it. */
    HOLD
  }

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenant;

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Column(name = "climb_id", nullable = false, updatable = false)
  private UUID climb;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private Kind kind;

  @Column(name = "reason", updatable = false)
  private String reason;

  @Column(name = "starts_at", nullable = false, updatable = false)
  private Instant startsAt;

  @Column(name = "ends_at", updatable = false)
  private Instant endsAt;

  @Column(name = "resumed_at")
  private Instant resumedAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  protected Pause() {}

  /**
   * @param endsAt when a {@link Kind#PAUSE} ends by itself; {@code null} for a hold
   */
  public Pause(
      UUID climb, Kind kind, String reason, Instant startsAt, Instant endsAt, String createdBy) {
    this.id = UUID.randomUUID();
    this.climb = Objects.requireNonNull(climb, "climb");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.reason = reason;
    this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
    if (kind == Kind.PAUSE) {
      Objects.requireNonNull(endsAt, "a pause has an end");
    }
    this.endsAt = endsAt;
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
  }

  public UUID id() {
    return id;
  }

  public UUID climb() {
    return climb;
  }

  public Kind kind() {
    return kind;
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public Instant startsAt() {
    return startsAt;
  }

  /**
   * @return when it ended or will end by itself, if known: the earlier of its date and its
   *     resumption
   */
  public Optional<Instant> end() {
    if (resumedAt == null) {
      return Optional.ofNullable(endsAt);
    }
    return Optional.of(endsAt == null || resumedAt.isBefore(endsAt) ? resumedAt : endsAt);
  }

  /**
   * @return whether the climb stands still at {@code at}
   */
  public boolean coversInstant(Instant at) {
    return !at.isBefore(startsAt) && end().map(at::isBefore).orElse(true);
  }

  /** Ends it now (the person resumed, or a coach lifted a hold). */
  public void resume(Instant at) {
    this.resumedAt = at;
  }
}
