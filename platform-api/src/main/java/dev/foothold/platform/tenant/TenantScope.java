package dev.foothold.platform.tenant;

import java.util.function.Supplier;

/**
 * Runs work on behalf of one tenant outside a tenant-scoped request: start-up seeding, scheduled
 * jobs, a platform operator provisioning a tenant. Inside, {@link TenantContext#current()} names
 * the tenant and the database shows only that tenant's rows.
 */
public interface TenantScope {

  /**
   * @param tenant the tenant to act for; never {@code null}
   * @param work what to do; it must open its own transaction, after this call has set the tenant
   * @param <T> the result's type
   * @return what {@code work} returned
   * @throws IllegalStateException when called while another tenant is current on this thread
   */
  <T> T call(TenantId tenant, Supplier<T> work);

  /**
   * @param tenant the tenant to act for; never {@code null}
   * @param work what to do
   */
  default void run(TenantId tenant, Runnable work) {
    call(
        tenant,
        () -> {
          work.run();
          return null;
        });
  }
}
