package dev.foothold.tenant.entitlement.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.tenant.TenantId;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An invalidation that lands while a reload is reading the old rows still wins. */
class GateCacheTest {

  static final TenantId TENANT = new TenantId("demo-coaching");
  static final SubjectId ANA = new SubjectId("ana");

  GateCache cache;

  @BeforeEach
  void open() {
    cache = new GateCache();
    cache.ttl = Duration.ofMinutes(10);
    cache.open(); // no JCache provider on the test class path: the local store
  }

  @Test
  void aValueLoadedBeforeAnInvalidationIsNeverAnsweredAfterIt() {
    var loaded =
        cache.read(
            GateCache.MEMBER,
            TENANT,
            ANA,
            () -> {
              // the removal commits and forgets while this load holds the old row
              cache.forget(TENANT, ANA);
              return Optional.of("COACH");
            });
    assertEquals(Optional.of("COACH"), loaded, "the request in flight answers what it read");
    assertEquals(Optional.empty(), cache.get(GateCache.MEMBER, TENANT, ANA));
    assertEquals(
        Optional.of("CLIENT"),
        cache.read(GateCache.MEMBER, TENANT, ANA, () -> Optional.of("CLIENT")));
    assertEquals(Optional.of("CLIENT"), cache.get(GateCache.MEMBER, TENANT, ANA));
  }

  @Test
  void forgettingEveryoneOvertakesALoadToo() {
    cache.read(
        GateCache.STANDING,
        TENANT,
        ANA,
        () -> {
          cache.forgetAll();
          return Optional.of("old");
        });
    assertEquals(Optional.empty(), cache.get(GateCache.STANDING, TENANT, ANA));
  }

  @Test
  void anUntouchedValueIsAnsweredFromMemory() {
    cache.read(GateCache.MEMBER, TENANT, ANA, () -> Optional.of("OWNER"));
    assertEquals(
        Optional.of("OWNER"),
        cache.read(
            GateCache.MEMBER,
            TENANT,
            ANA,
            () -> {
              throw new AssertionError("no database round trip");
            }));
  }
}
