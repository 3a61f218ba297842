package dev.foothold.deploy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which tenant a token is bound to. A token issued to a tenant's own portal client (its {@code azp}
 * is {@code <foothold.portal.tenant-client-prefix><slug>}) came through a custom domain that the
 * tenant, not the platform, controls: whoever runs that domain may hold it. Such a token is good
 * for that tenant's own paths only and never carries platform powers.
 */
@ApplicationScoped
public class TenantBoundTokens {

  @Inject
  @ConfigProperty(name = "foothold.portal.tenant-client-prefix", defaultValue = "foothold-portal-")
  String prefix;

  /**
   * @param authorizedParty the token's {@code azp} claim; may be null
   * @return the slug the token is bound to, as the client's name spells it (compare it, never trust
   *     it as valid), if it came from a tenant's own portal client
   */
  public Optional<String> boundSlug(String authorizedParty) {
    return boundSlug(prefix, authorizedParty);
  }

  static Optional<String> boundSlug(String prefix, String authorizedParty) {
    if (authorizedParty == null
        || prefix == null
        || prefix.isEmpty()
        || !authorizedParty.startsWith(prefix)) {
      return Optional.empty();
    }
    return Optional.of(authorizedParty.substring(prefix.length()));
  }
}
