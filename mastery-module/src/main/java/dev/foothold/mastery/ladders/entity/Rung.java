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
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One rung of a ladder: a concrete task with its success criteria, and its difficulty as the
 * calibration has learnt it from everyone's attempts in the tenant.
 */
@Entity
@Table(name = "rung")
public class Rung {

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenant;

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "ladder_id", nullable = false, updatable = false)
  private Ladder ladder;

  @Column(name = "position", nullable = false, updatable = false)
  private int position;

  @Column(name = "title", nullable = false, updatable = false)
  private String title;

  @Column(name = "task", nullable = false, updatable = false)
  private String task;

  @Column(name = "success_criteria", nullable = false, updatable = false)
  private String successCriteria;

  @Enumerated(EnumType.STRING)
  @Column(name = "stakes", nullable = false, updatable = false)
  private Stakes stakes;

  @Column(name = "streak_needed", nullable = false, updatable = false)
  private int streakNeeded;

  @Column(name = "min_effort", updatable = false)
  private Integer minEffort;

  @Column(name = "difficulty", nullable = false)
  private double difficulty;

  @Column(name = "difficulty_attempts", nullable = false)
  private int difficultyAttempts;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Rung() {}

  Rung(
      Ladder ladder,
      int position,
      String title,
      String task,
      String successCriteria,
      Stakes stakes,
      int streakNeeded,
      Integer minEffort,
      double difficulty) {
    this.id = UUID.randomUUID();
    this.ladder = ladder;
    this.position = position;
    this.title = title;
    this.task = task;
    this.successCriteria = successCriteria;
    this.stakes = stakes;
    this.streakNeeded = streakNeeded;
    this.minEffort = minEffort;
    this.difficulty = difficulty;
  }

  public UUID id() {
    return id;
  }

  public int position() {
    return position;
  }

  public String title() {
    return title;
  }

  public String task() {
    return task;
  }

  public String successCriteria() {
    return successCriteria;
  }

  public Stakes stakes() {
    return stakes;
  }

  public int streakNeeded() {
    return streakNeeded;
  }

  public Optional<Integer> minEffort() {
    return Optional.ofNullable(minEffort);
  }

  public double difficulty() {
    return difficulty;
  }

  public int difficultyAttempts() {
    return difficultyAttempts;
  }

  public void rate(double difficulty, int attempts) {
    this.difficulty = difficulty;
    this.difficultyAttempts = attempts;
  }
}
