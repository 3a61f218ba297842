package dev.foothold.platform.identity;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A member of a tenant as the people who work with them see them.
 *
 * @param subject who they are
 * @param name the name to show: their display name, else their email, else their subject
 * @param email their email, when known
 * @param role their role in the tenant
 * @param groups the tenant's groups they belong to (for example "Front desk"); never {@code null}
 */
public record Person(
    SubjectId subject, String name, Optional<String> email, TenantRole role, Set<String> groups) {

  /**
   * @throws NullPointerException when any component is null
   */
  public Person {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(role, "role");
    groups = Set.copyOf(Objects.requireNonNull(groups, "groups"));
  }
}
