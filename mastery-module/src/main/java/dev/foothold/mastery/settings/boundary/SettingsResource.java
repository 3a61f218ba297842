package dev.foothold.mastery.settings.boundary;

import dev.foothold.mastery.settings.control.TenantSettings;
import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.identity.TenantRoles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A tenant's climbing settings: everyone in it may read them, owners and admins change them. */
@RequestScoped
@Path("v1/t/{slug}/mastery/settings")
@Tag(name = "Ladders")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

  @Inject TenantSettings settings;

  /**
   * The settings, as read and as written.
   *
   * @param targetLow the lowest predicted success a next challenge may have, 0.50 to 0.98
   * @param targetHigh the highest, above targetLow and at most 0.99
   * @param ownShareThreshold the own share (percent) at or above which a success is genuine
   * @param longestPauseDays the longest pause a person may take, 1 to 365 days
   * @param streakLapseDays days without an attempt, paused days not counted, after which a streak
   *     starts again, 1 to 365
   * @param chosen on reading: whether the tenant chose these (false: the platform's defaults)
   */
  public record SettingsView(
      @NotNull(message = "Give the target band's low end, e.g. 0.70")
          @DecimalMin(value = "0.50", message = "The band's low end is at least 0.50")
          @DecimalMax(value = "0.98", message = "The band's low end is at most 0.98")
          Double targetLow,
      @NotNull(message = "Give the target band's high end, e.g. 0.85")
          @DecimalMin(value = "0.51", message = "The band's high end is at least 0.51")
          @DecimalMax(value = "0.99", message = "The band's high end is at most 0.99")
          Double targetHigh,
      @NotNull(message = "Give the own share that makes a success genuine, 0 to 100")
          @Min(value = 0, message = "The own-share threshold is 0 to 100")
          @Max(value = 100, message = "The own-share threshold is 0 to 100")
          Integer ownShareThreshold,
      @NotNull(message = "Give the longest pause in days, 1 to 365")
          @Min(value = 1, message = "The longest pause is 1 to 365 days")
          @Max(value = 365, message = "The longest pause is 1 to 365 days")
          Integer longestPauseDays,
      @NotNull(message = "Give the days after which an idle streak starts again, 1 to 365")
          @Min(value = 1, message = "A streak lapses after 1 to 365 days")
          @Max(value = 365, message = "A streak lapses after 1 to 365 days")
          Integer streakLapseDays,
      Boolean chosen) {

    static SettingsView of(TenantSettings.Settings s) {
      return new SettingsView(
          s.band().low(),
          s.band().high(),
          s.ownShareThreshold(),
          s.longestPauseDays(),
          s.streakLapseDays(),
          s.chosen());
    }
  }

  @GET
  @Operation(summary = "The tenant's climbing settings")
  public SettingsView read() {
    return SettingsView.of(settings.current());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @TenantRoles({TenantRole.OWNER, TenantRole.ADMIN})
  @Operation(
      summary =
          "Change the target band, the own-share threshold, the longest pause and streak lapse")
  public SettingsView change(
      @Valid @NotNull(message = "Send the settings as JSON") SettingsView change) {
    return SettingsView.of(
        settings.change(
            change.targetLow(),
            change.targetHigh(),
            change.ownShareThreshold(),
            change.longestPauseDays(),
            change.streakLapseDays()));
  }
}
