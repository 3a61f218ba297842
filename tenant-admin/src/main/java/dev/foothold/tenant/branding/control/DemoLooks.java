package dev.foothold.tenant.branding.control;

import dev.foothold.platform.module.PlatformReady;
import dev.foothold.platform.tenant.TenantId;
import dev.foothold.platform.tenant.TenantScope;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives the demo tenants distinct looks when {@code foothold.demo.seed} is true (after they exist).
 */
@ApplicationScoped
public class DemoLooks {

  record Look(String name, String primary, String accent, String support) {}

  static final Map<String, Look> LOOKS =
      Map.of(
          "demo-coaching", new Look("Demo Coaching", "#0B6E4F", "#F4D35E", "hello@demo.test"),
          "demo-org", new Look("Demo Organisation", "#3D2C8D", "#FF8C42", "learning@demo.test"));

  @Inject TenantScope scope;
  @Inject BrandingStore branding;

  @Inject
  @ConfigProperty(name = "foothold.demo.seed", defaultValue = "false")
  boolean seed;

  void onReady(@Observes @Priority(2000) PlatformReady ready) {
    if (!seed) {
      return;
    }
    LOOKS.forEach(
        (slug, look) ->
            scope.run(
                new TenantId(slug),
                () -> {
                  if (branding.look().supportEmail() == null) {
                    branding.restyle(
                        look.name(), look.primary(), null, look.accent(), null, look.support());
                  }
                }));
  }
}
