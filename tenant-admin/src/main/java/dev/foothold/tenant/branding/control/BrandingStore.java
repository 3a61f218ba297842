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

  /** Claims a domain; it serves the portal once an admin confirms the DNS record. */
  public CustomDomain claim(String domain) {
    var token = new byte[24];
    RANDOM.nextBytes(token);
    var claimed =
        new CustomDomain(
            domain.toLowerCase(Locale.ROOT),
            "foothold-verify=" + Base64.getUrlEncoder().withoutPadding().encodeToString(token),
            clock.now());
    try {
      em.persist(claimed);
      em.flush();
    } catch (PersistenceException e) {
      throw new ProblemException(
          409,
          "domain-taken",
          "Domain taken",
          "The domain " + domain + " is already claimed by a tenant.");
    }
    return claimed;
  }

  /**
   * Records that an admin put the token in DNS; the portal answers on the domain from now on, and
   * people can sign in there: the portal's sign-in client accepts {@code https://<domain>/}. Asking
   * again changes nothing, but restores that address if Keycloak lost it. When the database then
   * refuses, Keycloak's change is undone; when Keycloak refuses, the domain stays unverified.
   */
  public CustomDomain confirm(String domain) {
    var claimed = domain(domain);
    if (claimed.verifiedAt().isEmpty()) {
      claimed.verify(clock.now());
      em.flush();
    }
    if (directory.allowPortalHost(claimed.domain())) {
      onRollback(() -> directory.forbidPortalHost(claimed.domain()), claimed.domain());
    }
    return claimed;
  }

  /**
   * Gives up a domain; a verified one also leaves the portal's sign-in client, and comes back to it
   * when the database refuses the removal.
   */
  public void release(String domain) {
    var claimed = domain(domain);
    var verified = claimed.verifiedAt().isPresent();
    em.remove(claimed);
    em.flush();
    if (verified && directory.forbidPortalHost(claimed.domain())) {
      onRollback(() -> directory.allowPortalHost(claimed.domain()), claimed.domain());
    }
  }

  private void onRollback(Runnable undo, String domain) {
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
                        "Domains: could not undo the sign-in client change for "
                            + domain
                            + " after a rollback: "
                            + e.getMessage());
              }
            }
          }
        });
  }

  private CustomDomain domain(String domain) {
    var found = em.find(CustomDomain.class, domain.toLowerCase(Locale.ROOT));
    if (found == null) {
      throw new ProblemException(
          404, "domain-not-found", "No such domain", "This tenant has not claimed " + domain + ".");
    }
    return found;
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
