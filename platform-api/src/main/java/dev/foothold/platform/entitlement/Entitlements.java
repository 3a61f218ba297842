package dev.foothold.platform.entitlement;

import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.tenant.TenantId;

/**
 * Answers whether a person may use a feature in a tenant at this moment.
 *
 * <p>Implementations must answer from memory (a cache invalidated by subscription changes), not
 * with a database round trip per call, because the pipeline asks on every gated request. They must
 * never deny a person access to their own evidence: such paths are not gated at all.
 */
public interface Entitlements {

  /**
   * @param user the caller; never {@code null}
   * @param tenant the tenant the request is scoped to; never {@code null}
   * @param feature the feature asked for; never {@code null}
   * @return the decision; never {@code null}. An unknown feature or a person who is not a member of
   *     {@code tenant} gets {@link Decision.Verdict#DENY}, never an exception.
   */
  Decision check(CurrentUser user, TenantId tenant, FeatureKey feature);
}
