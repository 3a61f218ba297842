package dev.foothold.deploy.persistence;

import dev.foothold.deploy.operations.ProductionSafety;
import dev.foothold.platform.module.FootholdModule;
import dev.foothold.platform.module.PlatformReady;
import dev.foothold.platform.time.ClockSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Brings every module's schema up to date while the application deploys, so that nothing is served
 * from an old schema, then announces {@link PlatformReady}.
 *
 * <p>Also defines {@code java:app/jdbc/foothold}, the pooled datasource of every persistence unit,
 * connecting as the application's role, which owns no table and cannot bypass row-level security.
 */
@DataSourceDefinition(
    name = DatabaseStartup.DATASOURCE,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=foothold.db.url}",
    user = "${MPCONFIG=foothold.db.user}",
    password = "${MPCONFIG=foothold.db.password}",
    minPoolSize = 0,
    maxPoolSize = 32,
    loginTimeout = 5,
    properties = {
      "connectTimeout=5",
      "ApplicationName=foothold",
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.fail-all-connections=true"
    })
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseStartup {

  /** The JNDI name of the application's datasource. */
  public static final String DATASOURCE = "java:app/jdbc/foothold";

  private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

  @Inject
  @ConfigProperty(name = "foothold.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "foothold.db.user")
  String appRole;

  @Inject
  @ConfigProperty(name = "foothold.db.migration.user")
  String ownerRole;

  @Inject
  @ConfigProperty(name = "foothold.db.migration.password", defaultValue = "")
  String ownerPassword;

  @Inject
  @ConfigProperty(name = "foothold.db.startup-wait", defaultValue = "PT60S")
  Duration startupWait;

  @Inject ClockSource clock;
  @Inject PlatformState state;
  @Inject ProductionSafety safety;
  @Inject Event<PlatformReady> ready;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void migrateThenAnnounce() {
    if (!safety.permitsStart()) {
      // nothing migrated, nothing announced: every request answers 503 and readiness stays DOWN
      state.markRefused();
      return;
    }
    var modules = Modules.all();
    var migrator = new ModuleMigrator(ownerDataSource(), appRole);
    waitForDatabase();
    for (FootholdModule module : modules) {
      var outcome = migrator.migrate(module);
      LOG.info(
          () ->
              outcome.applied() == 0
                  ? "Database: schema '%s' of module '%s' is up to date at version %s"
                      .formatted(outcome.schema(), outcome.module(), outcome.version())
                  : "Database: applied %d migration(s) to schema '%s' of module '%s', now at version %s"
                      .formatted(
                          outcome.applied(),
                          outcome.schema(),
                          outcome.module(),
                          outcome.version()));
    }
    var names = modules.stream().map(FootholdModule::name).toList();
    ready.fire(new PlatformReady(names, clock.now()));
    state.markReady();
    LOG.info(() -> "Foothold is ready with the modules " + names);
  }

  private PGSimpleDataSource ownerDataSource() {
    var ds = new PGSimpleDataSource();
    ds.setURL(url);
    ds.setUser(ownerRole);
    ds.setPassword(ownerPassword);
    ds.setConnectTimeout(5);
    ds.setApplicationName("foothold-migrations");
    return ds;
  }

  private void waitForDatabase() {
    var ds = ownerDataSource();
    long deadline = System.nanoTime() + startupWait.toNanos();
    while (true) {
      try (var connection = ds.getConnection()) {
        return;
      } catch (SQLException e) {
        if (System.nanoTime() - deadline > 0) {
          throw new FlywayException(
              "Database: cannot reach PostgreSQL at "
                  + url
                  + " as '"
                  + ownerRole
                  + "' after "
                  + startupWait.toSeconds()
                  + " s: "
                  + e.getMessage(),
              e);
        }
        LOG.warning(
            () -> "Database: waiting for PostgreSQL at " + url + " (" + e.getMessage() + ")");
        sleep();
      }
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the database", e);
    }
  }
}
