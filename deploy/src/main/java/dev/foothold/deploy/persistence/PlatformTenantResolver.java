package dev.foothold.deploy.persistence;

import dev.foothold.deploy.tenancy.PlatformTenantContext;
import dev.foothold.platform.tenant.TenantContext;
import dev.foothold.platform.tenant.TenantId;
import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Tells Hibernate the current tenant, for {@code @TenantId} columns. Every module's persistence
 * unit names it in {@code hibernate.tenant_identifier_resolver}.
 *
 * <p>With no tenant it answers {@value #NO_TENANT}, which matches no row: Hibernate forbids null,
 * and the foreign key to {@code tenancy.tenant} refuses it as a value to write.
 */
public class PlatformTenantResolver implements CurrentTenantIdentifierResolver<String> {

  /** The identifier used when no tenant is current. */
  public static final String NO_TENANT = "";

  @Override
  public String resolveCurrentTenantIdentifier() {
    var scoped = PlatformTenantContext.scoped();
    if (scoped.isPresent()) {
      return scoped.get().slug();
    }
    CDI<Object> cdi;
    try {
      cdi = CDI.current();
    } catch (IllegalStateException notYet) {
      // Payara opens an entity manager while deploying, before CDI is up: no tenant then
      return NO_TENANT;
    }
    return cdi.select(TenantContext.class).get().current().map(TenantId::slug).orElse(NO_TENANT);
  }

  @Override
  public boolean validateExistingCurrentSessions() {
    return true;
  }

  @Override
  public boolean isRoot(String tenant) {
    return false;
  }
}
