package dev.foothold.tenant.members.control;

import dev.foothold.platform.identity.People;
import dev.foothold.platform.identity.Person;
import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.tenant.TenantContext;
import dev.foothold.tenant.members.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The members of the current tenant as other modules see them: names, roles and groups. */
@ApplicationScoped
@Transactional
public class TenantPeople implements People {

  @Inject TenantContext tenant;
  @Inject MemberStore members;
  @Inject Groups groups;

  @Override
  public List<Person> members() {
    tenant.require();
    var groupsOf = groups.groupsOfEveryone();
    return members.active().stream()
        .map(m -> person(m, groupsOf))
        .sorted(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  @Override
  public Optional<Person> member(SubjectId subject) {
    tenant.require();
    return members
        .find(subject)
        .filter(Member::active)
        .map(m -> person(m, groups.groupsOfEveryone()));
  }

  @Override
  public Optional<List<Person>> group(String name) {
    tenant.require();
    return groups
        .membersOf(name)
        .map(
            list -> {
              var groupsOf = groups.groupsOfEveryone();
              return list.stream()
                  .map(m -> person(m, groupsOf))
                  .sorted(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER))
                  .toList();
            });
  }

  private static Person person(Member m, Map<String, List<String>> groupsOf) {
    return new Person(
        m.subject(),
        m.displayName().or(m::email).orElse(m.subject().value()),
        m.email(),
        m.role(),
        Set.copyOf(groupsOf.getOrDefault(m.subject().value(), List.of())));
  }
}
