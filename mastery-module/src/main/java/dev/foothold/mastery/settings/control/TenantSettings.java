package dev.foothold.mastery.settings.control;

import dev.foothold.mastery.calibration.control.Band;
import dev.foothold.mastery.settings.entity.SettingsRow;
import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.tenant.TenantContext;
import dev.foothold.platform.time.ClockSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The current tenant's settings for climbing: its own where it chose them, else the configured
 * defaults.
 */
@ApplicationScoped
@Transactional
public class TenantSettings {

  private static final Logger LOG = Logger.getLogger(TenantSettings.class.getName());

  @PersistenceContext(unitName = "mastery")
  EntityManager em;

  @Inject TenantContext tenant;
  @Inject CurrentUser caller;
  @Inject ClockSource clock;

  @Inject
  @ConfigProperty(name = "foothold.mastery.target-band-low", defaultValue = "0.70")
  double defaultLow;

  @Inject
  @ConfigProperty(name = "foothold.mastery.target-band-high", defaultValue = "0.85")
  double defaultHigh;

  @Inject
  @ConfigProperty(name = "foothold.mastery.own-share-threshold", defaultValue = "70")
  int defaultOwnShare;

  @Inject
  @ConfigProperty(name = "foothold.mastery.longest-pause-days", defaultValue = "28")
  int defaultLongestPause;

  @Inject
  @ConfigProperty(name = "foothold.mastery.streak-lapse-days", defaultValue = "14")
  int defaultStreakLapse;

  /**
   * A tenant's settings.
   *
   * @param band the predicted success a next challenge aims for
   * @param ownShareThreshold the own share, in percent, at or above which a success can be genuine
   * @param longestPauseDays the longest a person may pause a climb, in days
   * @param streakLapseDays days without an attempt (paused days not counted) after which a streak
   *     starts again
   * @param chosen whether the tenant chose them (false: the platform's defaults)
   */
  public record Settings(
      Band band,
      int ownShareThreshold,
      int longestPauseDays,
      int streakLapseDays,
      boolean chosen) {}

  public Settings current() {
    var row = em.find(SettingsRow.class, tenant.require().slug());
    if (row == null) {
      return new Settings(
          new Band(defaultLow, defaultHigh),
          defaultOwnShare,
          defaultLongestPause,
          defaultStreakLapse,
          false);
    }
    return new Settings(
        new Band(row.targetLow(), row.targetHigh()),
        row.ownShareThreshold(),
        row.longestPauseDays(),
        row.streakLapseDays(),
        true);
  }

  /** Replaces the tenant's settings; they apply to the next recommendation and attempt. */
  public Settings change(
      double low, double high, int ownShare, int longestPauseDays, int streakLapseDays) {
    if (low >= high) {
      throw new ProblemException(
          400,
          "band-inverted",
          "Target band is upside down",
          "The band's low end ("
              + low
              + ") must be below its high end ("
              + high
              + "), for example 0.70 to 0.85.");
    }
    var id = tenant.require().slug();
    var row = em.find(SettingsRow.class, id);
    if (row == null) {
      row = new SettingsRow(id);
      row.change(low, high, ownShare, longestPauseDays, streakLapseDays, who(), clock.now());
      em.persist(row);
    } else {
      row.change(low, high, ownShare, longestPauseDays, streakLapseDays, who(), clock.now());
    }
    LOG.info(
        () ->
            who()
                + " set "
                + id
                + "'s climbing settings: target success "
                + low
                + " to "
                + high
                + ", genuine from "
                + ownShare
                + "% own share, pauses up to "
                + longestPauseDays
                + " days, streaks lapse after "
                + streakLapseDays
                + " days");
    return current();
  }

  private String who() {
    return caller.subject().value();
  }
}
