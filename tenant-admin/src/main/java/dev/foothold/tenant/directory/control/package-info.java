/**
 * The directory contract and its Keycloak implementation. Depends on {@code platform-api} and
 * {@code keycloak-admin-client}.
 */
package dev.foothold.tenant.directory.control;
