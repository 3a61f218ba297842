package dev.foothold.tenant.members.control;

import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.time.ClockSource;
import dev.foothold.tenant.members.entity.GroupMember;
import dev.foothold.tenant.members.entity.Member;
import dev.foothold.tenant.members.entity.MemberGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Groups of the current tenant's members. Only active members are ever listed as in a group; a
 * member who leaves and comes back finds their groups as they were.
 */
@ApplicationScoped
@Transactional
public class Groups {

  private static final Logger LOG = Logger.getLogger(Groups.class.getName());

  @PersistenceContext(unitName = "tenancy")
  EntityManager em;

  @Inject MemberStore members;
  @Inject ClockSource clock;
  @Inject CurrentUser caller;

  /** A group and its active members, by name. */
  public record Listing(MemberGroup group, List<Member> members) {}

  /**
   * @return every group, by name, with its active members
   */
  public List<Listing> all() {
    var byGroup = new TreeMap<String, List<Member>>(String.CASE_INSENSITIVE_ORDER);
    var groups = new LinkedHashMap<String, MemberGroup>();
    for (var group :
        em.createQuery("select g from MemberGroup g order by lower(g.name)", MemberGroup.class)
            .getResultList()) {
      groups.put(group.name(), group);
      byGroup.put(group.name(), new ArrayList<>());
    }
    for (var row :
        em.createQuery(
                "select gm.groupName, m from GroupMember gm, Member m"
                    + " where m.subject = gm.subject and m.removedAt is null"
                    + " order by m.displayName, m.email",
                Object[].class)
            .getResultList()) {
      byGroup.get((String) row[0]).add((Member) row[1]);
    }
    return groups.values().stream().map(g -> new Listing(g, byGroup.get(g.name()))).toList();
  }

  /**
   * @return the group of that name, whatever its case
   */
  public Optional<MemberGroup> find(String name) {
    return em.createQuery(
            "select g from MemberGroup g where lower(g.name) = :name", MemberGroup.class)
        .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  /**
   * @return the active members of the group of that name, or empty when there is no such group
   */
  public Optional<List<Member>> membersOf(String name) {
    return find(name)
        .map(
            group ->
                em.createQuery(
                        "select m from GroupMember gm, Member m where gm.groupName = :group"
                            + " and m.subject = gm.subject and m.removedAt is null"
                            + " order by m.displayName, m.email",
                        Member.class)
                    .setParameter("group", group.name())
                    .getResultList());
  }

  /**
   * @return the names of the groups each active member belongs to, by subject
   */
  public Map<String, List<String>> groupsOfEveryone() {
    var groups = new TreeMap<String, List<String>>();
    em.createQuery("select gm from GroupMember gm order by gm.groupName", GroupMember.class)
        .getResultList()
        .forEach(
            gm -> groups.computeIfAbsent(gm.subject(), s -> new ArrayList<>()).add(gm.groupName()));
    return groups;
  }

  /**
   * Creates a group; asking again for one that exists (in any case) changes nothing.
   *
   * @return the group, and whether it was created now
   */
  public Created create(String name) {
    var existing = find(name);
    if (existing.isPresent()) {
      return new Created(existing.get(), false);
    }
    var group = new MemberGroup(name.strip(), caller.subject().value(), clock.now());
    em.persist(group);
    LOG.info(() -> caller.username() + " created the group '" + group.name() + "'");
    return new Created(group, true);
  }

  /** A group, and whether the request created it. */
  public record Created(MemberGroup group, boolean created) {}

  /** Deletes a group; its members stay members of the tenant. */
  public void delete(String name) {
    var group = require(name);
    em.createQuery("delete from GroupMember gm where gm.groupName = :group")
        .setParameter("group", group.name())
        .executeUpdate();
    em.remove(group);
    LOG.info(() -> caller.username() + " deleted the group '" + group.name() + "'");
  }

  /** Puts an active member in a group; doing it twice changes nothing. */
  public void add(String name, SubjectId subject) {
    var group = require(name);
    var member = members.find(subject).filter(Member::active);
    if (member.isEmpty()) {
      throw new ProblemException(
          404,
          "member-not-found",
          "No such member",
          "Nobody with id " + subject.value() + " is a member here, so they cannot join a group.");
    }
    if (em.find(GroupMember.class, new GroupMember.Key(group.name(), subject.value())) == null) {
      em.persist(new GroupMember(group.name(), subject.value()));
    }
  }

  /** Takes a member out of a group; taking out someone who is not in it changes nothing. */
  public void remove(String name, SubjectId subject) {
    var group = require(name);
    var membership = em.find(GroupMember.class, new GroupMember.Key(group.name(), subject.value()));
    if (membership != null) {
      em.remove(membership);
    }
  }

  private MemberGroup require(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new ProblemException(
                    404,
                    "group-not-found",
                    "No such group",
                    "There is no group called '" + name + "' here."));
  }
}
