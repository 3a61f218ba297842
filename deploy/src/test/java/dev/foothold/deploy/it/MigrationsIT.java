package dev.foothold.deploy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foothold.deploy.persistence.ModuleMigrator;
import dev.foothold.deploy.persistence.Modules;
import dev.foothold.deploy.stack.EmbeddedDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/** Every module's migrations, on an empty database of their own, as the application runs them. */
@ExtendWith(StackExtension.class)
class MigrationsIT {

  static final AtomicInteger DATABASES = new AtomicInteger();
  static EmbeddedDatabase database;
  String name;

  @BeforeAll
  static void server() {
    database = TestStack.get().database();
  }

  @BeforeEach
  void emptyDatabase() {
    name = "migrations_it_" + DATABASES.incrementAndGet();
    database.createDatabase(name);
  }

  PGSimpleDataSource as(String role) {
    var ds = new PGSimpleDataSource();
    ds.setURL(database.jdbcUrl(name));
    ds.setUser(role);
    ds.setPassword(EmbeddedDatabase.PASSWORD);
    return ds;
  }

  @Test
  void applyToAnEmptyDatabaseThenASecondStartChangesNothing() throws SQLException {
    var migrator = new ModuleMigrator(as(EmbeddedDatabase.OWNER), EmbeddedDatabase.APP);
    var modules = Modules.all();
    assertEquals(List.of("mastery", "tenant-admin"), modules.stream().map(m -> m.name()).toList());

    var first = modules.stream().map(migrator::migrate).toList();
    first.forEach(o -> assertTrue(o.applied() > 0, o + " applied nothing to an empty database"));

    var tablesBefore = tables();
    var second = modules.stream().map(migrator::migrate).toList();
    second.forEach(o -> assertEquals(0, o.applied(), o + " applied migrations twice"));
    assertEquals(
        first.stream().map(ModuleMigrator.Outcome::version).toList(),
        second.stream().map(ModuleMigrator.Outcome::version).toList());
    assertEquals(tablesBefore, tables());
  }

  @Test
  void theApplicationRoleUsesTablesButOwnsAndCreatesNothing() throws SQLException {
    var migrator = new ModuleMigrator(as(EmbeddedDatabase.OWNER), EmbeddedDatabase.APP);
    Modules.all().forEach(migrator::migrate);
    try (var c = as(EmbeddedDatabase.APP).getConnection();
        var s = c.createStatement()) {
      s.executeQuery("select count(*) from tenancy.tenant").close();
      var refused =
          assertThrows(
              SQLException.class, () -> s.execute("create table tenancy.intruder (x int)"));
      assertEquals("42501", refused.getSQLState(), "insufficient privilege");
      var notOwner = assertThrows(SQLException.class, () -> s.execute("drop table tenancy.tenant"));
      assertEquals("42501", notOwner.getSQLState());
    }
    try (var c = as(EmbeddedDatabase.OWNER).getConnection();
        var s = c.createStatement();
        var rs =
            s.executeQuery(
                "select count(*) from pg_tables where tableowner = '"
                    + EmbeddedDatabase.APP
                    + "'")) {
      rs.next();
      assertEquals(0, rs.getInt(1), "the application role owns no table");
    }
  }

  @Test
  void everyTenantOwnedTableIsWalledOffByRowLevelSecurity() throws SQLException {
    var migrator = new ModuleMigrator(as(EmbeddedDatabase.OWNER), EmbeddedDatabase.APP);
    Modules.all().forEach(migrator::migrate);
    try (var c = as(EmbeddedDatabase.OWNER).getConnection();
        var s = c.createStatement();
        var rs =
            s.executeQuery(
                "select n.nspname || '.' || t.relname, t.relrowsecurity, t.relforcerowsecurity,"
                    + " (select count(*) from pg_policy p where p.polrelid = t.oid)"
                    + " from pg_class t join pg_namespace n on n.oid = t.relnamespace"
                    + " where t.relkind = 'r' and n.nspname in ('mastery', 'tenancy')"
                    + " and exists (select 1 from pg_attribute a where a.attrelid = t.oid"
                    + " and a.attname = 'tenant_id' and not a.attisdropped)"
                    + " order by 1")) {
      int tables = 0;
      while (rs.next()) {
        tables++;
        var table = rs.getString(1);
        assertTrue(rs.getBoolean(2), table + " has row-level security enabled");
        assertTrue(rs.getBoolean(3), table + " has row-level security forced");
        assertTrue(rs.getInt(4) > 0, table + " has a policy");
      }
      assertTrue(tables >= 12, "found only " + tables + " tenant-owned tables");
    }
  }

  private List<String> tables() throws SQLException {
    try (var c = as(EmbeddedDatabase.OWNER).getConnection();
        var s = c.createStatement();
        var rs =
            s.executeQuery(
                "select schemaname || '.' || tablename from pg_tables"
                    + " where schemaname in ('mastery', 'tenancy') order by 1")) {
      var names = new java.util.ArrayList<String>();
      while (rs.next()) {
        names.add(rs.getString(1));
      }
      return names;
    }
  }
}
