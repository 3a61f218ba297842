package dev.foothold.mastery.evidence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** Something a coach should know about a person: for now, a positive screen. */
@Entity
@Table(name = "coach_notice")
public class CoachNotice {

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenant;

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Column(name = "person", nullable = false, updatable = false)
  private String person;

  @Column(name = "kind", nullable = false, updatable = false)
  private String kind;

  @Column(name = "text", nullable = false, updatable = false)
  private String text;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected CoachNotice() {}

  public CoachNotice(String person, String kind, String text, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.person = person;
    this.kind = kind;
    this.text = text;
    this.createdAt = createdAt;
  }

  public UUID id() {
    return id;
  }

  public String person() {
    return person;
  }

  public String kind() {
    return kind;
  }

  public String text() {
    return text;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
