package dev.foothold.tenant.branding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.CommunicationException;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;
import javax.naming.directory.InitialDirContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads DNS TXT records through the JDK's JNDI DNS provider, from the resolver configuration names
 * ({@code foothold.domains.dns.resolver}; blank: the machine's resolvers). JNDI needs no library,
 * and Payara Micro exports the provider's package to applications for exactly this use. Each
 * attempt waits at most {@code foothold.domains.dns.timeout}, then doubles it, for {@code
 * foothold.domains.dns.retries} more attempts.
 */
@ApplicationScoped
public class DnsTxtRecords {

  private static final Logger LOG = Logger.getLogger(DnsTxtRecords.class.getName());
  private static final String DNS_FACTORY = "com.sun.jndi.dns.DnsContextFactory";

  /** The resolver could not be asked, or did not answer in time. */
  public static class DnsUnavailable extends Exception {
    private static final long serialVersionUID = 1L;

    DnsUnavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  @Inject
  @ConfigProperty(name = "foothold.domains.dns.resolver")
  Optional<String> resolver;

  @Inject
  @ConfigProperty(name = "foothold.domains.dns.timeout", defaultValue = "PT1S")
  Duration timeout;

  @Inject
  @ConfigProperty(name = "foothold.domains.dns.retries", defaultValue = "1")
  int retries;

  /**
   * @param name a fully qualified DNS name
   * @return the name's TXT strings (each record's character-strings joined), empty when the name or
   *     its TXT records do not exist
   * @throws DnsUnavailable when the resolver fails, refuses or does not answer in time
   */
  public List<String> of(String name) throws DnsUnavailable {
    var environment = new Hashtable<String, String>();
    environment.put(Context.INITIAL_CONTEXT_FACTORY, DNS_FACTORY);
    DnsResolverAddress.providerUrl(resolver.orElse(null))
        .ifPresent(u -> environment.put(Context.PROVIDER_URL, u));
    environment.put(
        "com.sun.jndi.dns.timeout.initial",
        Long.toString(Math.max(100, Math.min(timeout.toMillis(), 10_000))));
    environment.put("com.sun.jndi.dns.timeout.retries", Integer.toString(Math.max(0, retries)));
    InitialDirContext context = null;
    try {
      context = new InitialDirContext(environment);
      var attributes = context.getAttributes(name, new String[] {"TXT"});
      var txt = attributes.get("TXT");
      var values = new ArrayList<String>();
      if (txt != null) {
        var all = txt.getAll();
        while (all.hasMore()) {
          values.add(String.valueOf(all.next()));
        }
      }
      return List.copyOf(values);
    } catch (NameNotFoundException e) {
      return List.of();
    } catch (CommunicationException e) {
      throw unavailable(name, e);
    } catch (NamingException e) {
      throw unavailable(name, e);
    } finally {
      if (context != null) {
        try {
          context.close();
        } catch (NamingException e) {
          LOG.fine(() -> "DNS: closing the context failed: " + e.getMessage());
        }
      }
    }
  }

  private DnsUnavailable unavailable(String name, NamingException e) {
    LOG.warning(
        () ->
            "DNS: could not read TXT "
                + name
                + " from "
                + resolver.filter(r -> !r.isBlank()).orElse("the system resolvers")
                + ": "
                + e);
    return new DnsUnavailable(e.getMessage(), e);
  }
}
