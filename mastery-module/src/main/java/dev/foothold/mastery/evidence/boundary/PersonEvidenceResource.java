package dev.foothold.mastery.evidence.boundary;

import dev.foothold.mastery.evidence.control.Journal;
import dev.foothold.mastery.evidence.control.Sharing;
import dev.foothold.mastery.evidence.entity.Consent;
import dev.foothold.mastery.evidence.entity.Feedback;
import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.identity.People;
import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.identity.TenantRoles;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.tenant.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Another member's log, as the people who work with them see it. A coach reads it whole, to give
 * feedback; managers, admins and owners see progress only (what, when, how it went), and an entry's
 * words only when the person shared that entry with managers.
 */
@RequestScoped
@Path("v1/t/{slug}/people/{person}/evidence")
@Tag(name = "Coaching")
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles({TenantRole.COACH, TenantRole.MANAGER, TenantRole.ADMIN, TenantRole.OWNER})
public class PersonEvidenceResource {

  @Inject Journal journal;
  @Inject Sharing sharing;
  @Inject People people;
  @Inject CurrentUser caller;
  @Inject TenantContext tenant;

  /**
   * One entry as progress.
   *
   * @param shared whether the person shared its words with managers
   * @param debrief its words: for a coach always, for others only when shared
   * @param feedback coaches' feedback on it, for a coach (so they see what still awaits it); null
   *     for others
   */
  public record Progress(
      String id,
      String kind,
      Instant recordedAt,
      String skill,
      Integer rung,
      String rungTitle,
      String outcome,
      Boolean registered,
      boolean shared,
      Map<String, Object> debrief,
      List<EntryView.FeedbackView> feedback) {}

  @GET
  @Operation(
      summary =
          "A member's log: whole for their coach; progress only for managers, with the words of"
              + " entries they chose to share")
  public List<Progress> log(@PathParam("person") String person) {
    if (people.member(new SubjectId(person)).isEmpty()) {
      throw new ProblemException(
          404,
          "member-not-found",
          "No such member",
          "Nobody with id " + person + " is a member here.");
    }
    boolean coach =
        caller.membershipIn(tenant.require()).map(m -> m.role() == TenantRole.COACH).orElse(false);
    var shared = sharing.active(person, Consent.Audience.MANAGERS);
    var given = coach ? journal.feedback(person) : Map.<UUID, List<Feedback>>of();
    return journal.of(person).stream()
        .map(
            e -> {
              boolean isShared = shared.contains(e.id());
              return new Progress(
                  e.id().toString(),
                  e.kind().name(),
                  e.recordedAt(),
                  e.skill().orElse(null),
                  e.rung().orElse(null),
                  e.rungTitle().orElse(null),
                  e.outcome().orElse(null),
                  e.kind().name().equals("ATTEMPT") ? e.registered() : null,
                  isShared,
                  coach || isShared ? EntryView.debrief(e) : null,
                  coach
                      ? given.getOrDefault(e.id(), List.of()).stream()
                          .map(EntryView.FeedbackView::of)
                          .toList()
                      : null);
            })
        .toList();
  }
}
