package dev.foothold.tenant.directory.control;

import dev.foothold.platform.tenant.TenantId;
import java.util.Optional;

/**
 * Where people and organisations live. A seam: Keycloak today ({@link KeycloakIdentityDirectory}).
 *
 * <p>Every method throws {@link dev.foothold.platform.problem.ProblemException}: 503 when the
 * directory cannot be reached, 409 when it refuses because something exists already, 502 when it
 * answers with an error Foothold does not expect. No method returns {@code null}.
 */
public interface IdentityDirectory {

  /**
   * @param tenant the alias the organisation gets
   * @param name its display name
   * @param emailDomain a domain whose users belong to it, if any
   * @return the new organisation's id
   */
  String createOrganization(TenantId tenant, String name, Optional<String> emailDomain);

  /**
   * @param organisationId an organisation; nothing happens when it does not exist
   */
  void deleteOrganization(String organisationId);

  /**
   * @param organisationId an organisation
   * @param name its new display name
   * @param enabled whether its members may sign in through it
   * @param emailDomain its linked email domain, if any
   */
  void updateOrganization(
      String organisationId, String name, boolean enabled, Optional<String> emailDomain);

  /**
   * @param tenant an alias
   * @return the id of the organisation with that alias
   */
  Optional<String> findOrganization(TenantId tenant);

  /**
   * @param email an email address
   * @return the person with exactly that email
   */
  Optional<DirectoryUser> findUserByEmail(String email);

  /** Makes a person a member of an organisation; nothing happens when they are one already. */
  void addMember(String organisationId, String userId);

  /** Ends a person's membership of an organisation; nothing happens when they are none. */
  void removeMember(String organisationId, String userId);

  /**
   * Sends an email inviting a person to register and join the organisation.
   *
   * @throws dev.foothold.platform.problem.ProblemException 409 when an invitation is pending
   */
  void invite(String organisationId, String email, String firstName, String lastName);

  /**
   * Whether the directory still holds an invitation (pending or expired) to {@code email} for the
   * organisation. Keycloak removes an invitation when it is accepted through its link, so {@code
   * false} for an address Foothold invited means the invitation was taken up in Keycloak's own
   * pages (or withdrawn there).
   *
   * @param organisationId the organisation's id
   * @param email an email address, in any case
   * @return whether an invitation to it is still outstanding
   * @throws dev.foothold.platform.problem.ProblemException 503 when the directory cannot be reached
   */
  boolean invitationOutstanding(String organisationId, String email);

  /**
   * Makes the tenant's own portal sign-in client send people back to exactly these hosts ({@code
   * https://<host>/*}, after signing in and out), creating the client when it is missing. The
   * client belongs to this tenant alone: no other tenant's client, and not the portal client every
   * tenant shares, is ever changed. Its tokens carry no realm roles, and Foothold accepts them for
   * this tenant's own paths only.
   *
   * @param tenant the tenant
   * @param hosts its verified custom domains; empty leaves the client admitting no address
   * @return the client's id ({@code clientId})
   */
  String admitPortalHosts(TenantId tenant, java.util.Collection<String> hosts);
}
