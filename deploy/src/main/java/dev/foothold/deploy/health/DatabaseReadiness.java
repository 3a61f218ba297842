package dev.foothold.deploy.health;

import dev.foothold.deploy.persistence.DatabaseStartup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the application's pool can hand out a working PostgreSQL connection. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = DatabaseStartup.DATASOURCE)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    var check = HealthCheckResponse.named("database");
    try (var connection = dataSource.getConnection()) {
      return connection.isValid(2)
          ? check.up().build()
          : check.down().withData("reason", "the connection is not valid").build();
    } catch (SQLException | RuntimeException e) {
      return check.down().withData("reason", "PostgreSQL does not answer").build();
    }
  }
}
