package dev.foothold.tenant.billing.control;

import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.tenant.TenantId;
import dev.foothold.tenant.billing.entity.SubscriptionState;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Optional;

/**
 * A provider event reduced to what changes a subscription: whose it is, the state it reports, the
 * paid period and the provider's ids. Read from Stripe's event shape; types that change no
 * subscription yield an empty {@link #target()}.
 *
 * @param id the event id (deduplication key)
 * @param type the event type, e.g. {@code invoice.payment_failed}
 * @param created when the provider created it
 * @param tenant the tenant named in the object's metadata, if any
 * @param holder the client named in the object's metadata, if any
 * @param target the state it reports, if its type is one Foothold acts on
 * @param customer the provider's customer id, if present
 * @param subscription the provider's subscription id, if present
 * @param periodEnd the end of the paid period, if present
 */
public record BillingEvent(
    String id,
    String type,
    Instant created,
    Optional<TenantId> tenant,
    Optional<SubjectId> holder,
    Optional<SubscriptionState> target,
    String customer,
    String subscription,
    Instant periodEnd) {

  /**
   * @param event a Stripe event object
   * @return the event, reduced
   * @throws IllegalArgumentException when it lacks an id, type or creation time
   */
  public static BillingEvent of(JsonObject event) {
    try {
      var id = event.getString("id");
      var type = event.getString("type");
      var created = Instant.ofEpochSecond(event.getJsonNumber("created").longValue());
      var object = event.getJsonObject("data").getJsonObject("object");
      var metadata = metadata(object);
      var tenant =
          text(metadata, "tenant")
              .filter(dev.foothold.platform.tenant.TenantId::isValid)
              .map(TenantId::new);
      var holder = text(metadata, "holder").map(SubjectId::new);
      if (tenant.isEmpty() || holder.isEmpty()) {
        var ref = text(object, "client_reference_id").orElse("");
        int colon = ref.indexOf(':');
        if (colon > 0 && TenantId.isValid(ref.substring(0, colon))) {
          tenant = Optional.of(new TenantId(ref.substring(0, colon)));
          holder = Optional.of(new SubjectId(ref.substring(colon + 1)));
        }
      }
      Optional<SubscriptionState> target =
          switch (type) {
            case "checkout.session.completed" ->
                Optional.of(
                    text(object, "payment_status")
                            .filter(p -> p.equals("paid") || p.equals("no_payment_required"))
                            .isPresent()
                        ? SubscriptionState.ACTIVE
                        : SubscriptionState.INCOMPLETE);
            case "customer.subscription.created",
                "customer.subscription.updated",
                "customer.subscription.paused",
                "customer.subscription.resumed" ->
                text(object, "status").flatMap(SubscriptionState::of);
            case "customer.subscription.deleted" -> Optional.of(SubscriptionState.CANCELED);
            case "invoice.payment_failed" -> Optional.of(SubscriptionState.PAST_DUE);
            case "invoice.paid", "invoice.payment_succeeded" ->
                Optional.of(SubscriptionState.ACTIVE);
            default -> Optional.empty();
          };
      var subscriptionId =
          type.startsWith("customer.subscription.")
              ? text(object, "id").orElse(null)
              : text(object, "subscription").orElse(null);
      return new BillingEvent(
          id,
          type,
          created,
          tenant,
          holder,
          target,
          text(object, "customer").orElse(null),
          subscriptionId,
          periodEnd(object).orElse(null));
    } catch (NullPointerException | ClassCastException e) {
      throw new IllegalArgumentException("Not a Stripe event: " + e.getMessage(), e);
    }
  }

  private static JsonObject metadata(JsonObject object) {
    var own = object.get("metadata");
    if (own instanceof JsonObject m && m.containsKey("tenant")) {
      return m;
    }
    var details = object.get("subscription_details");
    if (details instanceof JsonObject d && d.get("metadata") instanceof JsonObject m) {
      return m;
    }
    if (object.get("parent") instanceof JsonObject parent
        && parent.get("subscription_details") instanceof JsonObject d
        && d.get("metadata") instanceof JsonObject m) {
      return m;
    }
    return own instanceof JsonObject m ? m : JsonValue.EMPTY_JSON_OBJECT;
  }

  private static Optional<Instant> periodEnd(JsonObject object) {
    if (object.get("current_period_end") instanceof jakarta.json.JsonNumber n) {
      return Optional.of(Instant.ofEpochSecond(n.longValue()));
    }
    for (var listName : new String[] {"items", "lines"}) {
      if (object.get(listName) instanceof JsonObject list
          && list.get("data") instanceof jakarta.json.JsonArray data
          && !data.isEmpty()
          && data.get(0) instanceof JsonObject first) {
        if (first.get("current_period_end") instanceof jakarta.json.JsonNumber n) {
          return Optional.of(Instant.ofEpochSecond(n.longValue()));
        }
        if (first.get("period") instanceof JsonObject period
            && period.get("end") instanceof jakarta.json.JsonNumber n) {
          return Optional.of(Instant.ofEpochSecond(n.longValue()));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> text(JsonObject object, String name) {
    return object.get(name) instanceof jakarta.json.JsonString s && !s.getString().isBlank()
        ? Optional.of(s.getString())
        : Optional.empty();
  }
}
