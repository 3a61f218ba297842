package dev.foothold.tenant.billing.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StripeSignatureTest {

  static final String SECRET = "whsec_test_secret";
  static final Instant NOW = Instant.ofEpochSecond(1_790_000_000L);
  static final byte[] BODY =
      "{\"id\":\"evt_1\",\"object\":\"event\"}".getBytes(StandardCharsets.UTF_8);

  static Instant verify(String header, byte[] body, List<String> secrets) throws Exception {
    return StripeSignature.verify(header, body, secrets, NOW, StripeSignature.TOLERANCE);
  }

  @Test
  void acceptsTheSignatureStripesSchemeGives() throws Exception {
    // printf '%s' '1790000000.{"id":"evt_1","object":"event"}' |
    //   openssl dgst -sha256 -hmac whsec_test_secret
    var independent = "765d0d35514a56905b8ddef451bc5570cc45dfa0395a213879a36689a6be55a3";
    var header = "t=1790000000,v1=" + independent;
    assertEquals(NOW, verify(header, BODY, List.of(SECRET)));
    assertEquals(header, StripeSignature.header(SECRET, NOW.getEpochSecond(), BODY));
  }

  @Test
  void anyV1MatchesAndAnySecretMatches() throws Exception {
    var good = StripeSignature.header(SECRET, NOW.getEpochSecond(), BODY).split(",v1=")[1];
    var header = "t=" + NOW.getEpochSecond() + ",v1=" + "00".repeat(32) + ",v0=abc,v1=" + good;
    assertDoesNotThrow(() -> verify(header, BODY, List.of(SECRET)));
    assertDoesNotThrow(() -> verify(header, BODY, List.of("whsec_new", SECRET)));
  }

  @Test
  void refusesATamperedBodyAWrongSecretAndForgedHeaders() {
    var header = StripeSignature.header(SECRET, NOW.getEpochSecond(), BODY);
    var tampered = "{\"id\":\"evt_2\",\"object\":\"event\"}".getBytes(StandardCharsets.UTF_8);
    assertThrows(StripeSignature.Rejected.class, () -> verify(header, tampered, List.of(SECRET)));
    assertThrows(
        StripeSignature.Rejected.class, () -> verify(header, BODY, List.of("whsec_other")));
    assertThrows(StripeSignature.Rejected.class, () -> verify(null, BODY, List.of(SECRET)));
    assertThrows(StripeSignature.Rejected.class, () -> verify("", BODY, List.of(SECRET)));
    assertThrows(
        StripeSignature.Rejected.class,
        () -> verify("t=" + NOW.getEpochSecond(), BODY, List.of(SECRET)));
    assertThrows(
        StripeSignature.Rejected.class,
        () -> verify(header.replace("t=", "t=x"), BODY, List.of(SECRET)));
    assertThrows(
        StripeSignature.Rejected.class,
        () -> verify(header.replace("v1=", "v0="), BODY, List.of(SECRET)));
    // a signature for another timestamp does not carry over
    var moved = header.replace("t=" + NOW.getEpochSecond(), "t=" + (NOW.getEpochSecond() + 1));
    assertThrows(StripeSignature.Rejected.class, () -> verify(moved, BODY, List.of(SECRET)));
  }

  @Test
  void theTimestampMustLieWithinThreeHundredSeconds() {
    for (long offset : new long[] {-300, 0, 300}) {
      var header = StripeSignature.header(SECRET, NOW.getEpochSecond() + offset, BODY);
      assertDoesNotThrow(() -> verify(header, BODY, List.of(SECRET)), "offset " + offset);
    }
    for (long offset : new long[] {-301, 301, -86_400}) {
      var header = StripeSignature.header(SECRET, NOW.getEpochSecond() + offset, BODY);
      assertThrows(
          StripeSignature.Rejected.class,
          () -> verify(header, BODY, List.of(SECRET)),
          "offset " + offset);
    }
    assertEquals(Duration.ofSeconds(300), StripeSignature.TOLERANCE);
  }
}
