package dev.foothold.tenant.tenants.entity;

/** What sort of tenant it is, which decides the roles and the way it pays. */
public enum TenantKind {
  /** A coaching business: its clients take trials and subscribe one by one. */
  COACHING_BUSINESS,
  /** An organisation training its staff: it pays for seats. */
  ORGANISATION
}
