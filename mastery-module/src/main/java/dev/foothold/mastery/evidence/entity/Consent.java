package dev.foothold.mastery.evidence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A person's consent to show one of their entries to an audience, until they withdraw it. */
@Entity
@Table(name = "entry_consent")
public class Consent {

  /** Who may see the entry's words. */
  public enum Audience {
    /** Peers on the same rung of the same tenant, anonymised. */
    PEERS,
    /** The organisation's managers (who otherwise see progress only). */
    MANAGERS
  }

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

  @Enumerated(EnumType.STRING)
  @Column(name = "audience", nullable = false, updatable = false)
  private Audience audience;

  @Column(name = "given_at", nullable = false, updatable = false)
  private Instant givenAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  protected Consent() {}

  public Consent(UUID entry, String person, Audience audience, Instant givenAt) {
    this.id = UUID.randomUUID();
    this.entry = entry;
    this.person = person;
    this.audience = audience;
    this.givenAt = givenAt;
  }

  public UUID entry() {
    return entry;
  }

  public Audience audience() {
    return audience;
  }

  public boolean active() {
    return withdrawnAt == null;
  }

  public void withdraw(Instant at) {
    this.withdrawnAt = at;
  }
}
