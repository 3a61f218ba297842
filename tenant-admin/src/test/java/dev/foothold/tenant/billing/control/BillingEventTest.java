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
}
