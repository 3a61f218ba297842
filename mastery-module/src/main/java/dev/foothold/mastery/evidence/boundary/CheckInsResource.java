package dev.foothold.mastery.evidence.boundary;

import dev.foothold.mastery.evidence.control.Efficacy;
import dev.foothold.mastery.evidence.control.Journal;
import dev.foothold.mastery.evidence.control.Preparation;
import dev.foothold.mastery.evidence.entity.Draft;
import dev.foothold.mastery.evidence.entity.Kind;
import dev.foothold.platform.identity.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An optional check-in before an attempt: how activated the person feels and, if they like, how
 * confident; answered with a way to read the arousal as readiness and their pre-performance review.
 * Never gated.
 */
@RequestScoped
@Path("v1/t/{slug}/me/check-ins")
@Tag(name = "Evidence")
@Produces(MediaType.APPLICATION_JSON)
public class CheckInsResource {

  @Inject Journal journal;
  @Inject Preparation preparation;
  @Inject CurrentUser caller;
  @Inject CallersClimbs climbs;

  /**
   * @param activation how activated you feel, 1 (flat) to 10 (racing)
   * @param confidence how confident you are in the skill now, 0 to 100, if you want to say
   * @param skill the skill of the coming challenge
   * @param lifeDomain its life domain
   * @param climbId the climb it is for, if any
   * @param note anything else, in your words
   */
  public record CheckInInput(
      @NotNull(message = "Rate how activated you feel from 1 to 10")
          @Min(value = 1, message = "Activation is 1 to 10")
          @Max(value = 10, message = "Activation is 1 to 10")
          Integer activation,
      @Min(value = 0, message = "Confidence is 0 to 100")
          @Max(value = 100, message = "Confidence is 0 to 100")
          Integer confidence,
      @Size(max = 120, message = "A skill has at most 120 characters") String skill,
      @Pattern(
              regexp = "PROFESSIONAL|ATHLETIC|SOCIAL|PERSONAL",
              message = "The life domain is PROFESSIONAL, ATHLETIC, SOCIAL or PERSONAL")
          String lifeDomain,
      @Pattern(
              regexp =
                  "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
              message = "A climb id is a UUID, such as 3f2a0c1e-5b7d-4c8e-9f10-2a3b4c5d6e7f")
          String climbId,
      @Size(max = 1000, message = "A note has at most 1000 characters") String note) {}

  /**
   * @param checkIn its entry in your log: send it as checkInId with the attempt
   * @param reappraisal a way to read how you feel as readiness
   * @param review past successes worth recalling now
   */
  public record CheckedIn(String checkIn, String reappraisal, List<ReviewItem> review) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Check in before an attempt: activation 1 to 10, optional confidence; get a reappraisal"
              + " prompt and your pre-performance review")
  public Response checkIn(@Valid @NotNull(message = "Send the check-in as JSON") CheckInInput in) {
    var me = caller.subject().value();
    var climb = in.climbId() == null ? null : UUID.fromString(in.climbId());
    if (climb != null) {
      climbs.requireOwn(climb); // another person's or another tenant's climb names nothing
    }
    var words = new HashMap<String, String>();
    DebriefInput.put(words, "note", in.note());
    var skill = in.skill() == null || in.skill().isBlank() ? null : in.skill().strip();
    var entry =
        journal.append(
            me,
            new Draft(
                Kind.CHECK_IN,
                skill,
                in.lifeDomain(),
                null,
                climb,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                in.confidence(),
                null,
                in.activation(),
                null,
                null,
                null,
                null,
                words));
    var review =
        skill == null && in.lifeDomain() == null
            ? List.<ReviewItem>of()
            : ReviewItem.of(preparation.review(me, skill, in.lifeDomain()));
    return Response.status(201)
        .entity(new CheckedIn(entry.id().toString(), Efficacy.reappraisal(in.activation()), review))
        .build();
  }
}
