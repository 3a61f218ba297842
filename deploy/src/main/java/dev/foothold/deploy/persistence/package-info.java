/**
 * The database: the datasource every module's persistence unit uses, the start-up that applies each
 * module's migrations (as the schema owner) before the application serves, and the two Hibernate
 * hooks every unit names so that tenant rows are walled off twice: {@link
 * dev.foothold.deploy.persistence.PlatformTenantResolver} (the ORM discriminator) and {@link
 * dev.foothold.deploy.persistence.RowSecurityConnectionProvider} (PostgreSQL row-level security).
 * Depends on {@code platform-api}'s module SPI, Flyway and JDBC.
 */
package dev.foothold.deploy.persistence;
