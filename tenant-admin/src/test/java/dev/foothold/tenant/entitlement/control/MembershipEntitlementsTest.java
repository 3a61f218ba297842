package dev.foothold.tenant.entitlement.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foothold.platform.entitlement.Decision.Verdict;
import dev.foothold.platform.entitlement.FeatureKey;
import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.identity.Membership;
import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.tenant.TenantId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MembershipEntitlementsTest {

  static final FeatureKey LADDERS = new FeatureKey("mastery.ladders");
  static final TenantId DEMO = new TenantId("demo-coaching");
  static final TenantId OTHER = new TenantId("other-coaching");

  final MembershipEntitlements entitlements = new MembershipEntitlements(Set.of(LADDERS));

  record Person(boolean authenticated, Set<TenantId> memberships) implements CurrentUser {
    @Override
    public SubjectId subject() {
      return new SubjectId("s-1");
    }

    @Override
    public Optional<String> username() {
      return Optional.of("client@demo.test");
    }

    @Override
    public Optional<String> email() {
      return username();
    }

    @Override
    public boolean emailVerified() {
      return true;
    }

    @Override
    public Set<String> roles() {
      return Set.of();
    }

    @Override
    public Optional<Membership> membershipIn(TenantId tenant) {
      return memberships.contains(tenant)
          ? Optional.of(new Membership(tenant, subject(), TenantRole.CLIENT))
          : Optional.empty();
    }
  }

  @Test
  void aMemberMayUseADeclaredFeature() {
    var decision = entitlements.check(new Person(true, Set.of(DEMO)), DEMO, LADDERS);
    assertEquals(Verdict.ALLOW, decision.verdict());
  }

  @Test
  void aMemberOfAnotherTenantIsRefusedWithAReason() {
    var decision = entitlements.check(new Person(true, Set.of(OTHER)), DEMO, LADDERS);
    assertEquals(Verdict.DENY, decision.verdict());
    assertTrue(decision.reason().contains("demo-coaching"), decision.reason());
  }

  @Test
  void nobodyIsRefused() {
    var decision = entitlements.check(new Person(false, Set.of()), DEMO, LADDERS);
    assertEquals(Verdict.DENY, decision.verdict());
  }

  @Test
  void anUndeclaredFeatureIsRefusedEvenToMembers() {
    var decision =
        entitlements.check(
            new Person(true, Set.of(DEMO)), DEMO, new FeatureKey("mastery.leaderboard"));
    assertEquals(Verdict.DENY, decision.verdict());
  }

  @Test
  void findsTheFeaturesModulesDeclare() {
    // tenant-admin declares none of its own, and mastery is not on this module's class path
    var decision =
        new MembershipEntitlements().check(new Person(true, Set.of(DEMO)), DEMO, LADDERS);
    assertEquals(Verdict.DENY, decision.verdict());
  }
}
