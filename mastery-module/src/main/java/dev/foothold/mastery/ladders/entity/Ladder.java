package dev.foothold.mastery.ladders.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One version of a ladder template. Editing a template that people climb makes a new version in the
 * same family; the climbers keep the version they started.
 */
@Entity
@Table(name = "ladder")
public class Ladder {

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenant;

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Column(name = "family", nullable = false, updatable = false)
  private UUID family;

  @Column(name = "version", nullable = false, updatable = false)
  private int version;

  @Column(name = "skill", nullable = false, updatable = false)
  private String skill;

  @Enumerated(EnumType.STRING)
  @Column(name = "life_domain", nullable = false, updatable = false)
  private LifeDomain lifeDomain;

  @Column(name = "description", updatable = false)
  private String description;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "ladder", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
  @OrderBy("position")
  private List<Rung> rungs = new ArrayList<>();

  protected Ladder() {}

  public Ladder(
      UUID family,
      int version,
      String skill,
      LifeDomain lifeDomain,
      String description,
      String createdBy,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.family = family;
    this.version = version;
    this.skill = skill;
    this.lifeDomain = lifeDomain;
    this.description = description;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Rung addRung(
      String title,
      String task,
      String successCriteria,
      Stakes stakes,
      int streakNeeded,
      Integer minEffort,
      double difficulty) {
    var rung =
        new Rung(
            this,
            rungs.size() + 1,
            title,
            task,
            successCriteria,
            stakes,
            streakNeeded,
            minEffort,
            difficulty);
    rungs.add(rung);
    return rung;
  }

  public UUID id() {
    return id;
  }

  public UUID family() {
    return family;
  }

  public int version() {
    return version;
  }

  public String skill() {
    return skill;
  }

  public LifeDomain lifeDomain() {
    return lifeDomain;
  }

  public String description() {
    return description;
  }

  public String createdBy() {
    return createdBy;
  }

  public List<Rung> rungs() {
    return List.copyOf(rungs);
  }

  /**
   * @param position 1-based
   */
  public Rung rung(int position) {
    return rungs.get(position - 1);
  }
}
