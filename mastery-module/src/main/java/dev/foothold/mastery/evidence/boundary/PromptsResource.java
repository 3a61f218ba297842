package dev.foothold.mastery.evidence.boundary;

import dev.foothold.mastery.evidence.control.Debriefs;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The questions of a debrief after each outcome, and of the success inventory. */
@RequestScoped
@Path("v1/t/{slug}/evidence")
@Tag(name = "Evidence")
@Produces(MediaType.APPLICATION_JSON)
public class PromptsResource {

  @GET
  @Path("prompts")
  @Operation(
      summary =
          "The debrief's questions after an outcome: what you did and what it shows after a"
              + " success, what you learned and will change after a not-yet")
  public List<Debriefs.Prompt> prompts(
      @QueryParam("outcome")
          @NotNull(message = "Say which outcome: SUCCESS, PARTIAL or NOT_YET")
          @Pattern(
              regexp = "SUCCESS|PARTIAL|NOT_YET",
              message = "The outcome is SUCCESS, PARTIAL or NOT_YET")
          String outcome) {
    return Debriefs.prompts(outcome);
  }

  @GET
  @Path("recall-prompts")
  @Operation(summary = "The questions that help recall a past success for the inventory")
  public List<Debriefs.Prompt> recallPrompts() {
    return Debriefs.recallPrompts();
  }
}
