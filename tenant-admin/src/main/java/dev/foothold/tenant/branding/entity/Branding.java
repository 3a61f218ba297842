package dev.foothold.tenant.branding.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * A tenant's look. Keyed by the tenant itself: the store always reads and writes the current
 * tenant's row, and row-level security confines every statement to it.
 */
@Entity
@Table(name = "branding")
public class Branding {

  @Id
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenant;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "primary_color", nullable = false)
  private String primaryColor;

  @Column(name = "primary_text_color", nullable = false)
  private String primaryTextColor;

  @Column(name = "accent_color", nullable = false)
  private String accentColor;

  @Column(name = "accent_text_color", nullable = false)
  private String accentTextColor;

  @Column(name = "support_email")
  private String supportEmail;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "logo")
  private byte[] logo;

  @Column(name = "logo_media_type")
  private String logoMediaType;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Branding() {}

  public Branding(String tenant) {
    this.tenant = tenant;
  }

  /** Sets the look; colours are {@code #RRGGBB} in capitals, already checked for contrast. */
  public void look(
      String displayName,
      String primaryColor,
      String primaryTextColor,
      String accentColor,
      String accentTextColor,
      String supportEmail,
      Instant at) {
    this.displayName = displayName;
    this.primaryColor = primaryColor;
    this.primaryTextColor = primaryTextColor;
    this.accentColor = accentColor;
    this.accentTextColor = accentTextColor;
    this.supportEmail = supportEmail;
    this.updatedAt = at;
  }

  public void logo(byte[] bytes, String mediaType, Instant at) {
    this.logo = bytes;
    this.logoMediaType = mediaType;
    this.updatedAt = at;
  }

  public String displayName() {
    return displayName;
  }

  public String primaryColor() {
    return primaryColor;
  }

  public String primaryTextColor() {
    return primaryTextColor;
  }

  public String accentColor() {
    return accentColor;
  }

  public String accentTextColor() {
    return accentTextColor;
  }

  public Optional<String> supportEmail() {
    return Optional.ofNullable(supportEmail);
  }

  public Optional<byte[]> logo() {
    return Optional.ofNullable(logo);
  }

  public Optional<String> logoMediaType() {
    return Optional.ofNullable(logoMediaType);
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public boolean styled() {
    return primaryColor != null;
  }
}
