package dev.foothold.mastery.ladders.boundary;

import dev.foothold.mastery.ladders.control.Climbing;
import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.identity.TenantRoles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * For the people who run training (managers, coaches, admins, owners): assigning ladders, and where
 * each person stands. They see rungs, streaks and dates, never anyone's notes.
 */
@RequestScoped
@Path("v1/t/{slug}/team")
@Tag(name = "Team")
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles({TenantRole.MANAGER, TenantRole.COACH, TenantRole.ADMIN, TenantRole.OWNER})
public class TeamResource {

  @Inject Climbing climbing;

  /**
   * @param ladderId the ladder version to climb
   * @param person the subject of the person it is for
   * @param dueOn the date it should be done by, as yyyy-mm-dd, if any
   */
  public record Assignment(
      @NotBlank(message = "Choose a ladder") String ladderId,
      @NotBlank(message = "Say whom it is for")
          @Size(max = 255, message = "A person's id has at most 255 characters")
          String person,
      @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "A date reads yyyy-mm-dd")
          String dueOn) {}

  /**
   * Where one person stands on one ladder.
   *
   * @param climb the climb
   * @param person whose it is
   * @param skill the ladder's skill
   * @param currentRung their rung
   * @param rungs the ladder's rungs
   * @param streak their streak there
   * @param status CLIMBING or COMPLETED
   * @param lastActivity their last attempt, if any
   * @param dueOn when it is due, if assigned with a date
   * @param overdue whether it is past due and unfinished
   */
  public record Standing(
      String climb,
      String person,
      String skill,
      int currentRung,
      int rungs,
      int streak,
      String status,
      Instant lastActivity,
      LocalDate dueOn,
      boolean overdue) {}

  @POST
  @Path("assignments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Assign a ladder to a person, optionally by a date")
  public Response assign(
      @Valid @NotNull(message = "Send the assignment as JSON") Assignment assignment) {
    var climb =
        climbing.assign(
            Ids.parse(assignment.ladderId(), "ladder"),
            assignment.person(),
            assignment.dueOn() == null ? null : LocalDate.parse(assignment.dueOn()));
    return Response.status(201).entity(ClimbView.of(climb, null)).build();
  }

  @GET
  @Path("climbs")
  @Operation(summary = "Every person's ladder, rung, streak, last activity and overdue flag")
  public List<Standing> standings() {
    return climbing.everyone().stream()
        .map(
            p ->
                new Standing(
                    p.climb().id().toString(),
                    p.climb().person(),
                    p.climb().ladder().skill(),
                    p.climb().currentRung(),
                    p.climb().ladder().rungs().size(),
                    p.climb().streak(),
                    p.climb().status().name(),
                    p.lastActivity().orElse(null),
                    p.climb().dueOn().orElse(null),
                    p.overdue()))
        .toList();
  }
}
