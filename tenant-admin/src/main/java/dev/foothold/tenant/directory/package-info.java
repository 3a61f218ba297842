/**
 * The identity directory: where people and organisations live (Keycloak). Tenant administration
 * creates, renames, disables organisations and manages their members there. Depends on {@code
 * platform-api} and, in its Keycloak implementation, on {@code keycloak-admin-client}.
 */
package dev.foothold.tenant.directory;
