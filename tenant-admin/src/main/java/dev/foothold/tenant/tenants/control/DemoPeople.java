package dev.foothold.tenant.tenants.control;

import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.time.ClockSource;
import dev.foothold.tenant.members.control.MemberStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

/** Records, in the current tenant, the role each demo person takes when they first sign in. */
@ApplicationScoped
public class DemoPeople {

  @Inject MemberStore members;
  @Inject ClockSource clock;

  @Transactional
  public void expect(Map<String, TenantRole> people) {
    people.forEach(
        (email, role) -> {
          if (members.byEmail(email).isEmpty() && members.invitation(email).isEmpty()) {
            members.invite(email, role, "demo data", clock.now());
          }
        });
  }
}
