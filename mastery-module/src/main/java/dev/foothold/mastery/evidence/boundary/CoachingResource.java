package dev.foothold.mastery.evidence.boundary;

import dev.foothold.mastery.evidence.control.Coaching;
import dev.foothold.mastery.evidence.control.Screenings;
import dev.foothold.mastery.evidence.entity.CoachNotice;
import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.identity.People;
import dev.foothold.platform.identity.Person;
import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.identity.TenantRoles;
import dev.foothold.platform.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * For coaches: notices about their people (a positive screen), reading a person's screen answers
 * (each read recorded), lifting a screen's hold after talking with them (also owners and admins),
 * and feedback on one entry.
 */
@RequestScoped
@Path("v1/t/{slug}/coaching")
@Tag(name = "Coaching")
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles(TenantRole.COACH)
public class CoachingResource {

  @Inject Screenings screenings;
  @Inject Coaching coaching;
  @Inject People people;
  @Inject CurrentUser caller;

  /**
   * @param skill the skill the entry shows
   * @param text the feedback: it must point to something the person did in this entry
   */
  public record FeedbackInput(
      @NotBlank(message = "Name the skill this entry shows")
          @Size(max = 120, message = "A skill has at most 120 characters")
          String skill,
      @NotBlank(message = "Write the feedback")
          @Size(max = 2000, message = "Feedback has at most 2000 characters")
          String text) {}

  /** A notice to coaches about one person. */
  public record Notice(
      String id, String person, String name, String kind, String text, Instant at) {}

  /**
   * A person's screen answers, as their coach reads them.
   *
   * @param held whether an answer holds their climbs
   */
  public record Screen(
      String person,
      boolean answered,
      boolean held,
      Instant answeredAt,
      Map<String, Boolean> answers) {}

  @GET
  @Path("notices")
  @Operation(summary = "Notices about your people, newest first: for now, positive screens")
  public List<Notice> notices() {
    return screenings.notices().stream().map(this::notice).toList();
  }

  private Notice notice(CoachNotice n) {
    return new Notice(
        n.id().toString(),
        n.person(),
        people.member(new SubjectId(n.person())).map(Person::name).orElse(n.person()),
        n.kind(),
        n.text(),
        n.createdAt());
  }

  @GET
  @Path("people/{person}/screening")
  @Operation(summary = "A person's screen answers; the read is recorded and shown to them")
  public Screen screening(@PathParam("person") String person) {
    member(person);
    var status = screenings.status(person);
    Map<String, Boolean> answers = null;
    if (status.answered()) {
      var all = screenings.read(person, caller.subject().value(), TenantRole.COACH.name());
      answers = all.get(all.size() - 1).answers();
    }
    return new Screen(
        person, status.answered(), status.held(), status.answeredAt().orElse(null), answers);
  }

  /**
   * Coaches lift holds in a coaching business; in an organisation, which has no coach, its admins
   * do (owners and admins also where a coaching business has no coach). Managers never: see {@link
   * Screenings}. Nobody lifts their own.
   */
  @POST
  @Path("people/{person}/screening/clearance")
  @TenantRoles({TenantRole.COACH, TenantRole.OWNER, TenantRole.ADMIN})
  @Operation(
      summary =
          "After talking with the person: lift the hold their screen answer placed on their climbs"
              + " (a coach; an owner or admin, which in an organisation has no coach)")
  public Response clear(@PathParam("person") String person) {
    member(person);
    if (person.equals(caller.subject().value())) {
      throw new ProblemException(
          403,
          "own-screening",
          "Not your own",
          "Someone else lifts a hold your own screen placed, after talking with you.");
    }
    screenings.clear(person, caller.subject().value());
    return Response.noContent().build();
  }

  @POST
  @Path("people/{person}/evidence/{entry}/feedback")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Feedback on one entry, naming the skill it shows; praise that points to nothing in the"
              + " entry is refused")
  public Response feedback(
      @PathParam("person") String person,
      @PathParam("entry") String entry,
      @Valid @NotNull(message = "Send the feedback as JSON") FeedbackInput in) {
    member(person);
    var given =
        coaching.give(
            person,
            EvidenceResource.entryId(entry),
            in.skill(),
            in.text(),
            caller.displayName().orElse("Your coach"));
    return Response.status(201)
        .entity(
            new EntryView.FeedbackView(
                given.coachName(), given.skill(), given.text(), given.givenAt()))
        .build();
  }

  private Person member(String person) {
    return people
        .member(new SubjectId(person))
        .orElseThrow(
            () ->
                new ProblemException(
                    404,
                    "member-not-found",
                    "No such member",
                    "Nobody with id " + person + " is a member here."));
  }
}
