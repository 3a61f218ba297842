/**
 * Tenant administration: tenants (each a Keycloak organisation), members and their roles, branding,
 * plans, trials, subscriptions and billing.
 *
 * <p>Owns the {@code tenancy} schema and the answer to {@link
 * dev.foothold.platform.entitlement.Entitlements}. Depends on {@code platform-api}, Jakarta EE and
 * MicroProfile only; never on the mastery module, which it meets only through platform events. Its
 * components ({@code tenants}, {@code entitlement}) each follow boundary / control / entity, and a
 * component reaches another only through its boundary.
 */
package dev.foothold.tenant;
