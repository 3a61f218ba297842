package dev.foothold.deploy.operations;

import dev.foothold.deploy.problem.Problems;
import dev.foothold.platform.identity.CurrentUser;
import dev.foothold.platform.operations.OperatorFigures;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;

/**
 * {@code /metrics} for platform operators only: every module's {@link OperatorFigures} (tenants,
 * subscription counts, revenue) in the Prometheus text format, to a token with the realm role
 * {@code platform-operator}. Anyone else gets a problem document and no figure.
 *
 * <p>Payara's own metrics endpoint answers anyone, so the launch configuration moves it away and
 * switches it off ({@code deploy/src/main/payara/post-boot-commands.txt}); the modules report
 * nothing through MicroProfile Metrics that names a tenant, so even a server launched without that
 * file shows no tenant in public.
 */
@WebServlet(urlPatterns = {"/metrics", "/metrics/*"})
public class OperatorMetricsServlet extends HttpServlet {

  /** The realm role that may read the figures. */
  public static final String OPERATOR = "platform-operator";

  private static final long serialVersionUID = 1L;

  @Inject transient CurrentUser user;
  @Inject transient Instance<OperatorFigures> sources;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    if (!user.authenticated()) {
      refuse(
          request,
          response,
          401,
          "unauthenticated",
          "Authentication required",
          "The metrics are for platform operators: send an operator's access token as"
              + " 'Authorization: Bearer <token>'.");
      return;
    }
    if (!user.hasRole(OPERATOR)) {
      refuse(
          request,
          response,
          403,
          "operator-only",
          "Platform operators only",
          "The metrics are for platform operators.");
      return;
    }
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      response.setHeader("Allow", "GET, HEAD");
      refuse(
          request,
          response,
          405,
          "method-not-allowed",
          "Method not allowed",
          "The metrics are read with GET.");
      return;
    }
    var figures = new ArrayList<OperatorFigures.Figure>();
    sources.forEach(source -> figures.addAll(source.figures()));
    response.setStatus(200);
    response.setContentType("text/plain; version=0.0.4");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(PrometheusText.of(figures));
  }

  private static void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String slug,
      String title,
      String detail)
      throws IOException {
    var document =
        Problems.document(
            status, Problems.type(slug), title, detail, request.getRequestURI(), Map.of());
    response.setStatus(status);
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    response.setContentType(Problems.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(document.toString());
  }
}
