package dev.foothold.tenant.tenants.control;

import dev.foothold.platform.problem.ProblemException;
import dev.foothold.platform.tenant.TenantId;
import dev.foothold.platform.time.ClockSource;
import dev.foothold.tenant.directory.control.IdentityDirectory;
import dev.foothold.tenant.tenants.entity.Tenant;
import dev.foothold.tenant.tenants.entity.TenantKind;
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
import java.math.BigDecimal;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Makes, changes and suspends tenants, each together with its Keycloak organisation. A tenant is
 * never half-made: when the database refuses after Keycloak agreed, Keycloak's change is undone
 * once the transaction has rolled back; when Keycloak refuses, nothing reaches the database.
 */
@ApplicationScoped
@Transactional
public class TenantProvisioning {

  private static final Logger LOG = Logger.getLogger(TenantProvisioning.class.getName());

  @PersistenceContext(unitName = "tenancy")
  EntityManager em;

  @Inject TenantStore tenants;
  @Inject IdentityDirectory directory;
  @Inject ClockSource clock;
  @Inject dev.foothold.tenant.entitlement.control.GateCache gate;

  @Resource TransactionSynchronizationRegistry transaction;

  /** What a platform operator asks for. */
  public record Plan(
      int trialDays,
      BigDecimal pricePerMonth,
      String currency,
      Integer seats,
      Integer graceDays,
      String trialStart) {}

  public Tenant create(
      TenantId id, TenantKind kind, String displayName, Optional<String> emailDomain, Plan plan) {
    if (tenants.find(id).isPresent()) {
      throw exists(id);
    }
    if (emailDomain.isPresent() && kind != TenantKind.ORGANISATION) {
      throw new ProblemException(
          400,
          "email-domain-for-organisations",
          "Only organisations link an email domain",
          "A coaching business cannot link an email domain; its clients join by invitation.");
    }
    var organisation = directory.createOrganization(id, displayName, emailDomain);
    onRollback(
        () -> {
          directory.deleteOrganization(organisation);
          LOG.warning(
              () ->
                  "Tenants: '"
                      + id
                      + "' was not stored, so its Keycloak organisation was deleted again");
        });
    var tenant = new Tenant(id, kind, displayName, clock.now());
    tenant.linkKeycloak(organisation);
    emailDomain.ifPresent(tenant::linkEmailDomain);
    applyPlan(tenant, plan);
    try {
      em.persist(tenant);
      em.flush();
    } catch (PersistenceException e) {
      throw new ProblemException(
          409,
          "tenant-conflict",
          "Tenant conflicts with another",
          "Another tenant already has the slug '"
              + id
              + "'"
              + emailDomain.map(d -> " or the email domain " + d).orElse("")
              + ". Nothing was created.");
    }
    LOG.info(() -> "Tenants: created '" + id + "' (" + kind + ") with its Keycloak organisation");
    return tenant;
  }

  public Tenant update(
      TenantId id,
      Optional<String> displayName,
      Optional<Boolean> active,
      Optional<String> emailDomain) {
    var tenant = tenants.require(id);
    var before =
        new Snapshot(
            tenant.displayName(), tenant.status().name().equals("ACTIVE"), tenant.emailDomain());
    displayName.ifPresent(tenant::rename);
    active.ifPresent(
        a -> {
          if (a) {
            tenant.activate();
          } else {
            tenant.suspend();
          }
        });
    emailDomain.ifPresent(d -> tenant.linkEmailDomain(d.isBlank() ? null : d));
    if (active.isPresent()) {
      gate.forgetAllAfterCommit(); // a suspended tenant's members lose access at once
    }
    var organisation = tenants.organisationOf(tenant);
    var enabled = tenant.status().name().equals("ACTIVE");
    directory.updateOrganization(organisation, tenant.displayName(), enabled, tenant.emailDomain());
    onRollback(
        () ->
            directory.updateOrganization(
                organisation, before.name(), before.enabled(), before.domain()));
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw new ProblemException(
          409,
          "tenant-conflict",
          "Tenant conflicts with another",
          "Another tenant already links that email domain.");
    }
    return tenant;
  }

  /**
   * A tenant's own change of its plan. Seats are not the tenant's to set (they come from what was
   * paid, or a platform operator): the current number stays whatever {@code plan} says.
   */
  public Tenant plan(TenantId id, Plan plan) {
    var tenant = tenants.require(id);
    var seats = tenant.seats().orElse(null);
    applyPlan(
        tenant,
        new Plan(
            plan.trialDays(),
            plan.pricePerMonth(),
            plan.currency(),
            seats,
            plan.graceDays(),
            plan.trialStart()));
    gate.forgetAllAfterCommit(); // trial length and grace change every client's standing
    return tenant;
  }

  /**
   * A platform operator sets an organisation's seats; {@code null}: unlimited. Lowering them below
   * the active staff removes nobody; it only stops further staff from joining.
   */
  public Tenant seats(TenantId id, Integer seats) {
    var tenant = tenants.require(id);
    tenants.lock(tenant); // not between a seat's count and its taking
    if (seats != null && tenant.kind() != TenantKind.ORGANISATION) {
      throw new ProblemException(
          400,
          "seats-for-organisations",
          "Only organisations buy seats",
          "A coaching business's clients subscribe one by one; it has no seats.");
    }
    tenant.plan(tenant.trialDays(), tenant.pricePerMonth(), tenant.currency(), seats);
    LOG.info(
        () -> "Tenants: '" + id + "' now has " + (seats == null ? "unlimited" : seats) + " seats");
    return tenant;
  }

  private record Snapshot(String name, boolean enabled, Optional<String> domain) {}

  private static void applyPlan(Tenant tenant, Plan plan) {
    if (plan.seats() != null && tenant.kind() != TenantKind.ORGANISATION) {
      throw new ProblemException(
          400,
          "seats-for-organisations",
          "Only organisations buy seats",
          "A coaching business's clients subscribe one by one; it has no seats.");
    }
    tenant.plan(plan.trialDays(), plan.pricePerMonth(), plan.currency(), plan.seats());
    tenant.billing(
        plan.graceDays() == null ? tenant.graceDays() : plan.graceDays(),
        plan.trialStart() == null ? tenant.trialStart() : plan.trialStart());
  }

  private void onRollback(Runnable undo) {
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
                        "Tenants: could not undo a Keycloak change after a rollback: "
                            + e.getMessage());
              }
            }
          }
        });
  }

  static ProblemException exists(TenantId id) {
    return new ProblemException(
        409, "tenant-exists", "Tenant exists", "There is already a tenant called '" + id + "'.");
  }
}
