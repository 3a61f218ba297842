package dev.foothold.deploy.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The error page for what the container answers before JAX-RS runs, such as a token that MP-JWT
 * refuses (see {@code web.xml}): the same problem documents as the API's, instead of HTML.
 */
@WebServlet(urlPatterns = ProblemServlet.PATH)
public class ProblemServlet extends HttpServlet {

  /** Where {@code web.xml} sends container errors. */
  public static final String PATH = "/problem";

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    var known = WebApplicationExceptionMapper.KNOWN.get(status);
    String slug = known != null ? known.slug() : status >= 500 ? "server-error" : "request-refused";
    String title =
        known != null ? known.title() : status >= 500 ? "Server error" : "Request refused";
    String detail =
        status == 401
            ? "The access token is missing, expired, or not one this server accepts. Sign in again"
                + " and send it as 'Authorization: Bearer <token>'."
            : known != null ? known.detail() : "The request could not be completed.";
    var document =
        Problems.document(
            status,
            Problems.type(slug),
            title,
            detail,
            uri == null ? null : uri.toString(),
            Map.of());
    response.setStatus(status);
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }
    response.setContentType(Problems.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(document.toString());
  }
}
