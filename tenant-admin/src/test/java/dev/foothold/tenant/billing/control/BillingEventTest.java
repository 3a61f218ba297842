package dev.foothold.tenant.billing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.tenant.TenantId;
import dev.foothold.tenant.billing.entity.SubscriptionState;
import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BillingEventTest {

  static BillingEvent parse(String json) {
    return BillingEvent.of(Json.createReader(new StringReader(json)).readObject());
  }

  @Test
  void aSubscriptionUpdateNamesItsHolderStateAndPeriod() {
    var e =
        parse(
            """
            {"id":"evt_1","type":"customer.subscription.updated","created":1790000000,
             "data":{"object":{"id":"sub_1","customer":"cus_1","status":"past_due",
               "items":{"data":[{"current_period_end":1792592000}]},
               "metadata":{"tenant":"demo-coaching","holder":"s-1"}}}}""");
    assertEquals(Optional.of(new TenantId("demo-coaching")), e.tenant());
    assertEquals(Optional.of(new SubjectId("s-1")), e.holder());
    assertEquals(Optional.of(SubscriptionState.PAST_DUE), e.target());
    assertEquals("sub_1", e.subscription());
    assertEquals(Instant.ofEpochSecond(1792592000), e.periodEnd());
  }

  @Test
  void anInvoiceFindsTheHolderInItsSubscriptionDetails() {
    var e =
        parse(
            """
            {"id":"evt_2","type":"invoice.payment_failed","created":1790000000,
             "data":{"object":{"id":"in_1","subscription":"sub_1",
               "parent":{"subscription_details":{"metadata":{"tenant":"demo-coaching","holder":"s-1"}}}}}}""");
    assertEquals(Optional.of(SubscriptionState.PAST_DUE), e.target());
    assertEquals(Optional.of(new SubjectId("s-1")), e.holder());
  }

  @Test
  void aCheckoutFindsTheHolderInItsReference() {
    var e =
        parse(
            """
            {"id":"evt_3","type":"checkout.session.completed","created":1790000000,
             "data":{"object":{"id":"cs_1","client_reference_id":"demo-coaching:s-1",
               "payment_status":"paid","customer":"cus_1","subscription":"sub_1"}}}""");
    assertEquals(Optional.of(SubscriptionState.ACTIVE), e.target());
    assertEquals(Optional.of(new TenantId("demo-coaching")), e.tenant());
  }

  @Test
  void unknownTypesChangeNothingAndGarbageIsRefused() {
    var e =
        parse(
            """
            {"id":"evt_4","type":"customer.tax_id.created","created":1790000000,
             "data":{"object":{"id":"txi_1"}}}""");
    assertEquals(Optional.empty(), e.target());
    assertThrows(IllegalArgumentException.class, () -> parse("{\"id\":\"evt_5\"}"));
  }

  static String event(String id, String created, String holder) {
    return "{\"id\":\""
        + id
        + "\",\"type\":\"checkout.session.completed\",\"created\":"
        + created
        + ",\"data\":{\"object\":{\"client_reference_id\":\"demo-coaching:"
        + holder
        + "\",\"payment_status\":\"paid\"}}}";
  }

  @Test
  void timesOutsideWholeSecondsFrom1970To9999AreRefused() {
    for (var created : new String[] {"1e20", "2.5", "-1", "253402300800", "1e2147483647"}) {
      assertThrows(
          IllegalArgumentException.class, () -> parse(event("evt_1", created, "s-1")), created);
    }
    assertEquals(
        Instant.ofEpochSecond(253402300799L),
        parse(event("evt_1", "253402300799", "s-1")).created());
  }

  @Test
  void idsAndHoldersBeyond255CharactersOrWithControlsAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> parse(event("e".repeat(256), "1790000000", "s-1")));
    assertThrows(
        IllegalArgumentException.class, () -> parse(event("evt_\\u0000", "1790000000", "s-1")));
    assertThrows(
        IllegalArgumentException.class, () -> parse(event("evt_1", "1790000000", "h".repeat(256))));
    assertEquals("e".repeat(255), parse(event("e".repeat(255), "1790000000", "s-1")).id());
  }

  @Test
  void aDocumentNestedDeeperThanAnyEventIsRefusedWithoutRecursion() {
    var deep = "{\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    assertThrows(
        IllegalArgumentException.class,
        () -> EventJson.read(deep.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(
        "evt_1",
        EventJson.read(
                event("evt_1", "1790000000", "s-1")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .getString("id"));
  }
}
