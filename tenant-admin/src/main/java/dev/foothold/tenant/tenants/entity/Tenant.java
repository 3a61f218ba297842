package dev.foothold.tenant.tenants.entity;

import dev.foothold.platform.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

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

  @Column(name = "trial_days", nullable = false)
  private int trialDays;

  @Column(name = "price_per_month", nullable = false, precision = 10, scale = 2)
  private BigDecimal pricePerMonth;

  @Column(name = "currency", nullable = false, length = 3, columnDefinition = "bpchar(3)")
  private String currency;

  @Column(name = "seats")
  private Integer seats;

  @Column(name = "email_domain")
  private String emailDomain;

  @Column(name = "keycloak_id")
  private String keycloakId;

  @Column(name = "grace_days", nullable = false)
  private int graceDays;

  @Column(name = "trial_start", nullable = false)
  private String trialStart;

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
    this.trialDays = 7;
    this.pricePerMonth = new BigDecimal("40.00");
    this.currency = "USD";
    this.graceDays = 7;
    this.trialStart = TRIAL_ON_JOIN;
  }

  /** A client's trial starts when they join. */
  public static final String TRIAL_ON_JOIN = "ON_JOIN";

  /** A client's trial starts when they choose to start it. */
  public static final String TRIAL_ON_REQUEST = "ON_REQUEST";

  /**
   * @return days a client keeps access after a failed payment (default 7)
   */
  public int graceDays() {
    return graceDays;
  }

  /**
   * @return {@link #TRIAL_ON_JOIN} or {@link #TRIAL_ON_REQUEST}
   */
  public String trialStart() {
    return trialStart;
  }

  /**
   * @param graceDays days of access after a failed payment, 0 to 60
   * @param trialStart {@link #TRIAL_ON_JOIN} or {@link #TRIAL_ON_REQUEST}
   */
  public void billing(int graceDays, String trialStart) {
    if (!TRIAL_ON_JOIN.equals(trialStart) && !TRIAL_ON_REQUEST.equals(trialStart)) {
      throw new IllegalArgumentException("Unknown trial start: " + trialStart);
    }
    this.graceDays = graceDays;
    this.trialStart = trialStart;
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

  public int trialDays() {
    return trialDays;
  }

  public BigDecimal pricePerMonth() {
    return pricePerMonth;
  }

  public String currency() {
    return currency;
  }

  /**
   * @return the staff seats an organisation pays for; empty for a coaching business
   */
  public Optional<Integer> seats() {
    return Optional.ofNullable(seats);
  }

  /**
   * @return the email domain whose new users join this organisation by themselves
   */
  public Optional<String> emailDomain() {
    return Optional.ofNullable(emailDomain);
  }

  /**
   * @return the id of the tenant's Keycloak organisation, once known
   */
  public Optional<String> keycloakId() {
    return Optional.ofNullable(keycloakId);
  }

  public long version() {
    return version;
  }

  public void rename(String displayName) {
    this.displayName = Objects.requireNonNull(displayName, "displayName");
  }

  public void linkKeycloak(String organisationId) {
    this.keycloakId = Objects.requireNonNull(organisationId, "organisationId");
  }

  public void linkEmailDomain(String domain) {
    this.emailDomain = domain;
  }

  public void suspend() {
    this.status = TenantStatus.SUSPENDED;
  }

  public void activate() {
    this.status = TenantStatus.ACTIVE;
  }

  /**
   * @param trialDays days of free trial, 0 to 90
   * @param pricePerMonth the monthly price, not negative
   * @param currency an ISO 4217 code in capitals
   * @param seats staff seats; organisations only
   */
  public void plan(int trialDays, BigDecimal pricePerMonth, String currency, Integer seats) {
    if (seats != null && kind != TenantKind.ORGANISATION) {
      throw new IllegalArgumentException("Only an organisation pays for seats");
    }
    this.trialDays = trialDays;
    this.pricePerMonth = pricePerMonth;
    this.currency = currency;
    this.seats = seats;
  }
}
