package dev.foothold.platform.identity;

/**
 * A person's role inside one tenant. A coaching business has owners, admins, coaches and clients;
 * an organisation has admins, managers and staff. Platform operators are not a tenant role: they
 * hold the realm role {@code platform-operator}.
 */
public enum TenantRole {
  /** Owns a coaching business: everything an admin may do, and cannot be removed by an admin. */
  OWNER,
  /** Runs the tenant: members, branding, plan settings. */
  ADMIN,
  /** Coaches clients of a coaching business. */
  COACH,
  /** A client of a coaching business, on a trial or a subscription. */
  CLIENT,
  /** Manages staff in an organisation and assigns them ladders. */
  MANAGER,
  /** A staff member of an organisation. */
  STAFF
}
