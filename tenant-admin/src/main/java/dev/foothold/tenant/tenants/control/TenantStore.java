package dev.foothold.tenant.tenants.control;

import dev.foothold.platform.tenant.TenantId;
import dev.foothold.tenant.tenants.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Reads and writes tenants. */
@ApplicationScoped
public class TenantStore {

  @PersistenceContext(unitName = "tenancy")
  EntityManager em;

  /**
   * @param id a tenant's slug
   * @return the tenant, or empty when there is none by that slug
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Tenant> find(TenantId id) {
    return Optional.ofNullable(em.find(Tenant.class, id.slug()));
  }

  /**
   * Stores the tenant unless one with its slug exists already.
   *
   * @param tenant a new tenant
   * @return whether it was stored
   */
  @Transactional
  public boolean addIfAbsent(Tenant tenant) {
    if (em.find(Tenant.class, tenant.id().slug()) != null) {
      return false;
    }
    em.persist(tenant);
    return true;
  }
}
