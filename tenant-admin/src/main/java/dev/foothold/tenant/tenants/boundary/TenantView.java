package dev.foothold.tenant.tenants.boundary;

import dev.foothold.tenant.tenants.entity.Tenant;

/**
 * What a member sees of their tenant.
 *
 * @param slug the tenant's slug
 * @param displayName its name
 * @param kind {@code COACHING_BUSINESS} or {@code ORGANISATION}
 * @param status {@code ACTIVE} or {@code SUSPENDED}
 */
public record TenantView(String slug, String displayName, String kind, String status) {

  static TenantView of(Tenant tenant) {
    return new TenantView(
        tenant.id().slug(), tenant.displayName(), tenant.kind().name(), tenant.status().name());
  }
}
