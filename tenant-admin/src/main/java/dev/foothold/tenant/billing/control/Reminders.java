package dev.foothold.tenant.billing.control;

import dev.foothold.platform.module.PlatformReady;
import dev.foothold.platform.tenant.TenantScope;
import dev.foothold.platform.time.ClockSource;
import dev.foothold.tenant.tenants.entity.TenantKind;
import dev.foothold.tenant.tenants.entity.TenantStatus;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code foothold.billing.reminders.interval}, on every instance: for each coaching business,
 * emails clients whose trial ends within three days (day 4 of a 7-day trial) and those whose trial
 * has ended, and records ended trials as {@code trial_ended}. Each email is claimed in the database
 * before it is sent (see {@link ReminderClaims}), so it goes out once per trial however many
 * instances run. Also refreshes the billing metrics.
 */
@ApplicationScoped
public class Reminders {

  private static final Logger LOG = Logger.getLogger(Reminders.class.getName());

  /** How long before a trial's end the first reminder goes out. */
  public static final Duration ENDING_SOON = Duration.ofDays(3);

  @Resource ManagedScheduledExecutorService executor;

  @Inject
  @ConfigProperty(name = "foothold.billing.reminders.interval", defaultValue = "PT1M")
  Duration interval;

  @Inject TenantScope scope;
  @Inject ReminderClaims claims;
  @Inject BillingMetrics metrics;
  @Inject ClockSource clock;

  private ScheduledFuture<?> task;

  void start(@Observes @Priority(4000) PlatformReady ready) {
    task =
        executor.scheduleWithFixedDelay(
            this::runQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    LOG.info(() -> "Billing: trial reminders every " + interval);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  private void runQuietly() {
    try {
      run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Billing: the reminder round failed; the next one retries", e);
    }
  }

  /** One round over every tenant. */
  public void run() {
    for (var tenant : claims.tenants()) {
      if (tenant.status() != TenantStatus.ACTIVE) {
        continue;
      }
      try {
        scope.call(
            tenant.id(),
            () -> {
              if (tenant.kind() == TenantKind.COACHING_BUSINESS) {
                var now = clock.now();
                for (var due : claims.due(now.plus(ENDING_SOON))) {
                  claims.remind(tenant.id(), tenant.displayName(), due.holder(), now);
                }
              }
              metrics.refresh(tenant.id());
              return null;
            });
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Billing: reminders for '" + tenant.id() + "' failed", e);
      }
    }
  }
}
