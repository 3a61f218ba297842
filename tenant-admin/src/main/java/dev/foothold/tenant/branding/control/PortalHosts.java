package dev.foothold.tenant.branding.control;

import dev.foothold.platform.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which tenant a portal host serves: a verified custom domain, or {@code <slug>.<base domain>}.
 * Verified domains are public (they are in DNS), so this lookup needs no tenant.
 */
@ApplicationScoped
public class PortalHosts {

  @PersistenceContext(unitName = "tenancy")
  EntityManager em;

  @Inject
  @ConfigProperty(name = "foothold.portal.base-domain", defaultValue = "localhost")
  String baseDomain;

  /**
   * @param host the request's host, without port
   * @return whether it is one of the platform's own portal hosts ({@code <slug>.<base domain>});
   *     otherwise it can only be a tenant's custom domain
   */
  public boolean platformHost(String host) {
    return host.toLowerCase(Locale.ROOT).endsWith("." + baseDomain.toLowerCase(Locale.ROOT));
  }

  /**
   * @param host the request's host, without port
   * @return the tenant it serves
   */
  @Transactional
  public Optional<TenantId> tenantOf(String host) {
    var name = host.toLowerCase(Locale.ROOT);
    var suffix = "." + baseDomain.toLowerCase(Locale.ROOT);
    if (name.endsWith(suffix)) {
      var slug = name.substring(0, name.length() - suffix.length());
      return TenantId.isValid(slug) ? Optional.of(new TenantId(slug)) : Optional.empty();
    }
    return em.createNativeQuery(
            "select tenant_id from tenancy.custom_domain where domain = ?1 and verified_at is not null",
            String.class)
        .setParameter(1, name)
        .getResultStream()
        .findFirst()
        .map(slug -> new TenantId((String) slug));
  }
}
