/**
 * Which tenant a request belongs to, and whether the caller may enter it. Tenant-scoped paths are
 * {@code /api/v1/t/{slug}/...}; the tenant is never taken from a header. Depends on {@code
 * platform-api} and {@code dev.foothold.deploy.identity}.
 */
package dev.foothold.deploy.tenancy;
