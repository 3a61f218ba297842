package dev.foothold.mastery.ladders.boundary;

import dev.foothold.mastery.MasteryModule;
import dev.foothold.mastery.evidence.boundary.EvidenceLog;
import dev.foothold.mastery.ladders.control.Climbing;
import dev.foothold.mastery.ladders.control.Suggestions;
import dev.foothold.platform.entitlement.Gated;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Ladders a coach suggested to the caller: start one, or decline it. */
@Gated(MasteryModule.LADDERS_KEY)
@RequestScoped
@Path("v1/t/{slug}/suggestions")
@Tag(name = "Climbs")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionsResource {

  @Inject Suggestions suggestions;
  @Inject Climbing climbing;
  @Inject EvidenceLog evidence;

  /**
   * @param selfRatings honest ratings of the ladder's first rungs, to start one notch above the
   *     highest comfortable one; absent: start on rung 1
   */
  public record Acceptance(
      @Size(max = 20, message = "Rate at most the first 20 rungs")
          List<@Valid @NotNull(message = "Rate each rung") SelfRatingInput> selfRatings) {}

  @GET
  @Operation(summary = "Ladders suggested to you, waiting for your answer")
  public List<SuggestionView> mine() {
    return suggestions.mine().stream().map(SuggestionView::of).toList();
  }

  @POST
  @Path("{id}/accept")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start the suggested ladder, placed by your ratings if you give them")
  @Transactional
  public Response accept(@PathParam("id") String id, @Valid Acceptance acceptance) {
    var started =
        suggestions.accept(
            Ids.parse(id, "suggestion"),
            SelfRatingInput.of(acceptance == null ? null : acceptance.selfRatings()));
    // after the suggestion is found to be the caller's; refusing undoes the start
    evidence.requireMayClimb();
    var climb = started.climb();
    return Response.status(201)
        .entity(
            ClimbView.of(
                climbing.situation(climb),
                climbing.recommendation(climb),
                started.placement().orElse(null)))
        .build();
  }

  @POST
  @Path("{id}/decline")
  @Operation(summary = "Decline a suggested ladder")
  public Response decline(@PathParam("id") String id) {
    suggestions.decline(Ids.parse(id, "suggestion"));
    return Response.noContent().build();
  }
}
