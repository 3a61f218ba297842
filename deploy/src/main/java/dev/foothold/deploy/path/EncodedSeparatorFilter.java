package dev.foothold.deploy.path;

import dev.foothold.deploy.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Refuses an address whose raw path holds an encoded separator ({@code %2F}, {@code %5C}, {@code
 * %3B}, {@code %2E}), a path parameter ({@code ;}), a backslash or a dot segment, with 400
 * problem+json of type {@code malformed-path}. Declared first in {@code web.xml}, so it runs before
 * every other filter and servlet of the application.
 *
 * <p>Why: the container decodes and normalises the path that servlet filters and {@code
 * UriInfo.getPath()} read, while JAX-RS matches the encoded one. A request carrying {@code
 * /t/acme%2Fme/climbs} was then one address to one layer and another to the next: the gate took it
 * for a person's own page while the resource served the ladders. No Foothold address needs any of
 * these characters, so refusing them makes every layer read the same address.
 */
public class EncodedSeparatorFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Encoded '/', '\', ';' and '.', a raw ';' or '\', and "." or ".." as a whole segment. */
  private static final Pattern MALFORMED =
      Pattern.compile("(?i)%2f|%5c|%3b|%2e|;|\\\\|/\\.{1,2}(?=/|$)");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (malformed(request.getRequestURI())) {
      var document =
          Problems.document(
              400,
              Problems.type("malformed-path"),
              "Malformed address",
              "The address holds an encoded '/', '\\', ';' or '.', a ';' or a '.' or '..' segment."
                  + " No Foothold address has any of these: write the path plainly.",
              null,
              Map.of());
      response.setStatus(400);
      response.setContentType(Problems.MEDIA_TYPE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(document.toString());
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * @param rawPath a request's path as sent, before any decoding or normalisation
   * @return whether it holds something no Foothold address has
   */
  static boolean malformed(String rawPath) {
    return rawPath != null && MALFORMED.matcher(rawPath).find();
  }
}
