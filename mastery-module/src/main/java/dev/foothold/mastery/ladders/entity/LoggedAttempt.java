package dev.foothold.mastery.ladders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One attempt at a rung, as the person recorded it. Never changed once written. */
@Entity
@Table(name = "attempt")
public class LoggedAttempt {

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenant;

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Column(name = "climb_id", nullable = false, updatable = false)
  private UUID climb;

  @Column(name = "rung", nullable = false, updatable = false)
  private int rung;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, updatable = false)
  private AttemptOutcome outcome;

  @Column(name = "effort", nullable = false, updatable = false)
  private int effort;

  @Column(name = "felt_difficulty", nullable = false, updatable = false)
  private int feltDifficulty;

  @Column(name = "confidence_before", nullable = false, updatable = false)
  private int confidenceBefore;

  @Enumerated(EnumType.STRING)
  @Column(name = "help", nullable = false, updatable = false)
  private Help help;

  @Column(name = "own_share", nullable = false, updatable = false)
  private int ownShare;

  @Enumerated(EnumType.STRING)
  @Column(name = "tool_use", updatable = false)
  private ToolUse toolUse;

  @Column(name = "genuine", nullable = false, updatable = false)
  private boolean genuine;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected LoggedAttempt() {}

  public LoggedAttempt(
      UUID climb,
      int rung,
      AttemptOutcome outcome,
      int effort,
      int feltDifficulty,
      int confidenceBefore,
      Help help,
      int ownShare,
      ToolUse toolUse,
      boolean genuine,
      Instant recordedAt) {
    this.id = UUID.randomUUID();
    this.climb = climb;
    this.rung = rung;
    this.outcome = outcome;
    this.effort = effort;
    this.feltDifficulty = feltDifficulty;
    this.confidenceBefore = confidenceBefore;
    this.help = help;
    this.ownShare = ownShare;
    this.toolUse = toolUse;
    this.genuine = genuine;
    this.recordedAt = recordedAt;
  }

  public UUID id() {
    return id;
  }

  public int rung() {
    return rung;
  }

  public AttemptOutcome outcome() {
    return outcome;
  }

  public int effort() {
    return effort;
  }

  public int feltDifficulty() {
    return feltDifficulty;
  }

  public boolean genuine() {
    return genuine;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
