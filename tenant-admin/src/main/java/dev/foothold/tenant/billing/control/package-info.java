/**
 * Trials, state changes from provider events, the gate's decision and its cache, reminders, the
 * billing provider SPI and its Stripe-compatible implementation. Depends on {@code platform-api},
 * {@code dev.foothold.tenant.billing.entity}, the tenants and members of this module, JCache,
 * Jakarta Mail and MicroProfile Config and Metrics.
 */
package dev.foothold.tenant.billing.control;
