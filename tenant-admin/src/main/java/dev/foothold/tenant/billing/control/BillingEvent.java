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
   * @throws IllegalArgumentException when it lacks an id, type or creation time, or when a time, an
   *     id or a name in it is out of range (whole seconds from 1970 to 9999; 1 to 255 characters,
   *     no control characters)
   */
  public static BillingEvent of(JsonObject event) {
    try {
      var id = id(event.getString("id"), "id");
      var type = id(event.getString("type"), "type");
      var created = epochSecond(event.getJsonNumber("created"), "created");
      var object = event.getJsonObject("data").getJsonObject("object");
      var metadata = metadata(object);
      var tenant =
          text(metadata, "tenant")
              .filter(dev.foothold.platform.tenant.TenantId::isValid)
              .map(TenantId::new);
      var holder = text(metadata, "holder").map(h -> new SubjectId(id(h, "holder")));
      if (tenant.isEmpty() || holder.isEmpty()) {
        var ref = text(object, "client_reference_id").orElse("");
        int colon = ref.indexOf(':');
        if (colon > 0 && TenantId.isValid(ref.substring(0, colon))) {
          tenant = Optional.of(new TenantId(ref.substring(0, colon)));
          holder = Optional.of(new SubjectId(id(ref.substring(colon + 1), "holder")));
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
          (type.startsWith("customer.subscription.")
                  ? text(object, "id")
                  : text(object, "subscription"))
              .map(s -> id(s, "subscription"))
              .orElse(null);
      return new BillingEvent(
          id,
          type,
          created,
          tenant,
          holder,
          target,
          text(object, "customer").map(c -> id(c, "customer")).orElse(null),
          subscriptionId,
          periodEnd(object).orElse(null));
    } catch (NullPointerException | ClassCastException | ArithmeticException e) {
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
      return Optional.of(epochSecond(n, "current_period_end"));
    }
    for (var listName : new String[] {"items", "lines"}) {
      if (object.get(listName) instanceof JsonObject list
          && list.get("data") instanceof jakarta.json.JsonArray data
          && !data.isEmpty()
          && data.get(0) instanceof JsonObject first) {
        if (first.get("current_period_end") instanceof jakarta.json.JsonNumber n) {
          return Optional.of(epochSecond(n, "current_period_end"));
        }
        if (first.get("period") instanceof JsonObject period
            && period.get("end") instanceof jakarta.json.JsonNumber n) {
          return Optional.of(epochSecond(n, "period.end"));
        }
      }
    }
    return Optional.empty();
  }

  /** The last second of the year 9999: later times are no billing period (and no timestamp). */
  static final long LATEST_EPOCH_SECOND = 253_402_300_799L;

  /** The longest id, type or name stored ({@code billing_event}, {@code subscription}). */
  static final int MAX_ID_LENGTH = 255;

  /**
   * @throws IllegalArgumentException unless the number is whole seconds from 1970 to 9999
   */
  private static Instant epochSecond(jakarta.json.JsonNumber number, String field) {
    long seconds;
    try {
      seconds = number.bigDecimalValue().longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(field + " is not a whole number of seconds");
    }
    if (seconds < 0 || seconds > LATEST_EPOCH_SECOND) {
      throw new IllegalArgumentException(field + " is not a time between 1970 and 9999");
    }
    return Instant.ofEpochSecond(seconds);
  }

  /**
   * @throws IllegalArgumentException unless the text is 1 to 255 characters without controls
   */
  private static String id(String value, String field) {
    if (value.isEmpty()
        || value.length() > MAX_ID_LENGTH
        || !dev.foothold.platform.text.SafeText.isSafe(value)) {
      throw new IllegalArgumentException(
          field + " is not 1 to " + MAX_ID_LENGTH + " characters without control characters");
    }
    return value;
  }

  private static Optional<String> text(JsonObject object, String name) {
    return object.get(name) instanceof jakarta.json.JsonString s && !s.getString().isBlank()
        ? Optional.of(s.getString())
        : Optional.empty();
  }
}
