package dev.foothold.deploy.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Hands Hibernate connections from the application's datasource with PostgreSQL's row-level
 * security set to the session's tenant ({@code set_config('app.tenant_id', tenant, false)}), and
 * clears the setting before the connection goes back to the pool, so it never reaches the next
 * borrower. Every module's persistence unit names it in {@code
 * hibernate.multi_tenant_connection_provider}.
 *
 * <p>This is the second wall behind Hibernate's tenant discriminator: a native query, or a bulk
 * statement the discriminator does not filter, still sees only the tenant's rows. The setting is
 * made per connection rather than per transaction because Payara does not enlist connections that
 * are opened while the application starts, so a transaction-local setting would vanish there.
 */
public class RowSecurityConnectionProvider implements MultiTenantConnectionProvider<String> {

  private static final long serialVersionUID = 1L;
  private static final String NO_TENANT = PlatformTenantResolver.NO_TENANT;

  private transient volatile DataSource dataSource;

  private DataSource dataSource() throws SQLException {
    if (dataSource == null) {
      try {
        dataSource = InitialContext.doLookup(DatabaseStartup.DATASOURCE);
      } catch (NamingException e) {
        throw new SQLException("The datasource " + DatabaseStartup.DATASOURCE + " is not bound", e);
      }
    }
    return dataSource;
  }

  @Override
  public Connection getAnyConnection() throws SQLException {
    return dataSource().getConnection();
  }

  @Override
  public void releaseAnyConnection(Connection connection) throws SQLException {
    connection.close();
  }

  @Override
  public Connection getConnection(String tenant) throws SQLException {
    var connection = dataSource().getConnection();
    try {
      setTenant(connection, tenant);
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  @Override
  public void releaseConnection(String tenant, Connection connection) throws SQLException {
    try {
      setTenant(connection, NO_TENANT);
    } finally {
      connection.close();
    }
  }

  private static void setTenant(Connection connection, String tenant) throws SQLException {
    try (var set = connection.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
      set.setString(1, tenant);
      set.execute();
    }
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
    throw new UnsupportedOperationException("Cannot unwrap to " + type);
  }
}
