package dev.foothold.tenant.tenants.entity;

import dev.foothold.platform.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A coaching business or organisation; its slug is its Keycloak organisation's alias. */
@Entity
@Table(name = "tenant")
public class Tenant {

  @Id
  @Column(name = "slug", nullable = false, updatable = false)
  private String slug;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private TenantKind kind;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private TenantStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA only. */
  protected Tenant() {}

  /**
   * @param id the tenant's slug
   * @param kind coaching business or organisation
   * @param displayName the name people see
   * @param createdAt when it was made, by the platform's clock
   */
  public Tenant(TenantId id, TenantKind kind, String displayName, Instant createdAt) {
    this.slug = id.slug();
    this.kind = Objects.requireNonNull(kind, "kind");
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.status = TenantStatus.ACTIVE;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public TenantId id() {
    return new TenantId(slug);
  }

  public TenantKind kind() {
    return kind;
  }

  public String displayName() {
    return displayName;
  }

  public TenantStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
