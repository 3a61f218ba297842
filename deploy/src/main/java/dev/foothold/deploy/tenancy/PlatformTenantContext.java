package dev.foothold.deploy.tenancy;

import dev.foothold.platform.tenant.TenantContext;
import dev.foothold.platform.tenant.TenantId;
import dev.foothold.platform.tenant.TenantScope;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The current tenant: the one {@link TenantScope#call} set on this thread, else the one the
 * request's path names, else none.
 */
@ApplicationScoped
public class PlatformTenantContext implements TenantContext, TenantScope {

  private static final ThreadLocal<TenantId> SCOPED = new ThreadLocal<>();

  @Inject Instance<RequestTenant> request;

  @Resource TransactionSynchronizationRegistry transaction;

  /**
   * @return the tenant {@link #call} set on this thread; readable where CDI is not (while the
   *     application starts)
   */
  public static Optional<TenantId> scoped() {
    return Optional.ofNullable(SCOPED.get());
  }

  @Override
  public Optional<TenantId> current() {
    var scoped = SCOPED.get();
    if (scoped != null) {
      return Optional.of(scoped);
    }
    try {
      return request.get().tenant();
    } catch (ContextNotActiveException noRequest) {
      return Optional.empty();
    }
  }

  @Override
  public <T> T call(TenantId tenant, Supplier<T> work) {
    var outer = SCOPED.get();
    if (outer != null && !outer.equals(tenant)) {
      throw new IllegalStateException(
          "Already acting for tenant '" + outer + "'; cannot act for '" + tenant + "' inside it");
    }
    if (outer == null && transaction.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
      // the transaction's persistence context was opened for another tenant (or none)
      throw new IllegalStateException(
          "Act for tenant '" + tenant + "' before a transaction starts, not inside one");
    }
    SCOPED.set(tenant);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        SCOPED.remove();
      }
    }
  }
}
