/**
 * Tenants: the coaching businesses and organisations that share one Foothold.
 *
 * <p>Owns the {@code tenancy.tenant} table. {@code boundary} serves it over REST, {@code control}
 * reads and writes it, {@code entity} maps it. Depends on {@code platform-api}.
 */
package dev.foothold.tenant.tenants;
