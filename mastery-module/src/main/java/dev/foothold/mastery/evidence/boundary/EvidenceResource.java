package dev.foothold.mastery.evidence.boundary;

import dev.foothold.mastery.evidence.control.Debriefs;
import dev.foothold.mastery.evidence.control.Journal;
import dev.foothold.mastery.evidence.control.Sharing;
import dev.foothold.mastery.evidence.entity.Attribution;
import dev.foothold.mastery.evidence.entity.Consent;
import dev.foothold.mastery.evidence.entity.Draft;
import dev.foothold.mastery.evidence.entity.Kind;
import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.time.ClockSource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own evidence log: reading it, checking it has not been changed, correcting an entry
 * (the correction is added; the original stays), recalling past successes, sharing an entry, and
 * exporting it all. Never gated: a person's evidence is theirs whatever their subscription.
 */
@RequestScoped
@Path("v1/t/{slug}/me/evidence")
@Tag(name = "Evidence")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

  @Inject Journal journal;
  @Inject Sharing sharing;
  @Inject CurrentUser caller;
  @Inject ClockSource clock;

  /**
   * A correction of an entry's words.
   *
   * @param note why it is corrected
   */
  public record AmendmentInput(
      @NotBlank(message = "Say what you are correcting and why")
          @Size(max = 1000, message = "A note has at most 1000 characters")
          String note,
      @Size(max = 2000, message = "Each answer has at most 2000 characters") String whatIDid,
      @Size(max = 2000, message = "Each answer has at most 2000 characters") String obstacles,
      @Size(max = 2000, message = "Each answer has at most 2000 characters") String whatWorked,
      @Size(max = 2000, message = "Each answer has at most 2000 characters") String whatItShows,
      @Size(max = 2000, message = "Each answer has at most 2000 characters") String whatILearned,
      @Size(max = 2000, message = "Each answer has at most 2000 characters") String adjustNextTime,
      @Size(max = 2000, message = "Each answer has at most 2000 characters") String title,
      @Size(max = 2000, message = "Each answer has at most 2000 characters") String whatMadeItHard,
      @Size(max = 2000, message = "Each answer has at most 2000 characters") String whatIOvercame,
      @Size(max = 2000, message = "Each answer has at most 2000 characters")
          String whatISawAndFelt) {

    Map<String, String> words() {
      var w = new HashMap<String, String>();
      DebriefInput.put(w, "whatIDid", whatIDid);
      DebriefInput.put(w, "obstacles", obstacles);
      DebriefInput.put(w, "whatWorked", whatWorked);
      DebriefInput.put(w, "whatItShows", whatItShows);
      DebriefInput.put(w, "whatILearned", whatILearned);
      DebriefInput.put(w, "adjustNextTime", adjustNextTime);
      DebriefInput.put(w, "title", title);
      DebriefInput.put(w, "whatMadeItHard", whatMadeItHard);
      DebriefInput.put(w, "whatIOvercame", whatIOvercame);
      DebriefInput.put(w, "whatISawAndFelt", whatISawAndFelt);
      return w;
    }
  }

  /**
   * A past success, recalled for the success inventory.
   *
   * @param lifeDomain PROFESSIONAL, ATHLETIC, SOCIAL or PERSONAL
   * @param skill the skill it shows, if the person names one
   * @param effort how hard they worked for it, 1 to 10
   * @param attribution what made it happen: OWN_EFFORT_AND_SKILL, LUCK, OTHER_PEOPLE or TOOLS
   */
  public record RecallInput(
      @NotNull(message = "Say which part of life it belongs to")
          @Pattern(
              regexp = "PROFESSIONAL|ATHLETIC|SOCIAL|PERSONAL",
              message = "The life domain is PROFESSIONAL, ATHLETIC, SOCIAL or PERSONAL")
          String lifeDomain,
      @Size(max = 120, message = "A skill has at most 120 characters") String skill,
      @NotBlank(message = "Give the success a short name")
          @Size(max = 200, message = "A name has at most 200 characters")
          String title,
      @NotBlank(message = "Say what made it hard")
          @Size(max = 2000, message = "Each answer has at most 2000 characters")
          String whatMadeItHard,
      @NotBlank(message = "Say what you did")
          @Size(max = 2000, message = "Each answer has at most 2000 characters")
          String whatIDid,
      @Size(max = 2000, message = "Each answer has at most 2000 characters") String whatIOvercame,
      @Size(max = 2000, message = "Each answer has at most 2000 characters") String whatISawAndFelt,
      @NotBlank(message = "Say what it shows you can do")
          @Size(max = 2000, message = "Each answer has at most 2000 characters")
          String whatItShows,
      @NotNull(message = "Rate your effort from 1 to 10")
          @Min(value = 1, message = "Effort is 1 to 10")
          @Max(value = 10, message = "Effort is 1 to 10")
          Integer effort,
      @NotNull(message = "Say what made it happen")
          @Pattern(
              regexp = "OWN_EFFORT_AND_SKILL|LUCK|OTHER_PEOPLE|TOOLS",
              message = "Attribution is OWN_EFFORT_AND_SKILL, LUCK, OTHER_PEOPLE or TOOLS")
          String attribution) {}

  /**
   * Whether the log is as it was written.
   *
   * @param firstBroken the first entry that does not match, if any
   * @param entries how many entries were checked
   * @param reason what was found, in words
   */
  public record Verification(
      boolean valid, String firstBroken, long entries, String reason, Instant checkedAt) {}

  /**
   * The success inventory: recalled successes by part of life, and the questions that help recall.
   */
  public record Inventory(List<Debriefs.Prompt> prompts, Map<String, List<EntryView>> domains) {}

  @GET
  @Operation(summary = "Your whole evidence log, oldest first, with corrections and feedback")
  public List<EntryView> mine() {
    return views();
  }

  @GET
  @Path("verify")
  @Operation(
      summary =
          "Check that no entry of your log has been changed or removed since it was written;"
              + " names the first that has")
  public Verification verify() {
    var v = journal.verify(me());
    return new Verification(
        v.valid(),
        v.firstBroken().map(UUID::toString).orElse(null),
        v.checked(),
        v.reason(),
        clock.now());
  }

  @GET
  @Path("export")
  @Produces({MediaType.APPLICATION_JSON, "text/csv", MediaType.TEXT_HTML})
  @Operation(summary = "Your whole log as JSON, CSV or a printable HTML report")
  public Response export(@QueryParam("format") @DefaultValue("json") String format) {
    return Exports.response(
        format, me(), caller.displayName().orElse(""), clock.now(), verify(), views());
  }

  @GET
  @Path("inventory")
  @Operation(summary = "Your success inventory: recalled successes by part of life, with prompts")
  public Inventory inventory() {
    var log = views();
    var byDomain = new java.util.LinkedHashMap<String, List<EntryView>>();
    for (var d : List.of("PROFESSIONAL", "ATHLETIC", "SOCIAL", "PERSONAL")) {
      byDomain.put(d, log.stream().filter(e -> e.recalled() && d.equals(e.lifeDomain())).toList());
    }
    return new Inventory(Debriefs.recallPrompts(), byDomain);
  }

  @POST
  @Path("recalled")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a past success to your inventory, marked as recalled")
  public Response recall(@Valid @NotNull(message = "Send the success as JSON") RecallInput in) {
    var words = new HashMap<String, String>();
    DebriefInput.put(words, "title", in.title());
    DebriefInput.put(words, "whatMadeItHard", in.whatMadeItHard());
    DebriefInput.put(words, "whatIDid", in.whatIDid());
    DebriefInput.put(words, "whatIOvercame", in.whatIOvercame());
    DebriefInput.put(words, "whatISawAndFelt", in.whatISawAndFelt());
    DebriefInput.put(words, "whatItShows", in.whatItShows());
    var skill = in.skill() == null || in.skill().isBlank() ? null : in.skill().strip();
    var entry =
        journal.append(
            me(),
            new Draft(
                Kind.RECALLED,
                skill,
                in.lifeDomain(),
                null,
                null,
                null,
                null,
                null,
                "SUCCESS",
                null,
                null,
                in.effort(),
                null,
                null,
                null,
                null,
                null,
                null,
                Attribution.valueOf(in.attribution()),
                null,
                words));
    return Response.status(201).entity(one(entry.id())).build();
  }

  @POST
  @Path("{id}/amendments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Correct an entry: the correction is added to your log and shown with the original")
  public Response amend(
      @PathParam("id") String id,
      @Valid @NotNull(message = "Send the correction as JSON") AmendmentInput in) {
    var words = in.words();
    if (words.isEmpty()) {
      throw new ProblemException(
          400,
          "nothing-to-correct",
          "Nothing to correct",
          "Give the answers you want to correct, in their corrected words.");
    }
    var entry = journal.amend(me(), entryId(id), words, in.note().strip());
    return Response.status(201).entity(one(entry.id())).build();
  }

  @PUT
  @Path("{id}/consents/{audience}")
  @Operation(
      summary =
          "Show an entry to peers on the same rung (anonymised) or to your organisation's managers")
  public Response share(@PathParam("id") String id, @PathParam("audience") String audience) {
    sharing.give(me(), entryId(id), audience(audience));
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/consents/{audience}")
  @Operation(summary = "Stop showing an entry to peers or managers")
  public Response withdraw(@PathParam("id") String id, @PathParam("audience") String audience) {
    sharing.withdraw(me(), entryId(id), audience(audience));
    return Response.noContent().build();
  }

  private static Consent.Audience audience(String audience) {
    return switch (audience) {
      case "peers" -> Consent.Audience.PEERS;
      case "managers" -> Consent.Audience.MANAGERS;
      default ->
          throw new ProblemException(
              404,
              "no-such-audience",
              "No such audience",
              "Entries can be shown to peers or managers; not " + audience + ".");
    };
  }

  static UUID entryId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          404, "entry-not-found", "No such entry", "There is no evidence entry " + id + " here.");
    }
  }

  private EntryView one(UUID id) {
    return views().stream().filter(e -> e.id().equals(id.toString())).findFirst().orElseThrow();
  }

  private List<EntryView> views() {
    var me = me();
    return EntryView.of(
        journal.of(me),
        journal.feedback(me),
        sharing.active(me, Consent.Audience.PEERS),
        sharing.active(me, Consent.Audience.MANAGERS));
  }

  private String me() {
    return caller.subject().value();
  }
}
