package dev.foothold.mastery.evidence.boundary;

import dev.foothold.mastery.evidence.control.Efficacy;
import dev.foothold.mastery.evidence.control.Journal;
import dev.foothold.platform.identity.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's confidence per skill over time, ready to chart. Never gated. */
@RequestScoped
@Path("v1/t/{slug}/me/efficacy")
@Tag(name = "Evidence")
@Produces(MediaType.APPLICATION_JSON)
public class EfficacyResource {

  @Inject Journal journal;
  @Inject CurrentUser caller;

  @GET
  @Operation(
      summary =
          "Your confidence (0 to 100) per skill over time: before and after attempts and at"
              + " check-ins")
  public List<Efficacy.Trend> trends() {
    return Efficacy.trends(journal.of(caller.subject().value()));
  }
}
