package dev.foothold.mastery.ladders.boundary;

import dev.foothold.mastery.MasteryModule;
import dev.foothold.mastery.evidence.boundary.EvidenceLog;
import dev.foothold.mastery.ladders.control.Climbing;
import dev.foothold.platform.entitlement.Gated;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * How others did it: successes on the rung the caller is on now, which peers of the same tenant
 * chose to share, without their names.
 */
@RequestScoped
@Gated(MasteryModule.LADDERS_KEY)
@Path("v1/t/{slug}/climbs/{id}/peer-examples")
@Tag(name = "Climbs")
@Produces(MediaType.APPLICATION_JSON)
public class PeerExamplesResource {

  @Inject Climbing climbing;
  @Inject EvidenceLog evidence;

  @GET
  @Operation(
      summary = "Peers' successes on your current rung, shared with their consent and anonymised")
  public List<EvidenceLog.PeerExample> examples(@PathParam("id") String id) {
    var climb = climbing.mine(Ids.parse(id, "climb"));
    return evidence.peerExamples(climb.ladder().id(), climb.currentRung());
  }
}
