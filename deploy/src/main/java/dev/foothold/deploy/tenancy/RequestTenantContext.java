package dev.foothold.deploy.tenancy;

import dev.foothold.platform.tenant.TenantContext;
import dev.foothold.platform.tenant.TenantId;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The tenant the pipeline resolved for this request. */
@RequestScoped
public class RequestTenantContext implements TenantContext {

  private TenantId tenant;

  @Override
  public Optional<TenantId> current() {
    return Optional.ofNullable(tenant);
  }

  void enter(TenantId tenant) {
    if (this.tenant != null && !this.tenant.equals(tenant)) {
      throw new IllegalStateException("A request belongs to one tenant");
    }
    this.tenant = tenant;
  }
}
