package dev.foothold.tenant.branding.control;

import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.tenant.TenantContext;
import dev.foothold.platform.time.ClockSource;
import dev.foothold.tenant.branding.entity.Branding;
import dev.foothold.tenant.branding.entity.CustomDomain;
import dev.foothold.tenant.directory.control.IdentityDirectory;
import dev.foothold.tenant.tenants.control.TenantStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The current tenant's branding and custom domains. Every method runs in a transaction with the
 * tenant current; a refused logo or colour pair becomes a problem the admin can act on.
 */
@ApplicationScoped
@Transactional
public class BrandingStore {

  /** The look of a tenant that has not chosen one. */
  public static final String DEFAULT_PRIMARY = "#1F3A5F";

  public static final String DEFAULT_ACCENT = "#F5B700";

  private static final Logger LOG = Logger.getLogger(BrandingStore.class.getName());

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "tenancy")
  EntityManager em;

  @Inject TenantContext tenantContext;
  @Inject TenantStore tenants;
  @Inject ClockSource clock;
  @Inject IdentityDirectory directory;
  @Inject DnsTxtRecords dns;

  @Resource TransactionSynchronizationRegistry transaction;

  /** What the portal themes itself with. */
  public record Look(
      String displayName,
      String primaryColor,
      String primaryTextColor,
      String accentColor,
      String accentTextColor,
      String supportEmail,
      Optional<String> logoMediaType,
      List<String> domains) {}

  public Look look() {
    var tenant = tenants.require(tenantContext.require());
    var domains = verifiedDomains();
    return branding()
        .filter(Branding::styled)
        .map(
            b ->
                new Look(
                    b.displayName(),
                    b.primaryColor(),
                    b.primaryTextColor(),
                    b.accentColor(),
                    b.accentTextColor(),
                    b.supportEmail().orElse(null),
                    b.logoMediaType(),
                    domains))
        .orElseGet(
            () ->
                new Look(
                    tenant.displayName(),
                    DEFAULT_PRIMARY,
                    Contrast.readableTextOn(DEFAULT_PRIMARY),
                    DEFAULT_ACCENT,
                    Contrast.readableTextOn(DEFAULT_ACCENT),
                    null,
                    branding().flatMap(Branding::logoMediaType),
                    domains));
  }

  /**
   * Sets name, colours and support email. A text colour left out is whichever of black and white
   * reads better on its colour; a pair below WCAG AA (4.5:1) is refused with the measured ratio.
   */
  public Look restyle(
      String displayName,
      String primary,
      String primaryText,
      String accent,
      String accentText,
      String supportEmail) {
    try {
      var primaryHex = Colour.parse(primary).hex();
      var accentHex = Colour.parse(accent).hex();
      var primaryTextHex =
          primaryText == null
              ? Contrast.readableTextOn(primaryHex)
              : Colour.parse(primaryText).hex();
      var accentTextHex =
          accentText == null ? Contrast.readableTextOn(accentHex) : Colour.parse(accentText).hex();
      Contrast.requireReadable(primaryHex, primaryTextHex, "primary colour");
      Contrast.requireReadable(accentHex, accentTextHex, "accent colour");
      var branding = branding().orElseGet(this::create);
      branding.look(
          displayName.strip(),
          primaryHex,
          primaryTextHex,
          accentHex,
          accentTextHex,
          supportEmail,
          clock.now());
      em.flush();
      return look();
    } catch (BrandingRejected e) {
      throw problem(e);
    }
  }

  /**
   * Reads an upload within the logo's size limit (see {@link LogoCheck#readBounded}), then stores
   * it as {@link #logo(byte[])} does.
   *
   * @param body the upload
   * @param declaredLength the length its sender declared, or -1
   * @return the logo stored
   * @throws java.io.IOException when the upload cannot be read
   */
  public Logo logo(java.io.InputStream body, long declaredLength) throws java.io.IOException {
    byte[] bytes;
    try {
      bytes = LogoCheck.readBounded(body, declaredLength);
    } catch (BrandingRejected e) {
      throw problem(e);
    }
    return logo(bytes);
  }

  /** Stores a logo whose type the bytes, not the upload, decide. */
  public Logo logo(byte[] bytes) {
    try {
      var logo = LogoCheck.check(bytes);
      branding().orElseGet(this::create).logo(logo.bytes(), logo.mediaType(), clock.now());
      return logo;
    } catch (BrandingRejected e) {
      throw problem(e);
    }
  }

  /**
   * @return the logo's bytes and media type, if the tenant has one
   */
  public Optional<Branding> logoOf() {
    return branding().filter(b -> b.logo().isPresent());
  }

  public List<CustomDomain> domains() {
    return em.createQuery("select d from CustomDomain d order by d.domain", CustomDomain.class)
        .getResultList();
  }

  /**
   * Claims a domain; it serves the portal once its DNS holds the token this answers with. A pending
   * claim of another tenant does not stand in the way (only DNS decides who has the domain); one
   * that another tenant has verified does.
   */
  public CustomDomain claim(String domain) {
    var name = domain.toLowerCase(Locale.ROOT);
    requireNotVerifiedElsewhere(name);
    if (own(name).isPresent()) {
      throw taken(domain, "This tenant has claimed " + domain + " already.");
    }
    var token = new byte[24];
    RANDOM.nextBytes(token);
    var claimed =
        new CustomDomain(
            name,
            "foothold-verify=" + Base64.getUrlEncoder().withoutPadding().encodeToString(token),
            clock.now());
    try {
      em.persist(claimed);
      em.flush();
    } catch (PersistenceException e) {
      throw taken(domain, "The domain " + domain + " is already claimed.");
    }
    return claimed;
  }

  /**
   * Verifies a claimed domain by looking up its TXT record {@code _foothold-challenge.<domain>}: it
   * must hold this tenant's token. Then the portal answers on the domain, and people can sign in
   * there through the tenant's own sign-in client, which admits exactly the tenant's verified
   * domains. Asking again looks again, and restores the client's addresses if Keycloak lost them.
   * When DNS does not hold the token, or cannot be asked, nothing changes; when the database then
   * refuses, Keycloak's change is undone; when Keycloak refuses, the domain stays unverified.
   */
  public CustomDomain confirm(String domain) {
    var claimed = require(domain);
    requireNotVerifiedElsewhere(claimed.domain());
    List<String> found;
    try {
      found = dns.of(claimed.challengeName());
    } catch (DnsTxtRecords.DnsUnavailable e) {
      throw new ProblemException(
          503,
          "dns-unavailable",
          "DNS could not be asked",
          "Foothold could not read the TXT record "
              + claimed.challengeName()
              + " just now, so "
              + claimed.domain()
              + " stays unverified. Try again in a moment.");
    }
    if (!DomainChallenge.met(found, claimed.verificationToken())) {
      throw new ProblemException(
          422,
          "domain-not-proven",
          "The DNS record is not there",
          found.isEmpty()
              ? "DNS has no TXT record "
                  + claimed.challengeName()
                  + ". Create it with the value "
                  + claimed.verificationToken()
                  + " and ask again once it is published."
              : "The TXT record "
                  + claimed.challengeName()
                  + " does not hold this tenant's token. Set it to "
                  + claimed.verificationToken()
                  + " and ask again once it is published.",
          Map.of(
              "txtRecordName",
              claimed.challengeName(),
              "txtRecordValue",
              claimed.verificationToken()));
    }
    var before = verifiedDomains();
    if (claimed.verifiedAt().isEmpty()) {
      claimed.verify(clock.now());
      try {
        em.flush();
      } catch (PersistenceException e) {
        throw taken(domain, "Another tenant has just verified " + domain + ".");
      }
    }
    admit(verifiedDomains(), before);
    return claimed;
  }

  /**
   * Gives up one of this tenant's domains; a verified one also leaves the tenant's sign-in client,
   * and comes back to it when the database refuses the removal.
   */
  public void release(String domain) {
    var claimed = require(domain);
    var verified = claimed.verifiedAt().isPresent();
    var before = verifiedDomains();
    em.remove(claimed);
    em.flush();
    if (verified) {
      admit(before.stream().filter(d -> !d.equals(claimed.domain())).toList(), before);
    }
  }

  /** Lets the tenant's own sign-in client admit {@code now}; back to {@code before} on rollback. */
  private void admit(List<String> now, List<String> before) {
    var tenant = tenantContext.require();
    directory.admitPortalHosts(tenant, now);
    onRollback(() -> directory.admitPortalHosts(tenant, before), tenant.slug());
  }

  private void requireNotVerifiedElsewhere(String domain) {
    var holder = verifiedBy(domain);
    if (holder.isPresent() && !holder.get().equals(tenantContext.require().slug())) {
      throw taken(domain, "The domain " + domain + " is verified by another tenant.");
    }
  }

  /** Verified domains are visible to every tenant (row-level security lets them be read). */
  private Optional<String> verifiedBy(String domain) {
    return em.createNativeQuery(
            "select tenant_id from tenancy.custom_domain where domain = ?1 and verified_at is not null",
            String.class)
        .setParameter(1, domain)
        .getResultStream()
        .findFirst()
        .map(String.class::cast);
  }

  private static ProblemException taken(String domain, String detail) {
    return new ProblemException(409, "domain-taken", "Domain taken", detail);
  }

  private void onRollback(Runnable undo, String tenant) {
    transaction.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
              try {
                undo.run();
              } catch (RuntimeException e) {
                LOG.severe(
                    () ->
                        "Domains: could not undo the sign-in client change of tenant "
                            + tenant
                            + " after a rollback: "
                            + e.getMessage());
              }
            }
          }
        });
  }

  /** This tenant's own claim; another tenant's, verified or not, is never found here. */
  private Optional<CustomDomain> own(String domain) {
    var slug = tenantContext.require().slug();
    return em.createQuery(
            "select d from CustomDomain d where d.domain = :domain", CustomDomain.class)
        .setParameter("domain", domain.toLowerCase(Locale.ROOT))
        .getResultStream()
        .filter(d -> slug.equals(d.tenant()))
        .findFirst();
  }

  private CustomDomain require(String domain) {
    return own(domain)
        .orElseThrow(
            () ->
                new ProblemException(
                    404,
                    "domain-not-found",
                    "No such domain",
                    "This tenant has not claimed " + domain + "."));
  }

  private List<String> verifiedDomains() {
    return domains().stream()
        .filter(d -> d.verifiedAt().isPresent())
        .map(CustomDomain::domain)
        .toList();
  }

  private Optional<Branding> branding() {
    return Optional.ofNullable(em.find(Branding.class, tenantContext.require().slug()));
  }

  private Branding create() {
    var tenant = tenants.require(tenantContext.require());
    var branding = new Branding(tenant.id().slug());
    branding.look(
        tenant.displayName(),
        DEFAULT_PRIMARY,
        Contrast.readableTextOn(DEFAULT_PRIMARY),
        DEFAULT_ACCENT,
        Contrast.readableTextOn(DEFAULT_ACCENT),
        null,
        clock.now());
    em.persist(branding);
    return branding;
  }

  static ProblemException problem(BrandingRejected rejected) {
    var extensions = new HashMap<String, Object>();
    rejected
        .measuredRatio()
        .ifPresent(
            r -> {
              extensions.put("measuredRatio", r);
              extensions.put("requiredRatio", Contrast.AA_MINIMUM);
            });
    int status = rejected.reason() == BrandingRejected.Reason.LOGO_TOO_LARGE ? 413 : 400;
    return new ProblemException(
        status, rejected.reason().code(), "Branding refused", rejected.getMessage(), extensions);
  }
}
