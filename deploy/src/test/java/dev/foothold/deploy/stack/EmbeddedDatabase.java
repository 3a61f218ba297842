package dev.foothold.deploy.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server from Maven Central binaries (zonky), set up as Foothold expects: a
 * database owned by {@value #OWNER}, which runs migrations, and a login {@value #APP} for the
 * application that owns nothing and cannot bypass row-level security. The data directory survives a
 * restart.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  public static final String DATABASE = "foothold";
  public static final String OWNER = "foothold_owner";
  public static final String APP = "foothold_app";

  /** Development only; the embedded server trusts local connections anyway. */
  public static final String PASSWORD = "foothold-dev";

  private final Path home;
  private final int port;
  private EmbeddedPostgres server;

  private EmbeddedDatabase(Path home, int port) {
    this.home = home;
    this.port = port;
  }

  /**
   * @param home a directory of its own: {@code data/} (kept), {@code bin/} and {@code run/}
   * @param port the port to listen on
   * @return the started server, with the database and roles in place
   */
  public static EmbeddedDatabase start(Path home, int port) {
    var database = new EmbeddedDatabase(home, port);
    database.start();
    return database;
  }

  /** Starts the server on the same data directory and port. */
  public void start() {
    try {
      var data = home.resolve("data");
      var socketDir = Files.createDirectories(home.resolve("run"));
      var bin = Files.createDirectories(home.resolve("bin"));
      stopLeftoverServer(data);
      server =
          EmbeddedPostgres.builder()
              .setDataDirectory(data)
              .setCleanDataDirectory(false)
              .setOverrideWorkingDirectory(bin.toFile())
              .setPort(port)
              .setServerConfig("unix_socket_directories", socketDir.toString())
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("max_connections", "100")
              .start();
      createRolesAndDatabase();
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not start in " + home, e);
    }
  }

  /** Stops the server; its data stays. */
  public void stop() {
    if (server != null) {
      try {
        server.close();
      } catch (IOException e) {
        throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
      } finally {
        server = null;
      }
    }
  }

  @Override
  public void close() {
    stop();
  }

  /**
   * @return the port it listens on
   */
  public int port() {
    return port;
  }

  /**
   * @return the JDBC URL of Foothold's database
   */
  public String jdbcUrl() {
    return jdbcUrl(DATABASE);
  }

  /**
   * @param database a database on this server
   * @return its JDBC URL
   */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port + "/" + database;
  }

  /**
   * @param database a database on this server
   * @return connections to it as the superuser, for test setup only
   */
  public DataSource superuser(String database) {
    return server.getDatabase("postgres", database);
  }

  /**
   * Creates an empty database owned by {@value #OWNER}, for tests that need a fresh one.
   *
   * @param name the new database's name
   */
  public void createDatabase(String name) {
    execute("postgres", "create database " + name + " owner " + OWNER);
    execute("postgres", "grant connect on database " + name + " to " + APP);
  }

  private void createRolesAndDatabase() {
    var roles = superuser("postgres");
    try (var c = roles.getConnection();
        var s = c.createStatement()) {
      if (!exists(c, "select 1 from pg_roles where rolname = '" + OWNER + "'")) {
        s.execute("create role " + OWNER + " login password '" + PASSWORD + "'");
      }
      if (!exists(c, "select 1 from pg_roles where rolname = '" + APP + "'")) {
        s.execute(
            "create role "
                + APP
                + " login nosuperuser nocreatedb nocreaterole nobypassrls password '"
                + PASSWORD
                + "'");
      }
      if (!exists(c, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
        s.execute("create database " + DATABASE + " owner " + OWNER);
        s.execute("revoke all on database " + DATABASE + " from public");
        s.execute("grant connect on database " + DATABASE + " to " + APP);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create Foothold's roles and database", e);
    }
  }

  private void execute(String database, String sql) {
    try (var c = superuser(database).getConnection();
        var s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private static boolean exists(java.sql.Connection c, String query) throws SQLException {
    try (var s = c.createStatement();
        var rs = s.executeQuery(query)) {
      return rs.next();
    }
  }

  /**
   * After a hard kill of the JVM that started it, a server lives on and would be silently reused
   * with whatever state it has: stop it first.
   */
  private static void stopLeftoverServer(Path data) throws IOException {
    var pidFile = data.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    var firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
    try {
      var leftover = ProcessHandle.of(Long.parseLong(firstLine));
      if (leftover.isPresent() && leftover.get().isAlive()) {
        leftover.get().destroy();
        leftover.get().onExit().get(30, TimeUnit.SECONDS);
      }
    } catch (NumberFormatException ignored) {
      // not a pid file we understand: let PostgreSQL judge it
    } catch (Exception e) {
      throw new IllegalStateException(
          "A PostgreSQL server from an earlier run still holds " + data + " and would not stop", e);
    }
  }
}
