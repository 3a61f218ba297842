package dev.foothold.tenant.members.control;

import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.tenant.tenants.entity.Tenant;

/** An organisation cannot have more active staff than the seats it pays for. */
final class Seats {

  private Seats() {}

  /**
   * @param tenant the tenant
   * @param role the role someone is about to take
   * @param activeStaff how many active staff it has now, not counting that person
   * @throws ProblemException 409 when every seat is taken
   */
  static void requireFree(Tenant tenant, TenantRole role, long activeStaff) {
    if (role != TenantRole.STAFF || tenant.seats().isEmpty()) {
      return;
    }
    int seats = tenant.seats().get();
    if (activeStaff >= seats) {
      throw new ProblemException(
          409,
          "no-seat-left",
          "Every seat is taken",
          tenant.displayName()
              + " pays for "
              + seats
              + (seats == 1 ? " seat" : " seats")
              + " and all are taken. Free a seat or buy more before adding staff.",
          java.util.Map.of("seats", seats, "activeStaff", activeStaff));
    }
  }
}
