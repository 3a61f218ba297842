package dev.foothold.deploy.portal;

import dev.foothold.platform.tenant.TenantId;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves a tenant's portal at {@code /t/{slug}/}, and at the root of a portal host ({@code
 * <slug>.<base domain>} or a verified custom domain, which the page resolves with {@code GET
 * /api/v1/portal}): every tenant gets the same static pages, which theme themselves from the
 * tenant's branding. Portal pages and their assets carry a strict Content-Security-Policy: scripts,
 * styles and images only from Foothold itself, and connections only to Foothold and the realm's
 * Keycloak.
 */
@WebFilter(urlPatterns = {"", "/t/*", "/portal/*"})
public class PortalFilter extends HttpFilter {

  static final String PAGE = "/portal/index.html";

  @Inject
  @ConfigProperty(name = "foothold.keycloak.url")
  String keycloakUrl;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    secure(response);
    var path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/portal/")) {
      chain.doFilter(request, response);
      return;
    }
    if (path.isEmpty() || path.equals("/")) {
      response.setHeader("Cache-Control", "no-cache");
      request.getRequestDispatcher(PAGE).forward(request, response);
      return;
    }
    var rest = path.substring("/t/".length());
    int slash = rest.indexOf('/');
    var slug = slash < 0 ? rest : rest.substring(0, slash);
    if (!TenantId.isValid(slug)) {
      response.sendError(404);
      return;
    }
    if (slash < 0) {
      response.sendRedirect(request.getContextPath() + "/t/" + slug + "/");
      return;
    }
    var inside = rest.substring(slash);
    if (!inside.equals("/") && !inside.equals("/index.html")) {
      response.sendError(404);
      return;
    }
    response.setHeader("Cache-Control", "no-cache");
    request.getRequestDispatcher(PAGE).forward(request, response);
  }

  private void secure(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", policy(keycloakUrl));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
  }

  /**
   * @param keycloakUrl the realm's Keycloak, which the sign-in talks to
   * @return the portal's Content-Security-Policy
   */
  static String policy(String keycloakUrl) {
    return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
        + " font-src 'self'; connect-src 'self' "
        + keycloakUrl
        + "; frame-src "
        + keycloakUrl
        + "; form-action 'self' "
        + keycloakUrl
        + "; base-uri 'none'; frame-ancestors 'none'";
  }
}
