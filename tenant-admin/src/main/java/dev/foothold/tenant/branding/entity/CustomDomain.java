package dev.foothold.tenant.branding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.TenantId;

/**
 * A domain a tenant's portal is served on, once Foothold has found the tenant's verification token
 * in the domain's DNS. Several tenants may claim a domain; only one can have it verified (the
 * database holds a unique index over verified domains).
 */
@Entity
@Table(name = "custom_domain")
public class CustomDomain {

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenant;

  @Id
  @Column(name = "domain", nullable = false, updatable = false)
  private String domain;

  @Column(name = "verification_token", nullable = false, updatable = false)
  private String verificationToken;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  protected CustomDomain() {}

  public CustomDomain(String domain, String verificationToken, Instant createdAt) {
    this.domain = domain;
    this.verificationToken = verificationToken;
    this.createdAt = createdAt;
  }

  /**
   * @return the slug of the tenant that claimed it
   */
  public String tenant() {
    return tenant;
  }

  public String domain() {
    return domain;
  }

  public String verificationToken() {
    return verificationToken;
  }

  /**
   * @return the DNS name that must hold the token as a TXT record
   */
  public String challengeName() {
    return "_foothold-challenge." + domain;
  }

  public Optional<Instant> verifiedAt() {
    return Optional.ofNullable(verifiedAt);
  }

  public void verify(Instant at) {
    this.verifiedAt = at;
  }
}
