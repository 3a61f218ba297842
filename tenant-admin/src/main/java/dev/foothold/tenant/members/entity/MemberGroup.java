package dev.foothold.tenant.members.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.TenantId;

/**
 * A named group of a tenant's members, such as "Front desk": a ladder can be assigned to everyone
 * in it at once. Names are unique within a tenant regardless of case.
 */
@Entity
@Table(name = "member_group")
public class MemberGroup {

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenant;

  @Id
  @Column(name = "name", nullable = false, updatable = false)
  private String name;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected MemberGroup() {}

  public MemberGroup(String name, String createdBy, Instant createdAt) {
    this.name = Objects.requireNonNull(name, "name");
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
