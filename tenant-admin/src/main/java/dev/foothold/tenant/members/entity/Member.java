package dev.foothold.tenant.members.entity;

import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.identity.TenantRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.TenantId;

/**
 * A person's membership of one tenant. The table's key is (tenant, subject); within a tenant's
 * session the subject alone identifies the member. A removed member keeps their row, marked
 * removed, so that a token that still names the tenant does not bring them back.
 */
@Entity
@Table(name = "member")
public class Member {

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenant;

  @Id
  @Column(name = "subject", nullable = false, updatable = false)
  private String subject;

  @Column(name = "email")
  private String email;

  @Column(name = "display_name")
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private TenantRole role;

  @Column(name = "joined_at", nullable = false)
  private Instant joinedAt;

  @Column(name = "removed_at")
  private Instant removedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Member() {}

  public Member(
      SubjectId subject, String email, String displayName, TenantRole role, Instant joinedAt) {
    this.subject = subject.value();
    this.email = email;
    this.displayName = displayName;
    this.role = Objects.requireNonNull(role, "role");
    this.joinedAt = Objects.requireNonNull(joinedAt, "joinedAt");
  }

  public SubjectId subject() {
    return new SubjectId(subject);
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public Optional<String> displayName() {
    return Optional.ofNullable(displayName);
  }

  public TenantRole role() {
    return role;
  }

  public Instant joinedAt() {
    return joinedAt;
  }

  public boolean active() {
    return removedAt == null;
  }

  public void changeRole(TenantRole role) {
    this.role = Objects.requireNonNull(role, "role");
  }

  public void remove(Instant at) {
    this.removedAt = Objects.requireNonNull(at, "at");
  }

  /** Brings a removed member back, in the role given, as of {@code at}. */
  public void rejoin(TenantRole role, Instant at) {
    this.role = Objects.requireNonNull(role, "role");
    this.removedAt = null;
    this.joinedAt = at;
  }

  /** Keeps what Foothold shows of the person in step with their token. */
  public void refresh(String email, String displayName) {
    if (email != null) {
      this.email = email;
    }
    if (displayName != null) {
      this.displayName = displayName;
    }
  }
}
