package dev.foothold.tenant.tenants.boundary;

import dev.foothold.tenant.tenants.entity.Tenant;
import java.time.Instant;

/**
 * A tenant as a platform operator sees it.
 *
 * @param slug its slug
 * @param displayName its name
 * @param kind coaching business or organisation
 * @param status active or suspended
 * @param emailDomain its linked email domain, if any
 * @param plan its plan settings
 * @param createdAt when it was created
 */
public record OperatorTenantView(
    String slug,
    String displayName,
    String kind,
    String status,
    String emailDomain,
    PlanSettings plan,
    Instant createdAt) {

  static OperatorTenantView of(Tenant tenant) {
    return new OperatorTenantView(
        tenant.id().slug(),
        tenant.displayName(),
        tenant.kind().name(),
        tenant.status().name(),
        tenant.emailDomain().orElse(null),
        PlanSettings.of(tenant),
        tenant.createdAt());
  }
}
