package dev.foothold.deploy.identity;

import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.identity.Membership;
import dev.foothold.platform.identity.Memberships;
import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.tenant.TenantId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller as their verified access token describes them. */
@RequestScoped
public class JwtCurrentUser implements CurrentUser {

  @Inject SecurityContext security;
  @Inject Memberships memberships;
  @Inject TenantBoundTokens bound;

  private final Map<TenantId, Optional<Membership>> asked = new HashMap<>();

  private Optional<JsonWebToken> token() {
    return security.getCallerPrincipal() instanceof JsonWebToken jwt
        ? Optional.of(jwt)
        : Optional.empty();
  }

  @Override
  public boolean authenticated() {
    return token().map(JsonWebToken::getSubject).isPresent();
  }

  @Override
  public SubjectId subject() {
    return token()
        .map(JsonWebToken::getSubject)
        .map(SubjectId::new)
        .orElseThrow(() -> new IllegalStateException("Nobody is signed in on this request"));
  }

  @Override
  public Optional<String> username() {
    return token().map(jwt -> jwt.<String>getClaim("preferred_username"));
  }

  @Override
  public Optional<String> displayName() {
    return token()
        .map(jwt -> jwt.<String>getClaim("name"))
        .filter(name -> !name.isBlank())
        .or(this::username);
  }

  @Override
  public Optional<String> email() {
    return token().map(jwt -> jwt.<String>getClaim("email"));
  }

  @Override
  public boolean emailVerified() {
    return token()
        .map(jwt -> jwt.getClaim("email_verified"))
        .map(v -> v instanceof Boolean b ? b : v == jakarta.json.JsonValue.TRUE)
        .orElse(false);
  }

  /** The slug a tenant-bound token is confined to (see {@link TenantBoundTokens}). */
  private Optional<String> boundSlug() {
    return token().flatMap(jwt -> bound.boundSlug(jwt.<String>getClaim("azp")));
  }

  /** A tenant-bound token grants no realm roles, whatever it carries: no platform powers. */
  @Override
  public Set<String> roles() {
    if (boundSlug().isPresent()) {
      return Set.of();
    }
    return token().map(JsonWebToken::getGroups).map(Set::copyOf).orElse(Set.of());
  }

  @Override
  public Optional<Membership> membershipIn(TenantId tenant) {
    if (!authenticated() || boundSlug().filter(s -> !s.equals(tenant.slug())).isPresent()) {
      return Optional.empty();
    }
    return asked.computeIfAbsent(tenant, t -> memberships.of(this, t));
  }

  @Override
  public Set<TenantId> memberships() {
    var named =
        token()
            .map(jwt -> TokenClaims.organizations(jwt.getClaim("organization")))
            .orElse(Set.<TenantId>of());
    var confined = boundSlug();
    return confined.isEmpty()
        ? named
        : Set.copyOf(named.stream().filter(t -> t.slug().equals(confined.get())).toList());
  }
}
