package dev.foothold.tenant.directory.control;

import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.tenant.TenantId;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.ClientsResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;

/**
 * The identity directory in Keycloak, through the admin client, as the realm's {@code
 * foothold-admin} service account.
 */
@ApplicationScoped
public class KeycloakIdentityDirectory implements IdentityDirectory {

  private static final Logger LOG = Logger.getLogger(KeycloakIdentityDirectory.class.getName());

  @Inject
  @ConfigProperty(name = "foothold.keycloak.url")
  String url;

  @Inject
  @ConfigProperty(name = "foothold.keycloak.realm")
  String realmName;

  @Inject
  @ConfigProperty(name = "foothold.keycloak.admin.client-id")
  String clientId;

  @Inject
  @ConfigProperty(name = "foothold.keycloak.admin.client-secret")
  String clientSecret;

  @Inject
  @ConfigProperty(name = "foothold.portal.client-id")
  String portalClientId;

  @Inject
  @ConfigProperty(name = "foothold.portal.tenant-client-prefix", defaultValue = "foothold-portal-")
  String tenantClientPrefix;

  /** Keycloak replaces a client whole: changes to portal clients go one at a time. */
  private final Object portalClientLock = new Object();

  private volatile Keycloak keycloak;

  private RealmResource realm() {
    if (keycloak == null) {
      synchronized (this) {
        if (keycloak == null) {
          keycloak =
              KeycloakBuilder.builder()
                  .serverUrl(url)
                  .realm(realmName)
                  .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                  .clientId(clientId)
                  .clientSecret(clientSecret)
                  .build();
        }
      }
    }
    return keycloak.realm(realmName);
  }

  @PreDestroy
  void close() {
    if (keycloak != null) {
      keycloak.close();
    }
  }

  @Override
  public String createOrganization(TenantId tenant, String name, Optional<String> emailDomain) {
    var organisation = new OrganizationRepresentation();
    organisation.setAlias(tenant.slug());
    organisation.setName(organisationName(name, tenant.slug()));
    organisation.setEnabled(true);
    emailDomain.ifPresent(d -> organisation.addDomain(domain(d)));
    return call(
        "create the organisation '" + tenant + "'",
        () -> {
          try (Response response = realm().organizations().create(organisation)) {
            if (response.getStatus() == 409) {
              throw conflict(
                  "The identity directory already has an organisation with the slug '"
                      + tenant
                      + "'"
                      + emailDomain.map(d -> " or claiming the domain " + d).orElse("")
                      + ".");
            }
            if (response.getStatus() != 201) {
              throw unexpected("create the organisation '" + tenant + "'", response.getStatus());
            }
            var path = response.getLocation().getPath();
            return path.substring(path.lastIndexOf('/') + 1);
          }
        });
  }

  @Override
  public void deleteOrganization(String organisationId) {
    call(
        "delete an organisation",
        () -> {
          try (Response response = realm().organizations().get(organisationId).delete()) {
            if (response.getStatus() != 204 && response.getStatus() != 404) {
              throw unexpected("delete an organisation", response.getStatus());
            }
            return null;
          }
        });
  }

  @Override
  public void updateOrganization(
      String organisationId, String name, boolean enabled, Optional<String> emailDomain) {
    call(
        "update an organisation",
        () -> {
          var resource = realm().organizations().get(organisationId);
          var organisation = resource.toRepresentation();
          organisation.setName(organisationName(name, organisation.getAlias()));
          organisation.setEnabled(enabled);
          if (organisation.getDomains() != null) {
            List.copyOf(organisation.getDomains()).forEach(organisation::removeDomain);
          }
          emailDomain.ifPresent(d -> organisation.addDomain(domain(d)));
          try (Response response = resource.update(organisation)) {
            if (response.getStatus() == 409) {
              throw conflict(
                  "Another organisation already claims the domain " + emailDomain.orElse("") + ".");
            }
            if (response.getStatus() != 204) {
              throw unexpected("update an organisation", response.getStatus());
            }
            return null;
          }
        });
  }

  @Override
  public Optional<String> findOrganization(TenantId tenant) {
    return call(
        "find the organisation '" + tenant + "'",
        () ->
            realm().organizations().getAll().stream()
                .filter(o -> tenant.slug().equals(o.getAlias()))
                .map(OrganizationRepresentation::getId)
                .findFirst());
  }

  @Override
  public Optional<DirectoryUser> findUserByEmail(String email) {
    return call(
        "look up a user",
        () ->
            realm().users().searchByEmail(email, true).stream()
                .findFirst()
                .map(
                    u ->
                        new DirectoryUser(
                            u.getId(), u.getEmail(), u.getFirstName(), u.getLastName())));
  }

  @Override
  public void addMember(String organisationId, String userId) {
    call(
        "add a member",
        () -> {
          try (Response response =
              realm().organizations().get(organisationId).members().addMember(userId)) {
            if (response.getStatus() != 201 && response.getStatus() != 409) {
              throw unexpected("add a member", response.getStatus());
            }
            return null;
          }
        });
  }

  @Override
  public void removeMember(String organisationId, String userId) {
    call(
        "remove a member",
        () -> {
          try (Response response =
              realm().organizations().get(organisationId).members().member(userId).delete()) {
            if (response.getStatus() != 204 && response.getStatus() != 404) {
              throw unexpected("remove a member", response.getStatus());
            }
            return null;
          }
        });
  }

  @Override
  public void invite(String organisationId, String email, String firstName, String lastName) {
    call(
        "send an invitation",
        () -> {
          try (Response response =
              realm()
                  .organizations()
                  .get(organisationId)
                  .members()
                  .inviteUser(email, firstName, lastName)) {
            if (response.getStatus() == 409) {
              throw conflict("An invitation to " + email + " is already waiting to be accepted.");
            }
            if (response.getStatus() >= 300) {
              throw unexpected(
                  "send an invitation (is the realm's email server set?)", response.getStatus());
            }
            return null;
          }
        });
  }

  @Override
  public boolean invitationOutstanding(String organisationId, String email) {
    return call(
        "look up an invitation",
        () ->
            realm()
                .organizations()
                .get(organisationId)
                .invitations()
                .list(null, email, null, null, null, 0, 100)
                .stream()
                .anyMatch(i -> email.equalsIgnoreCase(i.getEmail())));
  }

  @Override
  public String admitPortalHosts(TenantId tenant, Collection<String> hosts) {
    var clientId = TenantPortalClient.idOf(tenantClientPrefix, tenant);
    var uris = hosts.stream().map(PortalAddresses::redirectFor).distinct().sorted().toList();
    var what = "let people sign in on the custom domains of '" + tenant + "'";
    return call(
        what,
        () -> {
          synchronized (portalClientLock) {
            var clients = realm().clients();
            var shared = sharedPortalClient(clients, what);
            var found = clients.findByClientId(clientId);
            if (found.isEmpty()) {
              var created = TenantPortalClient.create(shared, clientId);
              TenantPortalClient.harden(created, tenant, uris);
              try (Response response = clients.create(created)) {
                if (response.getStatus() != 201 && response.getStatus() != 409) {
                  throw unexpected("create the sign-in client " + clientId, response.getStatus());
                }
              }
              found = clients.findByClientId(clientId);
            }
            var client = clients.get(found.get(0).getId());
            var representation = client.toRepresentation();
            TenantPortalClient.harden(representation, tenant, uris);
            client.update(representation);
            sameDefaultScopes(client, shared);
            LOG.info(() -> "Keycloak: client " + clientId + " now admits " + uris);
            return clientId;
          }
        });
  }

  /**
   * Gives the tenant's client the shared client's default scopes (the organisation claim and the
   * profile among them): Keycloak does not take them from a new client's representation.
   */
  private void sameDefaultScopes(ClientResource client, ClientRepresentation shared) {
    var wanted =
        shared.getDefaultClientScopes() == null
            ? List.<String>of()
            : shared.getDefaultClientScopes();
    var present =
        client.getDefaultClientScopes().stream().map(ClientScopeRepresentation::getName).toList();
    var optional =
        client.getOptionalClientScopes().stream().map(ClientScopeRepresentation::getName).toList();
    var missing = wanted.stream().filter(name -> !present.contains(name)).toList();
    if (missing.isEmpty()) {
      return;
    }
    var ids =
        realm().clientScopes().findAll().stream()
            .collect(
                Collectors.toMap(
                    ClientScopeRepresentation::getName,
                    ClientScopeRepresentation::getId,
                    (a, b) -> a));
    for (var name : missing) {
      var id = ids.get(name);
      if (id == null) {
        continue;
      }
      if (optional.contains(name)) {
        client.removeOptionalClientScope(id);
      }
      client.addDefaultClientScope(id);
    }
  }

  /** The client every tenant's portal shares: the model for a tenant's own. It is only read. */
  private ClientRepresentation sharedPortalClient(ClientsResource clients, String what) {
    var found = clients.findByClientId(portalClientId);
    if (found.isEmpty()) {
      throw new ProblemException(
          502,
          "portal-client-missing",
          "Sign-in client missing",
          "The sign-in service has no client '"
              + portalClientId
              + "' (foothold.portal.client-id) to model a tenant's own on, so Foothold could not "
              + what
              + ".");
    }
    return clients.get(found.get(0).getId()).toRepresentation();
  }

  private static OrganizationDomainRepresentation domain(String name) {
    var domain = new OrganizationDomainRepresentation();
    domain.setName(name);
    return domain;
  }

  /**
   * Keycloak wants organisation names unique in the realm; Foothold does not want display names
   * unique across the platform (two businesses may both be "Mindful Coaching"). The slug, unique
   * already, makes the organisation's name unique while it still reads well in Keycloak's emails.
   */
  static String organisationName(String displayName, String slug) {
    return displayName + " (" + slug + ")";
  }

  private <T> T call(String what, Supplier<T> work) {
    try {
      return work.get();
    } catch (ProblemException e) {
      throw e;
    } catch (ProcessingException e) {
      LOG.warning(() -> "Keycloak could not be reached to " + what + ": " + e.getMessage());
      throw new ProblemException(
          503,
          "identity-provider-unavailable",
          "Sign-in service unavailable",
          "Foothold could not reach its sign-in service to "
              + what
              + ". Nothing was changed; try again in a moment.");
    } catch (WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status == 409) {
        throw conflict("The sign-in service refused to " + what + " because it exists already.");
      }
      if (status == 404) {
        throw new ProblemException(
            404,
            "not-found",
            "Not found",
            "The sign-in service does not know it: could not " + what + ".");
      }
      throw unexpected(what, status);
    }
  }

  private static ProblemException conflict(String detail) {
    return new ProblemException(409, "conflict", "Already exists", detail);
  }

  private static ProblemException unexpected(String what, int status) {
    LOG.warning(() -> "Keycloak answered " + status + " when asked to " + what);
    return new ProblemException(
        502,
        "identity-provider-error",
        "Sign-in service error",
        "The sign-in service refused to " + what + " (it answered " + status + ").",
        java.util.Map.of("upstreamStatus", status));
  }
}
