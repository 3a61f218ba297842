/**
 * Tenant administration's answer to {@link dev.foothold.platform.entitlement.Entitlements}. Depends
 * on {@code platform-api} only.
 */
package dev.foothold.tenant.entitlement;
