package dev.foothold.tenant.tenants.control;

import dev.foothold.platform.module.PlatformReady;
import dev.foothold.platform.tenant.TenantId;
import dev.foothold.platform.time.ClockSource;
import dev.foothold.tenant.tenants.entity.Tenant;
import dev.foothold.tenant.tenants.entity.TenantKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds the demo tenants of the development realm ({@code deploy/src/main/keycloak}) when {@code
 * foothold.demo.seed} is true. Seeding is idempotent: a tenant that exists is left as it is.
 */
@ApplicationScoped
public class DemoTenants {

  private static final Logger LOG = Logger.getLogger(DemoTenants.class.getName());

  static final List<DemoTenant> DEMO =
      List.of(
          new DemoTenant("demo-coaching", TenantKind.COACHING_BUSINESS, "Demo Coaching"),
          new DemoTenant("demo-org", TenantKind.ORGANISATION, "Demo Organisation"));

  record DemoTenant(String slug, TenantKind kind, String displayName) {}

  @Inject TenantStore tenants;
  @Inject ClockSource clock;

  @Inject
  @ConfigProperty(name = "foothold.demo.seed", defaultValue = "false")
  boolean seed;

  void onReady(@Observes PlatformReady ready) {
    if (!seed) {
      return;
    }
    for (DemoTenant demo : DEMO) {
      var tenant =
          new Tenant(new TenantId(demo.slug()), demo.kind(), demo.displayName(), clock.now());
      if (tenants.addIfAbsent(tenant)) {
        LOG.info(() -> "Demo data: created the tenant '" + demo.slug() + "'");
      }
    }
  }
}
