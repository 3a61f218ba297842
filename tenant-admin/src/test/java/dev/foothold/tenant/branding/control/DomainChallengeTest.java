package dev.foothold.tenant.branding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DomainChallengeTest {

  static final String TOKEN = "foothold-verify=abc_DEF-123";

  @Test
  void oneTxtStringThatIsExactlyTheTokenMeetsTheChallenge() {
    assertTrue(DomainChallenge.met(List.of("v=spf1 -all", TOKEN), TOKEN));
    assertTrue(DomainChallenge.met(List.of("\"" + TOKEN + "\""), TOKEN));
  }

  @Test
  void nothingElseDoes() {
    assertFalse(DomainChallenge.met(List.of(), TOKEN));
    assertFalse(DomainChallenge.met(List.of(TOKEN + "x"), TOKEN));
    assertFalse(DomainChallenge.met(List.of("x" + TOKEN), TOKEN));
    assertFalse(DomainChallenge.met(List.of("foothold-verify=ABC_DEF-123"), TOKEN));
    assertFalse(DomainChallenge.met(List.of(TOKEN + " " + TOKEN), TOKEN));
  }

  @Test
  void theResolverIsAHostWithAnOptionalPortOrTheSystemsOwn() {
    assertEquals(Optional.empty(), DnsResolverAddress.providerUrl(null));
    assertEquals(Optional.empty(), DnsResolverAddress.providerUrl("  "));
    assertEquals(
        Optional.of("dns://127.0.0.1:5353"), DnsResolverAddress.providerUrl("127.0.0.1:5353"));
    assertEquals(Optional.of("dns://10.0.0.2:53"), DnsResolverAddress.providerUrl(" 10.0.0.2 "));
    assertEquals(Optional.of("dns://[::1]:53"), DnsResolverAddress.providerUrl("[::1]"));
    assertEquals(Optional.of("dns://[::1]:5300"), DnsResolverAddress.providerUrl("[::1]:5300"));
    assertEquals(
        Optional.of("dns://resolver.internal:53"),
        DnsResolverAddress.providerUrl("resolver.internal"));
    for (var bad :
        new String[] {"dns://1.2.3.4", "1.2.3.4:0", "1.2.3.4:70000", "a b", "1.2.3.4:x"}) {
      assertThrows(IllegalArgumentException.class, () -> DnsResolverAddress.providerUrl(bad), bad);
    }
  }
}
