package dev.foothold.mastery.evidence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A coach talked with the person after a positive screen; answers before it no longer hold. */
@Entity
@Table(name = "screening_clearance")
public class ScreeningClearance {

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenant;

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Column(name = "person", nullable = false, updatable = false)
  private String person;

  @Column(name = "cleared_by", nullable = false, updatable = false)
  private String clearedBy;

  @Column(name = "cleared_at", nullable = false, updatable = false)
  private Instant clearedAt;

  protected ScreeningClearance() {}

  public ScreeningClearance(String person, String clearedBy, Instant clearedAt) {
    this.id = UUID.randomUUID();
    this.person = person;
    this.clearedBy = clearedBy;
    this.clearedAt = clearedAt;
  }

  public Instant clearedAt() {
    return clearedAt;
  }
}
