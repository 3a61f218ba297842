package dev.foothold.tenant.members.boundary;

import dev.foothold.tenant.members.entity.Invitation;
import java.time.Instant;

/**
 * An invitation waiting to be accepted.
 *
 * @param email who was invited
 * @param role the role they will take, in lower case
 * @param invitedBy who invited them
 * @param invitedAt when
 */
public record InvitationView(String email, String role, String invitedBy, Instant invitedAt) {

  static InvitationView of(Invitation invitation) {
    return new InvitationView(
        invitation.email(),
        invitation.role().name().toLowerCase(java.util.Locale.ROOT),
        invitation.invitedBy(),
        invitation.invitedAt());
  }
}
