/**
 * HTTP: the billing provider's webhook, a person's own subscription and checkout link, and the
 * tenant's billing overview for its owners and admins. Depends on {@code
 * dev.foothold.tenant.billing.control} and {@code platform-api}.
 */
package dev.foothold.tenant.billing.boundary;
