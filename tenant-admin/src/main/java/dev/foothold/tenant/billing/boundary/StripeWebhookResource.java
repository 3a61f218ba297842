package dev.foothold.tenant.billing.boundary;

import dev.foothold.tenant.billing.control.Webhooks;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where Stripe (or a compatible provider) delivers billing events. Public, because the provider has
 * no Foothold token: the {@code Stripe-Signature} header is the proof, checked against the raw body
 * before anything else is read. A bad signature answers 400 and changes nothing; an event Foothold
 * does not act on is acknowledged (200) and ignored.
 */
@RequestScoped
@Path("v1/billing/stripe/webhook")
@Tag(name = "Billing")
@PermitAll
public class StripeWebhookResource {

  @Inject Webhooks webhooks;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Receive a signed billing event")
  public Map<String, Object> receive(
      @HeaderParam("Stripe-Signature") String signature, byte[] body) {
    var outcome = webhooks.receive(signature, body == null ? new byte[0] : body);
    return Map.of("received", true, "outcome", outcome.name().toLowerCase(java.util.Locale.ROOT));
  }
}
