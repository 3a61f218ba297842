package dev.foothold.tenant.tenants.entity;

/** Whether a tenant's people can use Foothold. */
public enum TenantStatus {
  /** In use. */
  ACTIVE,
  /** Stopped by a platform operator; its data is kept. */
  SUSPENDED
}
