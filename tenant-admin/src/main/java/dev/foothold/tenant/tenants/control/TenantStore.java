package dev.foothold.tenant.tenants.control;

import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.tenant.TenantId;
import dev.foothold.tenant.directory.control.IdentityDirectory;
import dev.foothold.tenant.tenants.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Reads and writes tenants. */
@ApplicationScoped
public class TenantStore {

  @PersistenceContext(unitName = "tenancy")
  EntityManager em;

  @Inject IdentityDirectory directory;

  /**
   * @param id a tenant's slug
   * @return the tenant
   * @throws ProblemException 404 when there is none by that slug
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Tenant require(TenantId id) {
    return find(id).orElseThrow(() -> notFound(id));
  }

  /**
   * @param id a slug that names no tenant
   * @return the problem to answer with
   */
  public static ProblemException notFound(TenantId id) {
    return new ProblemException(
        404, "tenant-not-found", "Tenant not found", "There is no tenant called '" + id + "'.");
  }

  /**
   * @return every tenant, by slug
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Tenant> all() {
    return em.createQuery("select t from Tenant t order by t.slug", Tenant.class).getResultList();
  }

  /**
   * The tenant's Keycloak organisation, found by its alias and remembered the first time (tenants
   * made by importing a realm have none recorded).
   *
   * @param tenant a managed tenant
   * @return its organisation's id
   */
  @Transactional
  public String organisationOf(Tenant tenant) {
    return tenant
        .keycloakId()
        .orElseGet(
            () -> {
              var id =
                  directory
                      .findOrganization(tenant.id())
                      .orElseThrow(
                          () ->
                              new ProblemException(
                                  502,
                                  "organisation-missing",
                                  "Organisation missing",
                                  "The sign-in service has no organisation for '"
                                      + tenant.id()
                                      + "'. A platform operator must repair it."));
              em.merge(tenant).linkKeycloak(id);
              return id;
            });
  }

  /**
   * Locks the tenant's row ({@code SELECT ... FOR UPDATE}) until the current transaction ends, and
   * reads it afresh. Changes that must see each other (taking a seat, removing or demoting an
   * owner) take this lock first, so two of them at the same moment run one after the other and the
   * second counts what the first committed.
   *
   * @param tenant a tenant managed in the current transaction
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void lock(Tenant tenant) {
    em.refresh(em.contains(tenant) ? tenant : em.merge(tenant), LockModeType.PESSIMISTIC_WRITE);
  }

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
