package dev.foothold.tenant.members.boundary;

import dev.foothold.tenant.members.entity.Member;
import java.time.Instant;

/**
 * A member as the tenant's admins see them.
 *
 * @param subject their stable id
 * @param email their email address (left out for managers)
 * @param displayName their name
 * @param role their role, in lower case
 * @param joinedAt when they joined
 */
public record MemberView(
    String subject, String email, String displayName, String role, Instant joinedAt) {

  /** The same member without their email address. */
  MemberView withoutEmail() {
    return new MemberView(subject, null, displayName, role, joinedAt);
  }

  static MemberView of(Member member) {
    return new MemberView(
        member.subject().value(),
        member.email().orElse(null),
        member.displayName().orElse(null),
        member.role().name().toLowerCase(java.util.Locale.ROOT),
        member.joinedAt());
  }
}
