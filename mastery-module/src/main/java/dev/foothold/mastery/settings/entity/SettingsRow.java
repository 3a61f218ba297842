package dev.foothold.mastery.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The settings a tenant chose; a tenant that chose none has no row. */
@Entity
@Table(name = "settings")
public class SettingsRow {

  // the tenant is the key (one row per tenant), always the current one: row-level security
  // refuses any other, and the settings are only ever read by key
  @Id
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenant;

  @Column(name = "target_low", nullable = false)
  private double targetLow;

  @Column(name = "target_high", nullable = false)
  private double targetHigh;

  @Column(name = "own_share_threshold", nullable = false)
  private int ownShareThreshold;

  @Column(name = "longest_pause_days", nullable = false)
  private int longestPauseDays;

  @Column(name = "streak_lapse_days", nullable = false)
  private int streakLapseDays;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SettingsRow() {}

  public SettingsRow(String tenant) {
    this.tenant = tenant;
  }

  public void change(
      double targetLow,
      double targetHigh,
      int ownShareThreshold,
      int longestPauseDays,
      int streakLapseDays,
      String by,
      Instant at) {
    this.targetLow = targetLow;
    this.targetHigh = targetHigh;
    this.ownShareThreshold = ownShareThreshold;
    this.longestPauseDays = longestPauseDays;
    this.streakLapseDays = streakLapseDays;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public double targetLow() {
    return targetLow;
  }

  public double targetHigh() {
    return targetHigh;
  }

  public int ownShareThreshold() {
    return ownShareThreshold;
  }

  public int longestPauseDays() {
    return longestPauseDays;
  }

  public int streakLapseDays() {
    return streakLapseDays;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
