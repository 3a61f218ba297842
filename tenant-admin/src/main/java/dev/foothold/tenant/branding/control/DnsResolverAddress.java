package dev.foothold.tenant.branding.control;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The DNS resolver that domain checks ask, as configuration names it: {@code host}, {@code
 * host:port}, {@code [ipv6]} or {@code [ipv6]:port}; blank means the machine's own resolvers.
 */
public final class DnsResolverAddress {

  private static final Pattern HOST_PORT =
      Pattern.compile("^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+)(?::([0-9]{1,5}))?$");

  private DnsResolverAddress() {}

  /**
   * @param configured the configured address; may be null or blank
   * @return the JNDI DNS provider URL ({@code dns://host:port}), or empty for the system resolvers
   * @throws IllegalArgumentException when it is neither blank nor a host with an optional port
   */
  public static Optional<String> providerUrl(String configured) {
    if (configured == null || configured.isBlank()) {
      return Optional.empty();
    }
    var matcher = HOST_PORT.matcher(configured.strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "foothold.domains.dns.resolver must be host or host:port, not '" + configured + "'");
    }
    var port = matcher.group(2) == null ? 53 : Integer.parseInt(matcher.group(2));
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException(
          "foothold.domains.dns.resolver has no valid port: '" + configured + "'");
    }
    return Optional.of("dns://" + matcher.group(1) + ":" + port);
  }
}
