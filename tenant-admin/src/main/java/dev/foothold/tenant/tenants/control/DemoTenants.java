package dev.foothold.tenant.tenants.control;

import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.module.PlatformReady;
import dev.foothold.platform.tenant.TenantId;
import dev.foothold.platform.tenant.TenantScope;
import dev.foothold.platform.time.ClockSource;
import dev.foothold.tenant.tenants.entity.Tenant;
import dev.foothold.tenant.tenants.entity.TenantKind;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds the demo tenants of the development realm ({@code deploy/src/main/keycloak}) when {@code
 * foothold.demo.seed} is true, with the role each demo person takes on first sign-in. Seeding is
 * idempotent: a tenant, member or invitation that exists is left as it is.
 */
@ApplicationScoped
public class DemoTenants {

  private static final Logger LOG = Logger.getLogger(DemoTenants.class.getName());

  static final List<DemoTenant> DEMO =
      List.of(
          new DemoTenant(
              "demo-coaching",
              TenantKind.COACHING_BUSINESS,
              "Demo Coaching",
              Map.of(
                  "owner@demo.test", TenantRole.OWNER,
                  "coach@demo.test", TenantRole.COACH,
                  "client@demo.test", TenantRole.CLIENT)),
          new DemoTenant(
              "demo-org",
              TenantKind.ORGANISATION,
              "Demo Organisation",
              Map.of(
                  "admin@demo.test", TenantRole.ADMIN,
                  "manager@demo.test", TenantRole.MANAGER,
                  "staff1@demo.test", TenantRole.STAFF,
                  "staff2@demo.test", TenantRole.STAFF)));

  /** A demo tenant and the roles its people take when they first sign in. */
  record DemoTenant(
      String slug, TenantKind kind, String displayName, Map<String, TenantRole> people) {}

  @Inject TenantStore tenants;
  @Inject ClockSource clock;
  @Inject TenantScope scope;
  @Inject DemoPeople people;

  @Inject
  @ConfigProperty(name = "foothold.demo.seed", defaultValue = "false")
  boolean seed;

  void onReady(@Observes @Priority(1000) PlatformReady ready) {
    if (!seed) {
      return;
    }
    for (DemoTenant demo : DEMO) {
      var tenant =
          new Tenant(new TenantId(demo.slug()), demo.kind(), demo.displayName(), clock.now());
      if (tenants.addIfAbsent(tenant)) {
        LOG.info(() -> "Demo data: created the tenant '" + demo.slug() + "'");
      }
      scope.run(tenant.id(), () -> people.expect(demo.people()));
    }
  }
}
