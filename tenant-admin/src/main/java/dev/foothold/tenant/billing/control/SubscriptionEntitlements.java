package dev.foothold.tenant.billing.control;

import dev.foothold.platform.entitlement.Decision;
import dev.foothold.platform.entitlement.Entitlements;
import dev.foothold.platform.entitlement.FeatureKey;
import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.module.FootholdModule;
import dev.foothold.platform.tenant.TenantId;
import dev.foothold.platform.tenant.TenantScope;
import dev.foothold.platform.time.ClockSource;
import dev.foothold.tenant.entitlement.control.GateCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The gate: who may use a premium feature now.
 *
 * <ul>
 *   <li>Owners, admins, coaches and managers: always — a client's state never gates them.
 *   <li>Organisation staff: always while they are members; an organisation cannot have more active
 *       staff than its seats, so every staff member holds one.
 *   <li>Clients: by their trial or subscription ({@link Standing#decide}).
 * </ul>
 *
 * <p>Answers from memory: the member's role and the client's standing come from {@link GateCache}
 * (shared by every instance, invalidated when either changes), the rest from the clock.
 */
@ApplicationScoped
public class SubscriptionEntitlements implements Entitlements {

  /** The kind of {@link GateCache} entry that holds a client's standing. */
  private static final Set<FeatureKey> DECLARED =
      ServiceLoader.load(FootholdModule.class, SubscriptionEntitlements.class.getClassLoader())
          .stream()
          .flatMap(module -> module.get().featureKeys().stream())
          .collect(Collectors.toUnmodifiableSet());

  @Inject GateCache cache;
  @Inject ClockSource clock;
  @Inject TenantScope scope;
  @Inject Subscriptions subscriptions;

  @Override
  public Decision check(CurrentUser user, TenantId tenant, FeatureKey feature) {
    if (!DECLARED.contains(feature)) {
      return Decision.deny("There is no feature called '" + feature + "'.", null);
    }
    if (!user.authenticated()) {
      return Decision.deny("Sign in to use this.", null);
    }
    var membership = user.membershipIn(tenant);
    if (membership.isEmpty()) {
      return Decision.deny("Only members of '" + tenant + "' can use this.", null);
    }
    if (membership.get().role() != TenantRole.CLIENT) {
      return Decision.allow();
    }
    return standing(user, tenant).decide(clock.now(), upgradeLink(tenant));
  }

  /**
   * @param user a client
   * @param tenant their tenant
   * @return their standing, from the cache when it holds it
   */
  public Standing standing(CurrentUser user, TenantId tenant) {
    var verified = user.emailVerified() ? user.email() : Optional.<String>empty();
    return decode(
        cache
            .read(
                GateCache.STANDING,
                tenant,
                user.subject(),
                () ->
                    Optional.of(
                        encode(
                            scope.call(
                                tenant,
                                () -> subscriptions.standing(tenant, user.subject(), verified)))))
            .orElseThrow());
  }

  /**
   * @param tenant a tenant
   * @return where a client of {@code tenant} gets a checkout link
   */
  public static URI upgradeLink(TenantId tenant) {
    return URI.create("/api/v1/t/" + tenant.slug() + "/me/subscription/checkout");
  }

  static String encode(Standing s) {
    return s.state().name()
        + "|"
        + millis(s.trialEndsAt())
        + "|"
        + millis(s.graceEndsAt())
        + "|"
        + millis(s.currentPeriodEnd());
  }

  static Standing decode(String value) {
    var parts = value.split("\\|", -1);
    return new Standing(
        dev.foothold.tenant.billing.entity.SubscriptionState.valueOf(parts[0]),
        instant(parts[1]),
        instant(parts[2]),
        instant(parts[3]));
  }

  private static String millis(Instant at) {
    return at == null ? "" : at.getEpochSecond() + "." + at.getNano();
  }

  private static Instant instant(String value) {
    if (value.isEmpty()) {
      return null;
    }
    int dot = value.indexOf('.');
    return Instant.ofEpochSecond(
        Long.parseLong(value.substring(0, dot)), Long.parseLong(value.substring(dot + 1)));
  }
}
