/**
 * The tenants' REST resources under {@code /api/v1/t/{slug}}. Depends on {@code tenants.control},
 * {@code tenants.entity} and {@code platform-api}.
 */
package dev.foothold.tenant.tenants.boundary;
