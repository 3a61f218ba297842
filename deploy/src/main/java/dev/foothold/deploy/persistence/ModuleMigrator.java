package dev.foothold.deploy.persistence;

import dev.foothold.platform.module.FootholdModule;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Applies one module's migrations to its own schema, with its own history table inside that schema.
 * Runs as the schema owner; the application's role is named to the migrations as the placeholder
 * {@code ${app_role}} so they can grant it exactly what it needs.
 */
public final class ModuleMigrator {

  private final DataSource owner;
  private final String appRole;

  /**
   * @param owner connections as the role that owns the schemas
   * @param appRole the role the application connects as
   */
  public ModuleMigrator(DataSource owner, String appRole) {
    this.owner = Objects.requireNonNull(owner, "owner");
    this.appRole = Objects.requireNonNull(appRole, "appRole");
  }

  /** What one module's migration did. */
  public record Outcome(String module, String schema, int applied, String version) {}

  /**
   * @param module the module to migrate
   * @return how many migrations were applied and the schema version now
   * @throws org.flywaydb.core.api.FlywayException when a migration fails; the failed migration's
   *     transaction is rolled back
   */
  public Outcome migrate(FootholdModule module) {
    var migrations = module.migrations();
    var flyway =
        Flyway.configure(module.getClass().getClassLoader())
            .dataSource(owner)
            .schemas(migrations.schema())
            .defaultSchema(migrations.schema())
            .createSchemas(true)
            .locations(migrations.location())
            .placeholders(Map.of("app_role", appRole))
            .validateMigrationNaming(true)
            .cleanDisabled(true)
            .load();
    var result = flyway.migrate();
    var version = flyway.info().current();
    return new Outcome(
        module.name(),
        migrations.schema(),
        result.migrationsExecuted,
        version == null ? "empty" : version.getVersion().getVersion());
  }
}
