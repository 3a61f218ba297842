package dev.foothold.mastery.evidence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** The last entry of one person's log: its number and hash. */
@Entity
@Table(name = "evidence_chain")
public class ChainHead {

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenant;

  @Id
  @Column(name = "person", nullable = false, updatable = false)
  private String person;

  @Column(name = "seq", nullable = false)
  private long seq;

  @Column(name = "hash", nullable = false)
  private String hash;

  protected ChainHead() {}

  public long seq() {
    return seq;
  }

  public String hash() {
    return hash;
  }

  /** Moves the head to the entry just appended. */
  public void advance(long seq, String hash) {
    if (seq != this.seq + 1) {
      throw new IllegalStateException("Entries line up one by one");
    }
    this.seq = seq;
    this.hash = hash;
  }
}
