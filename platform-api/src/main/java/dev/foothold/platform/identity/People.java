package dev.foothold.platform.identity;

import java.util.List;
import java.util.Optional;

/**
 * The people of the current tenant ({@link dev.foothold.platform.tenant.TenantContext}): who can be
 * assigned a ladder, who coaches, what to call them. Only active members are ever returned; a
 * removed member is as good as unknown.
 *
 * <p>Call it while a tenant is current; implementations read the tenant's member records.
 */
public interface People {

  /**
   * @return every active member of the current tenant, ordered by name; never {@code null}
   * @throws IllegalStateException when no tenant is current
   */
  List<Person> members();

  /**
   * @param subject who
   * @return that person when they are an active member of the current tenant; never {@code null}
   * @throws IllegalStateException when no tenant is current
   */
  Optional<Person> member(SubjectId subject);

  /**
   * @param name a group's name, as the tenant's administrators wrote it
   * @return the group's active members, ordered by name, or empty when the tenant has no such
   *     group; never {@code null}
   * @throws IllegalStateException when no tenant is current
   */
  Optional<List<Person>> group(String name);
}
