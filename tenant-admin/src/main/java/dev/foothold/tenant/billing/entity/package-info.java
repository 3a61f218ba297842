/**
 * The stored shape of subscriptions, and the state machine they follow. Depends on {@code
 * platform-api} and Jakarta Persistence only.
 */
package dev.foothold.tenant.billing.entity;
