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
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A person's climb of one ladder version: the rung they are on, their streak of genuine successes
 * there, and their ability as the calibration has learnt it. An earned rung is never taken away.
 */
@Entity
@Table(name = "climb")
public class Climb {

  /** Where a climb stands. */
  public enum Status {
    CLIMBING,
    COMPLETED
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

  @Column(name = "current_rung", nullable = false)
  private int currentRung;

  @Column(name = "streak", nullable = false)
  private int streak;

  @Column(name = "ability", nullable = false)
  private double ability;

  @Column(name = "ability_attempts", nullable = false)
  private int abilityAttempts;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "assigned_by", updatable = false)
  private String assignedBy;

  @Column(name = "due_on", updatable = false)
  private LocalDate dueOn;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Climb() {}

  /** A climb someone else assigned, optionally to be done by a date. */
  public Climb(
      String person,
      Ladder ladder,
      int startRung,
      double ability,
      Instant startedAt,
      String assignedBy,
      LocalDate dueOn) {
    this(person, ladder, startRung, ability, startedAt);
    this.assignedBy = assignedBy;
    this.dueOn = dueOn;
  }

  public Climb(String person, Ladder ladder, int startRung, double ability, Instant startedAt) {
    this.id = UUID.randomUUID();
    this.person = person;
    this.ladder = ladder;
    this.currentRung = startRung;
    this.ability = ability;
    this.status = Status.CLIMBING;
    this.startedAt = startedAt;
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

  public int currentRung() {
    return currentRung;
  }

  public int streak() {
    return streak;
  }

  public double ability() {
    return ability;
  }

  public int abilityAttempts() {
    return abilityAttempts;
  }

  public Status status() {
    return status;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Optional<String> assignedBy() {
    return Optional.ofNullable(assignedBy);
  }

  public Optional<LocalDate> dueOn() {
    return Optional.ofNullable(dueOn);
  }

  /**
   * @param pausedDays days the climb has stood still, which push the due date back
   * @return whether it was due before {@code today}, paused days added, and is not finished
   */
  public boolean overdue(LocalDate today, long pausedDays) {
    return status == Status.CLIMBING && dueOn != null && dueOn.plusDays(pausedDays).isBefore(today);
  }

  /**
   * @return when the last attempt on this climb was recorded, if any
   */
  public Optional<Instant> lastAttemptAt() {
    return Optional.ofNullable(lastAttemptAt);
  }

  /** Notes that an attempt was recorded now. */
  public void attempted(Instant at) {
    this.lastAttemptAt = at;
  }

  public void rate(double ability, int attempts) {
    this.ability = ability;
    this.abilityAttempts = attempts;
  }

  /** A genuine success: one more in the streak. */
  public void countSuccess() {
    streak++;
  }

  /** A "not yet": the streak starts again; the rung stays earned. */
  public void resetStreak() {
    streak = 0;
  }

  /** Moves one rung up, or finishes the ladder at the top; the streak starts again. */
  public void advance() {
    streak = 0;
    if (currentRung == ladder.rungs().size()) {
      status = Status.COMPLETED;
    } else {
      currentRung++;
    }
  }
}
