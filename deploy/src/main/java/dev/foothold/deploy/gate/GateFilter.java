package dev.foothold.deploy.gate;

import dev.foothold.deploy.identity.AuthenticationFilter;
import dev.foothold.platform.entitlement.Decision;
import dev.foothold.platform.entitlement.Entitlements;
import dev.foothold.platform.entitlement.FeatureKey;
import dev.foothold.platform.entitlement.Gated;
import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.tenant.TenantContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * Asks the gate before a {@link Gated} resource method runs (after authentication and the tenant's
 * membership check). A deny answers 402 problem+json of type {@code payment-required} with the
 * members {@code reason} and, when there is one, {@code upgradeLink}; an allow in grace adds the
 * header {@value #HEADER} ({@code allow-in-grace}) so a client can warn the person.
 *
 * <p>Whether a request is gated is read from the matched resource method and its class, never from
 * the request's path text: a path rule once took {@code /t/acme%2Fme/climbs} (decoded: {@code
 * /t/acme/me/climbs}) for a person's own page and let a lapsed client climb. A person's own pages
 * ({@code /api/v1/t/{slug}/me...}) are never gated because none of their resources is {@link
 * Gated}, which a unit test keeps so.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class GateFilter implements ContainerRequestFilter, ContainerResponseFilter {

  /** The response header that tells a client the gate let the request through only for now. */
  public static final String HEADER = "Foothold-Entitlement";

  private static final String GRACE = GateFilter.class.getName() + ".grace";

  @Context ResourceInfo resource;
  @Inject Entitlements entitlements;
  @Inject CurrentUser user;
  @Inject TenantContext tenant;

  @Override
  public void filter(ContainerRequestContext request) {
    var gated = gatedBy(resource);
    if (gated.isEmpty() || AuthenticationFilter.isPublic(resource)) {
      return;
    }
    var feature = new FeatureKey(gated.get().value());
    var decision =
        tenant
            .current()
            .map(t -> entitlements.check(user, t, feature))
            .orElseGet(() -> Decision.deny("This feature belongs to a tenant.", null));
    if (!decision.permitted()) {
      var extensions = new LinkedHashMap<String, Object>();
      extensions.put("reason", decision.reason());
      decision.upgradeLink().ifPresent(link -> extensions.put("upgradeLink", link.toString()));
      extensions.put("feature", feature.value());
      throw new ProblemException(
          402, "payment-required", "Payment required", decision.reason(), extensions);
    }
    if (decision.verdict() == Decision.Verdict.ALLOW_IN_GRACE) {
      request.setProperty(GRACE, decision);
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(GRACE) instanceof Decision grace) {
      response.getHeaders().putSingle(HEADER, "allow-in-grace");
      grace
          .upgradeLink()
          .ifPresent(
              link -> response.getHeaders().putSingle("Link", "<" + link + ">; rel=\"payment\""));
    }
  }

  /**
   * @param resource the matched resource method
   * @return the {@link Gated} on the method, else on its class
   */
  public static Optional<Gated> gatedBy(ResourceInfo resource) {
    var method = resource.getResourceMethod();
    if (method != null && method.isAnnotationPresent(Gated.class)) {
      return Optional.of(method.getAnnotation(Gated.class));
    }
    var type = resource.getResourceClass();
    return type == null ? Optional.empty() : Optional.ofNullable(type.getAnnotation(Gated.class));
  }
}
