package dev.foothold.mastery.evidence.boundary;

import dev.foothold.mastery.evidence.control.Journal;
import dev.foothold.mastery.evidence.control.Sharing;
import dev.foothold.mastery.evidence.entity.Consent;
import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.tenant.TenantId;
import dev.foothold.platform.tenant.TenantScope;
import dev.foothold.platform.time.ClockSource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A person's evidence from one tenant, whether or not they are still a member there: their words
 * stay theirs after they leave or are removed. Outside the tenant-scoped paths on purpose (those
 * refuse former members); it only ever reads the caller's own log, so it needs no membership. A
 * tenant where the caller has no entry, or that does not exist, answers the same 404.
 */
@RequestScoped
@Path("v1/me/evidence")
@Tag(name = "Evidence")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceTakeoutResource {

  @Inject Journal journal;
  @Inject Sharing sharing;
  @Inject TenantScope scope;
  @Inject CurrentUser caller;
  @Inject ClockSource clock;

  @GET
  @Path("export")
  @Produces({MediaType.APPLICATION_JSON, "text/csv", MediaType.TEXT_HTML})
  @Operation(
      summary =
          "Your whole log in one tenant, as JSON, CSV or a printable HTML report; also after you"
              + " have left it")
  public Response export(
      @QueryParam("tenant") String tenant,
      @QueryParam("format") @DefaultValue("json") String format) {
    var me = caller.subject().value();
    if (!TenantId.isValid(tenant)) {
      throw noEvidence(tenant);
    }
    return scope.call(
        new TenantId(tenant),
        () -> {
          var log = journal.of(me);
          if (log.isEmpty()) {
            throw noEvidence(tenant);
          }
          var entries =
              EntryView.of(
                  log,
                  journal.feedback(me),
                  sharing.active(me, Consent.Audience.PEERS),
                  sharing.active(me, Consent.Audience.MANAGERS));
          var v = journal.verify(me);
          var now = clock.now();
          var verification =
              new EvidenceResource.Verification(
                  v.valid(),
                  v.firstBroken().map(UUID::toString).orElse(null),
                  v.checked(),
                  v.reason(),
                  now);
          return Exports.response(
              format, me, caller.displayName().orElse(""), now, verification, entries);
        });
  }

  private static ProblemException noEvidence(String tenant) {
    return new ProblemException(
        404,
        "no-evidence-here",
        "No evidence here",
        "You have no evidence log in '" + (tenant == null ? "" : tenant) + "'.");
  }
}
