package dev.foothold.tenant.members.control;

import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.tenant.tenants.entity.TenantKind;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Which roles a kind of tenant has, and the role a person takes when nobody chose one. */
public final class RolesOfKind {

  private RolesOfKind() {}

  /**
   * @param kind a kind of tenant
   * @return the roles it has
   */
  public static Set<TenantRole> of(TenantKind kind) {
    return switch (kind) {
      case COACHING_BUSINESS ->
          EnumSet.of(TenantRole.OWNER, TenantRole.ADMIN, TenantRole.COACH, TenantRole.CLIENT);
      case ORGANISATION -> EnumSet.of(TenantRole.ADMIN, TenantRole.MANAGER, TenantRole.STAFF);
    };
  }

  /**
   * @param kind a kind of tenant
   * @return the role of someone who joins without one: a client, or a staff member
   */
  public static TenantRole arriving(TenantKind kind) {
    return kind == TenantKind.COACHING_BUSINESS ? TenantRole.CLIENT : TenantRole.STAFF;
  }

  /**
   * @param kind a kind of tenant
   * @return the role that runs it: owner of a coaching business, admin of an organisation
   */
  public static TenantRole running(TenantKind kind) {
    return kind == TenantKind.COACHING_BUSINESS ? TenantRole.OWNER : TenantRole.ADMIN;
  }

  /**
   * @throws ProblemException 400 when {@code role} does not exist in this kind of tenant
   */
  public static void require(TenantKind kind, TenantRole role) {
    if (!of(kind).contains(role)) {
      throw new ProblemException(
          400,
          "role-not-in-tenant",
          "No such role here",
          "A "
              + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + " has the roles "
              + of(kind).stream()
                  .map(r -> r.name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(", "))
              + "; not "
              + role.name().toLowerCase(Locale.ROOT)
              + ".");
    }
  }
}
