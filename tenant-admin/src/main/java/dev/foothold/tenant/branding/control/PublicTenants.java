package dev.foothold.tenant.branding.control;

import dev.foothold.platform.tenant.TenantId;
import dev.foothold.tenant.tenants.control.TenantStore;
import dev.foothold.tenant.tenants.entity.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Which tenants the public may see (their branding, logo, portal host): active ones only. A
 * suspended tenant answers exactly as one that does not exist, so nobody learns from outside that a
 * business was suspended.
 */
@ApplicationScoped
public class PublicTenants {

  @Inject TenantStore tenants;

  /**
   * @param id a tenant named in a public request
   * @return whether the public may see it
   */
  public boolean listed(TenantId id) {
    return tenants.find(id).filter(t -> t.status() == TenantStatus.ACTIVE).isPresent();
  }

  /**
   * @param id a tenant named in a public request
   * @throws dev.foothold.platform.problem.ProblemException 404 {@code tenant-not-found}, the same
   *     for a suspended tenant as for an unknown one
   */
  public void requireListed(TenantId id) {
    if (!listed(id)) {
      throw TenantStore.notFound(id);
    }
  }
}
