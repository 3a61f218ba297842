package dev.foothold.tenant.billing.control;

import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.tenant.TenantScope;
import dev.foothold.platform.time.ClockSource;
import dev.foothold.tenant.tenants.control.TenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Receives the billing provider's webhook deliveries: checks the signature before reading anything
 * else, then applies the event in its tenant. A bad signature changes nothing.
 */
@ApplicationScoped
public class Webhooks {

  private static final Logger LOG = Logger.getLogger(Webhooks.class.getName());

  /** The signing secret of development setups; never use it where real money moves. */
  public static final String DEV_SECRET = "whsec_foothold_dev";

  @Inject
  @ConfigProperty(name = "foothold.billing.stripe.webhook-secret", defaultValue = DEV_SECRET)
  String secrets;

  @Inject ClockSource clock;
  @Inject TenantScope scope;
  @Inject TenantStore tenants;
  @Inject EventApplier applier;

  /**
   * @param signature the {@code Stripe-Signature} header
   * @param body the raw body
   * @return what became of the event
   * @throws ProblemException 400 when the signature does not hold or the body is no event
   */
  public EventApplier.Outcome receive(String signature, byte[] body) {
    try {
      StripeSignature.verify(signature, body, secrets(), clock.now(), StripeSignature.TOLERANCE);
    } catch (StripeSignature.Rejected rejected) {
      LOG.warning(() -> "Billing: refused a webhook delivery: " + rejected.getMessage());
      throw new ProblemException(
          400, "bad-signature", "The signature does not hold", rejected.getMessage());
    }
    BillingEvent event;
    try {
      event = BillingEvent.of(EventJson.read(body));
    } catch (IllegalArgumentException notAnEvent) {
      LOG.warning(() -> "Billing: refused a signed delivery: " + notAnEvent.getMessage());
      throw new ProblemException(
          400, "not-an-event", "Not an event", "The body is not a billing event Foothold reads.");
    }
    if (event.target().isEmpty()
        || event.tenant().isEmpty()
        || event.holder().isEmpty()
        || tenants.find(event.tenant().get()).isEmpty()) {
      LOG.fine(() -> "Billing: ignored event " + event.id() + " (" + event.type() + ")");
      return EventApplier.Outcome.IGNORED;
    }
    return scope.call(event.tenant().get(), () -> applier.apply(event));
  }

  private List<String> secrets() {
    return Arrays.stream(secrets.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
