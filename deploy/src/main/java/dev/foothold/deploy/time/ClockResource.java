package dev.foothold.deploy.time;

import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.time.ClockSource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The platform's clock. Anyone signed in may read it; only a platform operator may move it, and
 * only where {@code foothold.clock.adjustable} is true — a switch for test deployments, so trial
 * boundaries and streaks can be tested in seconds. Elsewhere moving it answers 404.
 */
@RequestScoped
@Path("v1/clock")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
public class ClockResource {

  private static final Logger LOG = Logger.getLogger(ClockResource.class.getName());

  @Inject ClockSource clock;
  @Inject SystemClockSource system;
  @Inject CurrentUser user;

  @Inject
  @ConfigProperty(name = "foothold.clock.adjustable", defaultValue = "false")
  boolean adjustable;

  /**
   * @param now the platform's time
   * @param offsetSeconds how far it runs ahead of the machine's clock
   */
  public record ClockView(Instant now, long offsetSeconds) {}

  /**
   * @param offsetSeconds how far the clock should run ahead of the machine's (negative: behind)
   */
  public record Adjustment(
      @NotNull(message = "Give offsetSeconds")
          @Min(value = -MAX_OFFSET_SECONDS, message = "The clock moves at most ten years back")
          @Max(value = MAX_OFFSET_SECONDS, message = "The clock moves at most ten years ahead")
          Long offsetSeconds) {}

  /** Ten years: further than any test of trials, periods and reminders needs. */
  static final long MAX_OFFSET_SECONDS = 10L * 366 * 24 * 3600;

  @GET
  @Operation(summary = "The platform's time")
  public ClockView read() {
    return new ClockView(clock.now(), system.offset().toSeconds());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Move the clock (test deployments only)")
  public ClockView adjust(@Valid @NotNull(message = "Send the adjustment as JSON") Adjustment a) {
    if (!adjustable || !user.hasRole("platform-operator")) {
      throw new ProblemException(404, "not-found", "Not found", "There is nothing here to change.");
    }
    system.offset(Duration.ofSeconds(a.offsetSeconds()));
    LOG.warning(() -> "The platform clock was moved to run " + a.offsetSeconds() + " s ahead");
    return read();
  }
}
