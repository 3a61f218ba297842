/**
 * Trials, subscriptions and billing: who may use a tenant's premium features, from a client's first
 * day to their last paid period, and the billing provider (Stripe or a compatible service) that
 * takes the money and reports back through signed webhooks.
 *
 * <p>Owns the {@code subscription}, {@code billing_event} and {@code trial_reminder} tables and
 * tenant-admin's answer to {@link dev.foothold.platform.entitlement.Entitlements}. Depends on
 * {@code platform-api}, the tenants and members of this module, JCache, Jakarta Mail and
 * MicroProfile Config and Metrics.
 */
package dev.foothold.tenant.billing;
