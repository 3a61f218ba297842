package dev.foothold.mastery.evidence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** Someone read a person's screen answers. Never changed. */
@Entity
@Table(name = "screening_read")
public class ScreeningRead {

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenant;

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Column(name = "person", nullable = false, updatable = false)
  private String person;

  @Column(name = "reader", nullable = false, updatable = false)
  private String reader;

  @Column(name = "reader_role", nullable = false, updatable = false)
  private String readerRole;

  @Column(name = "read_at", nullable = false, updatable = false)
  private Instant readAt;

  protected ScreeningRead() {}

  public ScreeningRead(String person, String reader, String readerRole, Instant readAt) {
    this.id = UUID.randomUUID();
    this.person = person;
    this.reader = reader;
    this.readerRole = readerRole;
    this.readAt = readAt;
  }

  public String reader() {
    return reader;
  }

  public String readerRole() {
    return readerRole;
  }

  public Instant readAt() {
    return readAt;
  }
}
