package dev.foothold.mastery.ladders.boundary;

import dev.foothold.mastery.MasteryModule;
import dev.foothold.mastery.evidence.boundary.EvidenceLog;
import dev.foothold.mastery.ladders.control.Climbing;
import dev.foothold.mastery.ladders.control.Pauses;
import dev.foothold.mastery.ladders.entity.AttemptOutcome;
import dev.foothold.mastery.ladders.entity.Climb;
import dev.foothold.mastery.ladders.entity.Help;
import dev.foothold.mastery.ladders.entity.ToolUse;
import dev.foothold.platform.entitlement.Gated;
import dev.foothold.platform.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own climbs and the attempts that move them up. Nobody sees another person's climb
 * here.
 */
@Gated(MasteryModule.LADDERS_KEY)
@RequestScoped
@Path("v1/t/{slug}/climbs")
@Tag(name = "Climbs")
@Produces(MediaType.APPLICATION_JSON)
public class ClimbsResource {

  @Inject Climbing climbing;
  @Inject Pauses pauses;
  @Inject EvidenceLog evidence;
  @Context UriInfo uri;

  /**
   * @param ladderId the ladder version to climb
   * @param startRung where to start (default 1); or leave it out and give selfRatings
   * @param selfRatings honest ratings of rungs 1, 2, … in order: the climb starts one notch above
   *     the highest comfortable one
   */
  public record Start(
      @NotBlank(message = "Choose a ladder")
          @Size(max = 64, message = "A ladder id has at most 64 characters")
          String ladderId,
      @Min(value = 1, message = "Rungs start at 1")
          @Max(value = 30, message = "A ladder has at most 30 rungs")
          Integer startRung,
      @Size(max = 20, message = "Rate at most the first 20 rungs")
          List<@Valid @NotNull(message = "Rate each rung") SelfRatingInput> selfRatings) {}

  /**
   * @param until the last day of the pause, yyyy-mm-dd (UTC); the tenant's longest pause when
   *     absent
   * @param reason why, if the person wants to say (illness, holiday)
   */
  public record PauseInput(
      @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "A date reads yyyy-mm-dd") String until,
      @Size(max = 500, message = "A reason has at most 500 characters") String reason) {}

  /**
   * @param attempt the attempt as recorded
   * @param genuine whether a success was the person's own doing, with effort
   * @param registered whether its debrief is complete: only a registered genuine success counts
   * @param debriefMissing the debrief answers its outcome still asks for
   * @param evidence its entry in the person's evidence log
   * @param verdict whether it counted, and why, in plain words
   * @param advanced whether it moved the climb up
   * @param climb the climb now, with the next challenge
   */
  public record AttemptResult(
      String attempt,
      boolean genuine,
      boolean registered,
      List<String> debriefMissing,
      String evidence,
      String verdict,
      boolean advanced,
      ClimbView climb) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start climbing a ladder")
  public Response start(@Valid @NotNull(message = "Send the start as JSON") Start start) {
    if (start.startRung() != null
        && start.selfRatings() != null
        && !start.selfRatings().isEmpty()) {
      throw new ProblemException(
          400,
          "start-or-ratings",
          "Choose a rung or rate the rungs",
          "Give either the rung to start on or your ratings of the first rungs, not both.");
    }
    evidence.requireMayClimb();
    var started =
        climbing.start(
            Ids.parse(start.ladderId(), "ladder"),
            start.startRung(),
            SelfRatingInput.of(start.selfRatings()));
    var climb = started.climb();
    return Response.created(uri.getAbsolutePathBuilder().path(climb.id().toString()).build())
        .entity(
            ClimbView.of(
                climbing.situation(climb),
                climbing.recommendation(climb),
                started.placement().orElse(null)))
        .build();
  }

  @GET
  @Operation(summary = "Your climbs")
  public List<ClimbView> mine() {
    return climbing.mine().stream().map(c -> ClimbView.of(c, null)).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One of your climbs, with the recommended next challenge and why")
  public ClimbView one(@PathParam("id") String id) {
    return view(climbing.mine(Ids.parse(id, "climb")));
  }

  @POST
  @Path("{id}/pause")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Pause a climb (illness, holiday) up to the tenant's longest pause; paused days never"
              + " break a streak")
  public ClimbView pause(
      @PathParam("id") String id,
      @Valid @NotNull(message = "Send the pause as JSON") PauseInput pause) {
    return view(
        pauses.pause(
            Ids.parse(id, "climb"),
            pause.until() == null ? null : Ids.date(pause.until()),
            pause.reason()));
  }

  @POST
  @Path("{id}/resume")
  @Operation(summary = "End your pause of a climb now")
  public ClimbView resume(@PathParam("id") String id) {
    return view(pauses.resume(Ids.parse(id, "climb")));
  }

  private ClimbView view(Climb climb) {
    var situation = climbing.situation(climb);
    return ClimbView.of(
        situation,
        climb.status() == Climb.Status.CLIMBING && situation.pause().isEmpty()
            ? climbing.recommendation(climb)
            : null);
  }

  @POST
  @Path("{id}/attempts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Record an attempt at your current rung, with its debrief; it becomes an entry of your"
              + " evidence log")
  @Transactional
  public Response attempt(
      @PathParam("id") String id,
      @Valid @NotNull(message = "Send the attempt as JSON") AttemptInput attempt) {
    var help = Help.valueOf(attempt.help());
    if (help == Help.AI_TOOL && attempt.toolUse() == null) {
      throw new ProblemException(
          400,
          "tool-use-required",
          "Say how the tool was used",
          "With an AI tool, say whether you made your own attempt first (OWN_ATTEMPT_FIRST) or the tool produced it (TOOL_PRODUCED).");
    }
    var climbId = Ids.parse(id, "climb");
    var checkIn = evidence.checkIn(attempt.checkInId());
    var missing = evidence.missing(attempt.outcome(), attempt.debrief());
    var result =
        climbing.record(
            climbId,
            new Climbing.Report(
                AttemptOutcome.valueOf(attempt.outcome()),
                attempt.effort(),
                attempt.feltDifficulty(),
                attempt.confidenceBefore(),
                help,
                attempt.ownShare(),
                attempt.toolUse() == null ? null : ToolUse.valueOf(attempt.toolUse()),
                missing.isEmpty()));
    // only now: someone else's climb is absent (404) whether or not the caller answered the
    // screen, and the climb is loaded only after record() has locked its row; refusing here
    // undoes the attempt
    evidence.requireMayClimb();
    var logged = result.attempt();
    var climb = result.climb().climb();
    var entry =
        evidence.attempt(
            new EvidenceLog.AttemptFacts(
                climb.id(),
                climb.ladder().id(),
                climb.ladder().skill(),
                climb.ladder().lifeDomain().name(),
                logged.id(),
                logged.rung(),
                climb.ladder().rung(logged.rung()).title(),
                logged.outcome().name(),
                logged.genuine(),
                logged.effort(),
                attempt.ownShare(),
                attempt.confidenceBefore()),
            attempt.debrief(),
            attempt.confidenceAfter(),
            checkIn);
    var verdict = result.verdict();
    if (!entry.missing().isEmpty()) {
      verdict += " Your debrief still needs: " + String.join(", ", entry.missing()) + ".";
    }
    return Response.status(201)
        .entity(
            new AttemptResult(
                logged.id().toString(),
                logged.genuine(),
                entry.registered(),
                entry.missing(),
                entry.entry().toString(),
                verdict,
                result.advanced(),
                ClimbView.of(result.climb(), result.next())))
        .build();
  }
}
