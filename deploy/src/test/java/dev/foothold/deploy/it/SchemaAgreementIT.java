package dev.foothold.deploy.it;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.foothold.deploy.persistence.ModuleMigrator;
import dev.foothold.deploy.persistence.Modules;
import dev.foothold.deploy.stack.EmbeddedDatabase;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Hibernate neither creates nor validates the schema while Payara deploys, so this proves that each
 * module's entities agree with the schema its migrations build.
 */
@ExtendWith(StackExtension.class)
class SchemaAgreementIT {

  static final String DATABASE = "schema_agreement_it";
  static EmbeddedDatabase database;

  @BeforeAll
  static void migrated() {
    database = TestStack.get().database();
    database.createDatabase(DATABASE);
    var migrator = new ModuleMigrator(as(EmbeddedDatabase.OWNER), EmbeddedDatabase.APP);
    Modules.all().forEach(migrator::migrate);
  }

  static PGSimpleDataSource as(String role) {
    var ds = new PGSimpleDataSource();
    ds.setURL(database.jdbcUrl(DATABASE));
    ds.setUser(role);
    ds.setPassword(EmbeddedDatabase.PASSWORD);
    return ds;
  }

  static void validate(String unit) {
    // the unit as it ships, but on a plain connection instead of the container's JTA datasource
    var settings = new HashMap<String, Object>();
    settings.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    settings.put("jakarta.persistence.jtaDataSource", null);
    settings.put("jakarta.persistence.nonJtaDataSource", as(EmbeddedDatabase.APP));
    settings.put("hibernate.transaction.jta.platform", "none");
    settings.put(
        "hibernate.multi_tenant_connection_provider",
        new PlainConnections(as(EmbeddedDatabase.APP)));
    settings.put("hibernate.boot.allow_jdbc_metadata_access", "true");
    settings.put("hibernate.hbm2ddl.auto", "validate");
    Persistence.createEntityManagerFactory(unit, settings).close();
  }

  /** The unit's connections, without the container's datasource. */
  static final class PlainConnections implements MultiTenantConnectionProvider<String> {
    private final transient DataSource dataSource;

    PlainConnections(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
      return dataSource.getConnection();
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
      connection.close();
    }

    @Override
    public Connection getConnection(String tenant) throws SQLException {
      return dataSource.getConnection();
    }

    @Override
    public void releaseConnection(String tenant, Connection connection) throws SQLException {
      connection.close();
    }

    @Override
    public boolean supportsAggressiveRelease() {
      return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
      return false;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new IllegalArgumentException("Not a wrapper");
    }
  }

  @Test
  void tenancyEntitiesMatchTheMigratedSchema() {
    assertDoesNotThrow(() -> validate("tenancy"));
  }

  @Test
  void masteryEntitiesMatchTheMigratedSchema() {
    assertDoesNotThrow(() -> validate("mastery"));
  }

  @Test
  void theCheckNoticesADifference() throws SQLException {
    try (var c = as(EmbeddedDatabase.OWNER).getConnection();
        var s = c.createStatement()) {
      s.execute("alter table tenancy.tenant rename column display_name to shown_name");
      try {
        assertThrows(RuntimeException.class, () -> validate("tenancy"));
      } finally {
        s.execute("alter table tenancy.tenant rename column shown_name to display_name");
      }
    }
  }
}
