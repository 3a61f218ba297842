package dev.foothold.tenant.entitlement.control;

import dev.foothold.platform.entitlement.Decision;
import dev.foothold.platform.entitlement.Entitlements;
import dev.foothold.platform.entitlement.FeatureKey;
import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.module.FootholdModule;
import dev.foothold.platform.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides from membership alone: a member of the tenant may use every feature a module declares;
 * anyone else, or any undeclared feature, is refused. Subscriptions and trials refine this rule
 * once they exist; the decision needs no database round trip.
 */
@ApplicationScoped
public class MembershipEntitlements implements Entitlements {

  private final Set<FeatureKey> declared;

  /** Collects the features every module on the class path declares. */
  public MembershipEntitlements() {
    this(
        ServiceLoader.load(FootholdModule.class, MembershipEntitlements.class.getClassLoader())
            .stream()
            .flatMap(module -> module.get().featureKeys().stream())
            .collect(Collectors.toUnmodifiableSet()));
  }

  /**
   * @param declared the features that exist
   */
  public MembershipEntitlements(Set<FeatureKey> declared) {
    this.declared = Set.copyOf(declared);
  }

  @Override
  public Decision check(CurrentUser user, TenantId tenant, FeatureKey feature) {
    if (!declared.contains(feature)) {
      return Decision.deny("There is no feature called '" + feature + "'.", null);
    }
    if (!user.authenticated() || user.membershipIn(tenant).isEmpty()) {
      return Decision.deny("Only members of '" + tenant + "' can use this.", null);
    }
    return Decision.allow();
  }
}
