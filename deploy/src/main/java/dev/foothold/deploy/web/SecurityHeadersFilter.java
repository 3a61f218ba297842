package dev.foothold.deploy.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;

/**
 * The platform-wide defaults: {@code X-Content-Type-Options: nosniff} on every response, so no
 * browser reads a JSON answer, an export or a logo as something else; and on HTML that brought no
 * policy of its own, a strict {@code Content-Security-Policy} (scripts, styles and images from
 * Foothold only, no plugins, no framing). The portal and the HTML export set their own, stricter or
 * wider, policies; this filter never replaces one.
 *
 * <p>Declared first in {@code web.xml}, so it wraps every other filter and servlet, for requests,
 * forwards and error pages.
 */
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /**
   * The policy for HTML that set none: no script but Foothold's own files (never inline), styles
   * from Foothold and inline (the printable exports carry theirs inline), no plugins, no framing.
   * It also fits the portal's page (see {@code portal/index.html}), which brings a policy of its
   * own.
   */
  public static final String DEFAULT_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"
          + " data:;"
          + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  static final String POLICY = "Content-Security-Policy";
  static final String NOSNIFF = "X-Content-Type-Options";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader(NOSNIFF, "nosniff");
    var guarded = new Guarded(response);
    chain.doFilter(request, guarded);
    guarded.policyIfHtml(response.getContentType());
  }

  /** Adds the default policy the moment a response declares itself HTML. */
  static final class Guarded extends HttpServletResponseWrapper {

    Guarded(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setContentType(String type) {
      policyIfHtml(type);
      super.setContentType(type);
    }

    @Override
    public void setHeader(String name, String value) {
      if ("content-type".equalsIgnoreCase(name)) {
        policyIfHtml(value);
      }
      super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
      if ("content-type".equalsIgnoreCase(name)) {
        policyIfHtml(value);
      }
      super.addHeader(name, value);
    }

    @Override
    public void reset() {
      super.reset();
      super.setHeader(NOSNIFF, "nosniff");
    }

    void policyIfHtml(String contentType) {
      if (isHtml(contentType) && !isCommitted() && !containsHeader(POLICY)) {
        super.setHeader(POLICY, DEFAULT_POLICY);
      }
    }
  }

  /**
   * @param contentType a Content-Type value, or {@code null}
   * @return whether it declares HTML
   */
  static boolean isHtml(String contentType) {
    if (contentType == null) {
      return false;
    }
    var type = contentType.toLowerCase(Locale.ROOT).trim();
    return type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
  }
}
