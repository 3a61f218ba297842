package dev.foothold.mastery.evidence.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HashChainTest {

  @Test
  void theCanonicalFormSortsMembersAndIgnoresTheOrderTheyWereBuiltIn() {
    var a = new LinkedHashMap<String, Object>();
    a.put("seq", 2L);
    a.put("kind", "ATTEMPT");
    a.put("words", Map.of("whatWorked", "slow start", "whatIDid", "rehearsed \"twice\"\n"));
    var b = new LinkedHashMap<String, Object>();
    b.put("words", Map.of("whatIDid", "rehearsed \"twice\"\n", "whatWorked", "slow start"));
    b.put("kind", "ATTEMPT");
    b.put("seq", 2L);
    assertEquals(Canonical.json(a), Canonical.json(b));
    assertEquals(
        "{\"kind\":\"ATTEMPT\",\"seq\":2,\"words\":{\"whatIDid\":\"rehearsed \\\"twice\\\"\\n\","
            + "\"whatWorked\":\"slow start\"}}",
        Canonical.json(a));
  }

  @Test
  void controlCharactersAreEscapedAndNullsLeftOut() {
    var m = new LinkedHashMap<String, Object>();
    m.put("a", "x\u0001y\t");
    m.put("b", null);
    m.put("c", true);
    assertEquals("{\"a\":\"x\\u0001y\\t\",\"c\":true}", Canonical.json(m));
  }

  @Test
  void aHashCoversThePreviousHashAndTheEntry() {
    var h = HashChain.link(HashChain.GENESIS, "{\"a\":1}");
    assertEquals(64, h.length());
    assertEquals(h, HashChain.link(HashChain.GENESIS, "{\"a\":1}"));
    assertNotEquals(h, HashChain.link(HashChain.GENESIS, "{\"a\":2}"));
    assertNotEquals(h, HashChain.link("1".repeat(64), "{\"a\":1}"));
    // SHA-256 of 64 zeros followed by {"a":1}, computed independently
    assertEquals(
        sha("0".repeat(64) + "{\"a\":1}"), h, "the hash is SHA-256(previous ‖ canonical) in hex");
  }

  static String sha(String s) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  static List<HashChain.Link> chain(int n) {
    var links = new ArrayList<HashChain.Link>();
    var prev = HashChain.GENESIS;
    for (int i = 1; i <= n; i++) {
      var canonical = "{\"seq\":" + i + "}";
      var hash = HashChain.link(prev, canonical);
      links.add(new HashChain.Link(UUID.randomUUID(), i, prev, hash, canonical));
      prev = hash;
    }
    return links;
  }

  @Test
  void anIntactChainIsValid() {
    var links = chain(4);
    var v = HashChain.verify(links, 4, links.get(3).hash());
    assertTrue(v.valid());
    assertEquals(Optional.empty(), v.firstBroken());
    assertEquals(4, v.checked());
    assertTrue(HashChain.verify(List.of(), 0, HashChain.GENESIS).valid(), "an empty log is valid");
  }

  @Test
  void aChangedEntryIsTheFirstBroken() {
    var links = new ArrayList<>(chain(4));
    var changed = links.get(1);
    links.set(
        1,
        new HashChain.Link(
            changed.id(), 2, changed.prevHash(), changed.hash(), "{\"seq\":2,\"x\":1}"));
    var v = HashChain.verify(links, 4, links.get(3).hash());
    assertFalse(v.valid());
    assertEquals(Optional.of(changed.id()), v.firstBroken());
  }

  @Test
  void aRehashedEntryBreaksTheNextOne() {
    var links = new ArrayList<>(chain(3));
    var second = links.get(1);
    var forged = "{\"seq\":2,\"forged\":true}";
    links.set(
        1,
        new HashChain.Link(
            second.id(), 2, second.prevHash(), HashChain.link(second.prevHash(), forged), forged));
    var v = HashChain.verify(links, 3, links.get(2).hash());
    assertFalse(v.valid());
    assertEquals(Optional.of(links.get(2).id()), v.firstBroken());
  }

  @Test
  void aRemovedEntryIsFoundInTheMiddleAndAtTheEnd() {
    var links = new ArrayList<>(chain(4));
    var head = links.get(3).hash();
    var third = links.get(2);
    links.remove(1);
    var v = HashChain.verify(links, 4, head);
    assertFalse(v.valid());
    assertEquals(Optional.of(third.id()), v.firstBroken());

    var cut = chain(3);
    var shorter = cut.subList(0, 2);
    var end = HashChain.verify(shorter, 3, cut.get(2).hash());
    assertFalse(end.valid());
    assertTrue(end.reason().contains("missing"), end.reason());
  }
}
