package dev.foothold.mastery.ladders.boundary;

import dev.foothold.mastery.ladders.control.Climbing;
import dev.foothold.mastery.ladders.entity.AttemptOutcome;
import dev.foothold.mastery.ladders.entity.Help;
import dev.foothold.mastery.ladders.entity.ToolUse;
import dev.foothold.platform.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
@RequestScoped
@Path("v1/t/{slug}/climbs")
@Tag(name = "Climbs")
@Produces(MediaType.APPLICATION_JSON)
public class ClimbsResource {

  @Inject Climbing climbing;
  @Context UriInfo uri;

  /**
   * @param ladderId the ladder version to climb
   * @param startRung where to start, one notch above comfortable (default 1)
   */
  public record Start(
      @NotBlank(message = "Choose a ladder") String ladderId,
      @Min(value = 1, message = "Rungs start at 1") Integer startRung) {}

  /**
   * @param attempt the attempt as recorded
   * @param verdict whether it counted, and why, in plain words
   * @param advanced whether it moved the climb up
   * @param climb the climb now, with the next challenge
   */
  public record AttemptResult(
      String attempt, boolean genuine, String verdict, boolean advanced, ClimbView climb) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start climbing a ladder")
  public Response start(@Valid @NotNull(message = "Send the start as JSON") Start start) {
    var climb =
        climbing.start(
            Ids.parse(start.ladderId(), "ladder"),
            start.startRung() == null ? 1 : start.startRung());
    return Response.created(uri.getAbsolutePathBuilder().path(climb.id().toString()).build())
        .entity(ClimbView.of(climb, climbing.recommendation(climb)))
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
    var climb = climbing.mine(Ids.parse(id, "climb"));
    return ClimbView.of(
        climb, climb.status().name().equals("CLIMBING") ? climbing.recommendation(climb) : null);
  }

  @POST
  @Path("{id}/attempts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record an attempt at your current rung")
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
    var result =
        climbing.record(
            Ids.parse(id, "climb"),
            new Climbing.Report(
                AttemptOutcome.valueOf(attempt.outcome()),
                attempt.effort(),
                attempt.feltDifficulty(),
                attempt.confidenceBefore(),
                help,
                attempt.ownShare(),
                attempt.toolUse() == null ? null : ToolUse.valueOf(attempt.toolUse())));
    return Response.status(201)
        .entity(
            new AttemptResult(
                result.attempt().id().toString(),
                result.attempt().genuine(),
                result.verdict(),
                result.advanced(),
                ClimbView.of(result.climb(), result.next())))
        .build();
  }
}
