package dev.foothold.tenant.directory.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The addresses a portal client lets Keycloak send people back to: {@code https://<host>/*}, in its
 * redirect URIs and its post-logout redirect URIs (one string, entries separated by {@code ##}).
 * Adding an address that is there already, or removing one that is not, changes nothing.
 */
public final class PortalAddresses {

  private static final String SEPARATOR = "##";
  private static final Pattern HOST =
      Pattern.compile("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");

  private PortalAddresses() {}

  /**
   * @param host a custom domain, such as {@code coach.example.com}
   * @return the redirect URI pattern that admits every page of the portal on it
   * @throws IllegalArgumentException when it is not a plain host name (no scheme, path or wildcard)
   */
  public static String redirectFor(String host) {
    var normal = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
    if (!HOST.matcher(normal).matches()) {
      throw new IllegalArgumentException("Not a host name: " + host);
    }
    return "https://" + normal + "/*";
  }

  /**
   * @return the list with {@code uri} at its end, or an equal list when it held it already
   */
  public static List<String> with(List<String> uris, String uri) {
    var result = new ArrayList<>(uris == null ? List.of() : uris);
    if (!result.contains(uri)) {
      result.add(uri);
    }
    return List.copyOf(result);
  }

  /**
   * @return the list without {@code uri}
   */
  public static List<String> without(List<String> uris, String uri) {
    return (uris == null ? List.<String>of() : uris).stream().filter(u -> !u.equals(uri)).toList();
  }

  /**
   * @param joined a post-logout attribute value, {@code ##}-separated; may be null or empty
   * @return its entries
   */
  public static List<String> split(String joined) {
    if (joined == null || joined.isBlank()) {
      return List.of();
    }
    return Arrays.stream(joined.split(SEPARATOR)).filter(s -> !s.isBlank()).toList();
  }

  public static String join(List<String> uris) {
    return String.join(SEPARATOR, uris);
  }
}
