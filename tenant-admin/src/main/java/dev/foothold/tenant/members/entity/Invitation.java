package dev.foothold.tenant.members.entity;

import dev.foothold.platform.identity.TenantRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.hibernate.annotations.TenantId;

/** The role a person invited by email takes when they first arrive. */
@Entity
@Table(name = "invitation")
public class Invitation {

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenant;

  @Id
  @Column(name = "email", nullable = false, updatable = false)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private TenantRole role;

  @Column(name = "invited_by", nullable = false)
  private String invitedBy;

  @Column(name = "invited_at", nullable = false)
  private Instant invitedAt;

  protected Invitation() {}

  public Invitation(String email, TenantRole role, String invitedBy, Instant invitedAt) {
    this.email = email.toLowerCase(Locale.ROOT);
    this.role = Objects.requireNonNull(role, "role");
    this.invitedBy = Objects.requireNonNull(invitedBy, "invitedBy");
    this.invitedAt = Objects.requireNonNull(invitedAt, "invitedAt");
  }

  public String email() {
    return email;
  }

  public TenantRole role() {
    return role;
  }

  public Instant invitedAt() {
    return invitedAt;
  }

  public String invitedBy() {
    return invitedBy;
  }
}
