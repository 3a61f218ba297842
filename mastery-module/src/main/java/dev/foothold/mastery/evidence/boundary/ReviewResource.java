package dev.foothold.mastery.evidence.boundary;

import dev.foothold.mastery.evidence.control.Preparation;
import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pre-performance review: past successes to recall before a challenge. Never gated. */
@RequestScoped
@Path("v1/t/{slug}/me/review")
@Tag(name = "Evidence")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

  @Inject Preparation preparation;
  @Inject CurrentUser caller;

  @GET
  @Operation(
      summary =
          "Before a challenge: your most relevant genuine past successes (same skill, then same"
              + " part of life; effortful, your own doing; recent first), in your own words")
  public List<ReviewItem> review(
      @QueryParam("skill") @Size(max = 120, message = "A skill has at most 120 characters")
          String skill,
      @QueryParam("lifeDomain")
          @Pattern(
              regexp = "PROFESSIONAL|ATHLETIC|SOCIAL|PERSONAL",
              message = "The life domain is PROFESSIONAL, ATHLETIC, SOCIAL or PERSONAL")
          String lifeDomain) {
    if ((skill == null || skill.isBlank()) && lifeDomain == null) {
      throw new ProblemException(
          400,
          "review-needs-a-challenge",
          "Which challenge?",
          "Name the skill or the life domain of the challenge coming up.");
    }
    return ReviewItem.of(preparation.review(caller.subject().value(), skill, lifeDomain));
  }
}
