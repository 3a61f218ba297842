package dev.foothold.mastery.evidence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A coach's feedback on one evidence entry, naming the skill it shows. Never changed. */
@Entity
@Table(name = "evidence_feedback")
public class Feedback {

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenant;

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Column(name = "entry_id", nullable = false, updatable = false)
  private UUID entry;

  @Column(name = "person", nullable = false, updatable = false)
  private String person;

  @Column(name = "coach", nullable = false, updatable = false)
  private String coach;

  @Column(name = "coach_name", nullable = false, updatable = false)
  private String coachName;

  @Column(name = "skill", nullable = false, updatable = false)
  private String skill;

  @Column(name = "text", nullable = false, updatable = false)
  private String text;

  @Column(name = "given_at", nullable = false, updatable = false)
  private Instant givenAt;

  protected Feedback() {}

  public Feedback(
      UUID entry,
      String person,
      String coach,
      String coachName,
      String skill,
      String text,
      Instant givenAt) {
    this.id = UUID.randomUUID();
    this.entry = entry;
    this.person = person;
    this.coach = coach;
    this.coachName = coachName;
    this.skill = skill;
    this.text = text;
    this.givenAt = givenAt;
  }

  public UUID id() {
    return id;
  }

  public UUID entry() {
    return entry;
  }

  public String coachName() {
    return coachName;
  }

  public String skill() {
    return skill;
  }

  public String text() {
    return text;
  }

  public Instant givenAt() {
    return givenAt;
  }
}
