package dev.foothold.platform.module;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a module's database migrations are and which schema they own.
 *
 * <p>Each module owns exactly one PostgreSQL schema and its own migration history inside it; no
 * module's migration touches another module's schema.
 *
 * @param schema the schema the module owns, for example {@code mastery}
 * @param location the classpath location of the module's versioned SQL migrations, for example
 *     {@code classpath:db/migration/mastery}
 */
public record Migrations(String schema, String location) {

  private static final Pattern SCHEMA = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  /**
   * @throws NullPointerException when any component is null
   * @throws IllegalArgumentException when the schema is not a plain lower-case identifier or the
   *     location is not a {@code classpath:} location
   */
  public Migrations {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(location, "location");
    if (!SCHEMA.matcher(schema).matches()) {
      throw new IllegalArgumentException("Not a plain schema name: " + schema);
    }
    if (!location.startsWith("classpath:")) {
      throw new IllegalArgumentException("Migrations ship inside the module: " + location);
    }
  }
}
