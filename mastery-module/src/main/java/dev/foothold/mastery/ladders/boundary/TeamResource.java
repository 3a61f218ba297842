package dev.foothold.mastery.ladders.boundary;

import dev.foothold.mastery.MasteryModule;
import dev.foothold.mastery.ladders.control.Climbing;
import dev.foothold.mastery.ladders.control.Pauses;
import dev.foothold.mastery.ladders.control.Suggestions;
import dev.foothold.platform.entitlement.Gated;
import dev.foothold.platform.identity.People;
import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.identity.TenantRoles;
import dev.foothold.platform.problem.ProblemException;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * For the people who run training (managers, coaches, admins, owners): assigning ladders to people
 * and groups, suggesting them, and where each person stands. They see rungs, streaks and dates,
 * never anyone's notes.
 */
@Gated(MasteryModule.LADDERS_KEY)
@RequestScoped
@Path("v1/t/{slug}/team")
@Tag(name = "Team")
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles({TenantRole.MANAGER, TenantRole.COACH, TenantRole.ADMIN, TenantRole.OWNER})
public class TeamResource {

  @Inject Climbing climbing;
  @Inject Suggestions suggestions;
  @Inject Pauses pauses;
  @Inject People people;

  /**
   * @param ladderId the ladder version to climb
   * @param person the subject of the member it is for; or give group
   * @param group the name of a group: everyone in it who is not already climbing the ladder
   * @param dueOn the date it should be done by, as yyyy-mm-dd, if any
   */
  public record Assignment(
      @NotBlank(message = "Choose a ladder")
          @Size(max = 64, message = "A ladder id has at most 64 characters")
          String ladderId,
      @Size(max = 255, message = "A person's id has at most 255 characters") String person,
      @Size(max = 80, message = "A group's name has at most 80 characters") String group,
      @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "A date reads yyyy-mm-dd")
          String dueOn) {}

  /**
   * What assigning a ladder to a group did.
   *
   * @param assigned the climbs started, one per member
   * @param skipped members passed over, and why
   */
  public record GroupResult(List<Standing> assigned, List<Passed> skipped) {}

  /**
   * @param person whom
   * @param name their name
   * @param why why they were passed over
   */
  public record Passed(String person, String name, String why) {}

  /**
   * @param ladderId the ladder version suggested
   * @param person the subject of the member it is for
   * @param note a word to them about why, if any
   */
  public record SuggestionInput(
      @NotBlank(message = "Choose a ladder")
          @Size(max = 64, message = "A ladder id has at most 64 characters")
          String ladderId,
      @NotBlank(message = "Say whom it is for")
          @Size(max = 255, message = "A person's id has at most 255 characters")
          String person,
      @Size(max = 1000, message = "A note has at most 1000 characters") String note) {}

  /**
   * Where one person stands on one ladder.
   *
   * @param climb the climb
   * @param person whose it is
   * @param name their name
   * @param groups the groups they are in
   * @param skill the ladder's skill
   * @param currentRung their rung
   * @param rungs the ladder's rungs
   * @param streak their streak there, as it counts now
   * @param status CLIMBING or COMPLETED
   * @param paused whether the climb stands still now (paused or on hold)
   * @param lastActivity their last attempt, if any
   * @param dueOn when it is due, if assigned with a date
   * @param pausedDays days it has stood still, which push the due date back
   * @param overdue whether it is past due (paused days added) and unfinished
   */
  public record Standing(
      String climb,
      String person,
      String name,
      List<String> groups,
      String skill,
      int currentRung,
      int rungs,
      int streak,
      String status,
      boolean paused,
      Instant lastActivity,
      LocalDate dueOn,
      long pausedDays,
      boolean overdue) {

    static Standing of(Climbing.Progress p) {
      var s = p.situation();
      var c = s.climb();
      return new Standing(
          c.id().toString(),
          c.person(),
          p.person().name(),
          p.person().groups().stream().sorted().toList(),
          c.ladder().skill(),
          c.currentRung(),
          c.ladder().rungs().size(),
          s.streak(),
          c.status().name(),
          s.pause().isPresent(),
          p.lastActivity().orElse(null),
          c.dueOn().orElse(null),
          s.pausedDays(),
          s.overdue());
    }
  }

  @POST
  @Path("assignments")
  @Consumes(MediaType.APPLICATION_JSON)
  @TenantRoles({TenantRole.MANAGER, TenantRole.ADMIN, TenantRole.OWNER})
  @Operation(
      summary = "Assign a ladder to a member or to everyone in a group, optionally by a date")
  public Response assign(
      @Valid @NotNull(message = "Send the assignment as JSON") Assignment assignment) {
    boolean toPerson = assignment.person() != null && !assignment.person().isBlank();
    boolean toGroup = assignment.group() != null && !assignment.group().isBlank();
    if (toPerson == toGroup) {
      throw new ProblemException(
          400,
          "person-or-group",
          "Say whom it is for",
          "Assign a ladder either to one person or to one group.");
    }
    var ladder = Ids.parse(assignment.ladderId(), "ladder");
    var dueOn = assignment.dueOn() == null ? null : Ids.date(assignment.dueOn());
    if (toPerson) {
      var climb = climbing.assign(ladder, assignment.person(), dueOn);
      return Response.status(201).entity(ClimbView.of(climbing.situation(climb), null)).build();
    }
    var result = climbing.assignGroup(ladder, assignment.group(), dueOn);
    var situations =
        climbing.situations(result.assigned().stream().map(Climbing.Assigned::climb).toList());
    var assigned =
        java.util.stream.IntStream.range(0, situations.size())
            .mapToObj(
                i ->
                    Standing.of(
                        new Climbing.Progress(
                            situations.get(i),
                            result.assigned().get(i).person(),
                            java.util.Optional.empty())))
            .toList();
    var skipped =
        result.skipped().stream()
            .map(s -> new Passed(s.person().subject().value(), s.person().name(), s.why()))
            .toList();
    return Response.status(201).entity(new GroupResult(assigned, skipped)).build();
  }

  @POST
  @Path("suggestions")
  @Consumes(MediaType.APPLICATION_JSON)
  @TenantRoles({TenantRole.COACH, TenantRole.ADMIN, TenantRole.OWNER})
  @Operation(summary = "Suggest a ladder to a member, who may start it or decline")
  public Response suggest(
      @Valid @NotNull(message = "Send the suggestion as JSON") SuggestionInput suggestion) {
    var made =
        suggestions.suggest(
            Ids.parse(suggestion.ladderId(), "ladder"), suggestion.person(), suggestion.note());
    return Response.status(201).entity(SuggestionView.of(made)).build();
  }

  @POST
  @Path("people/{person}/holds/release")
  @TenantRoles({TenantRole.COACH, TenantRole.ADMIN, TenantRole.OWNER})
  @Operation(summary = "Lift every hold on a member's climbs, after talking with them")
  public HoldsReleased releaseHolds(@PathParam("person") String person) {
    if (people.member(new SubjectId(person)).isEmpty()) {
      throw new ProblemException(
          404,
          "member-not-found",
          "No such member",
          "Nobody with id " + person + " is a member here.");
    }
    return new HoldsReleased(pauses.releaseAll(person));
  }

  /**
   * @param lifted how many holds were lifted
   */
  public record HoldsReleased(int lifted) {}

  @GET
  @Path("climbs")
  @Operation(
      summary =
          "Every member's ladder, rung, streak, last activity, pause and overdue flag, by name")
  public List<Standing> standings() {
    return climbing.everyone().stream().map(Standing::of).toList();
  }
}
