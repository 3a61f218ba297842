/**
 * MicroProfile Health checks: {@code /health/ready} is UP only while PostgreSQL and Keycloak both
 * answer. Depends on the datasource and on configuration.
 */
package dev.foothold.deploy.health;
