package dev.foothold.platform.tenant;

import java.util.Optional;

/**
 * The tenant of the request being served.
 *
 * <p>Request-scoped. The pipeline resolves the tenant before any module code runs and has already
 * checked that the caller is a member of it; a module never resolves a tenant by itself.
 */
public interface TenantContext {

  /**
   * @return the tenant of this request, or empty for requests that are not tenant-scoped (for
   *     example {@code /api/v1/me}); never {@code null}
   */
  Optional<TenantId> current();

  /**
   * @return the tenant of this request; never {@code null}
   * @throws IllegalStateException when called on a request that is not tenant-scoped, which is a
   *     programming error (the resource is mapped outside {@code /api/v1/t/{slug}})
   */
  default TenantId require() {
    return current()
        .orElseThrow(
            () -> new IllegalStateException("This request is not scoped to a tenant: no tenant"));
  }
}
