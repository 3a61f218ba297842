package dev.foothold.mastery.evidence.boundary;

import dev.foothold.mastery.evidence.control.Screenings;
import dev.foothold.mastery.evidence.entity.ScreeningRead;
import dev.foothold.platform.identity.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The short screen before a first climb. The person sees their own answers and every read of them;
 * only they and their coach can read them. Never gated.
 */
@RequestScoped
@Path("v1/t/{slug}/me/screening")
@Tag(name = "Evidence")
@Produces(MediaType.APPLICATION_JSON)
public class ScreeningResource {

  @Inject Screenings screenings;
  @Inject CurrentUser caller;

  /**
   * @param answers true or false for each question's id
   */
  public record Answers(
      @NotNull(message = "Answer each question with true or false")
          @Size(max = 20, message = "The screen has only a few questions")
          Map<String, Boolean> answers) {}

  /**
   * @param answered whether you have answered it
   * @param held whether an answer holds your climbs until you and your coach have talked
   * @param questions the questions
   * @param answers your latest answers, if any
   * @param reads who read your answers, and when
   */
  public record Screen(
      boolean answered,
      boolean held,
      Instant answeredAt,
      List<Screenings.Question> questions,
      Map<String, Boolean> answers,
      List<Read> reads) {}

  /**
   * @param who SELF, or the role of the reader (COACH)
   */
  public record Read(String who, Instant at) {
    static Read of(ScreeningRead r, String me) {
      return new Read(r.reader().equals(me) ? "SELF" : r.readerRole(), r.readAt());
    }
  }

  @GET
  @Operation(summary = "The screen before your first climb, your answers and who has read them")
  public Screen screen() {
    var me = caller.subject().value();
    var status = screenings.status(me);
    Map<String, Boolean> answers = null;
    if (status.answered()) {
      var all = screenings.read(me, me, "SELF");
      answers = all.get(all.size() - 1).answers();
    }
    return new Screen(
        status.answered(),
        status.held(),
        status.answeredAt().orElse(null),
        Screenings.QUESTIONS,
        answers,
        screenings.reads(me).stream().map(r -> Read.of(r, me)).toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Answer the screen; a yes pauses your ladders, shows where to find help and tells your"
              + " coach")
  public Screenings.Outcome answer(
      @Valid @NotNull(message = "Send your answers as JSON") Answers answers) {
    return screenings.answer(caller.subject().value(), answers.answers());
  }
}
