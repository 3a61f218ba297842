/**
 * Branding: how a tenant's portal looks (name, logo, colours, support email) and the custom domains
 * it is served on. Depends on {@code tenants} and {@code directory} (through their controls) and
 * {@code platform-api}.
 */
package dev.foothold.tenant.branding;
