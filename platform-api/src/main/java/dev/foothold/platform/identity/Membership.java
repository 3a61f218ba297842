package dev.foothold.platform.identity;

import dev.foothold.platform.tenant.TenantId;
import java.util.Objects;

/**
 * That a person belongs to a tenant, and in which role.
 *
 * @param tenant the tenant
 * @param person the member
 * @param role their role there
 */
public record Membership(TenantId tenant, SubjectId person, TenantRole role) {

  /**
   * @throws NullPointerException when any component is null
   */
  public Membership {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
  }

  /**
   * @param roles roles
   * @return whether this member holds one of them
   */
  public boolean holdsAnyOf(TenantRole... roles) {
    for (TenantRole r : roles) {
      if (r == role) {
        return true;
      }
    }
    return false;
  }
}
