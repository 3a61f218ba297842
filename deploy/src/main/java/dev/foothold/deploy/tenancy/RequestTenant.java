package dev.foothold.deploy.tenancy;

import dev.foothold.platform.tenant.TenantId;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The tenant the pipeline resolved from this request's path. */
@RequestScoped
public class RequestTenant {

  private TenantId tenant;

  Optional<TenantId> tenant() {
    return Optional.ofNullable(tenant);
  }

  void enter(TenantId tenant) {
    if (this.tenant != null && !this.tenant.equals(tenant)) {
      throw new IllegalStateException("A request belongs to one tenant");
    }
    this.tenant = tenant;
  }
}
