/**
 * The database: the datasource every module's persistence unit uses, and the start-up that applies
 * each module's migrations (as the schema owner) before the application serves. Depends on {@code
 * platform-api}'s module SPI, Flyway and JDBC.
 */
package dev.foothold.deploy.persistence;
