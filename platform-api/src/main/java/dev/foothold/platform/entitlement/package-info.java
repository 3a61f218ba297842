/**
 * The question the subscription gate answers: may this person use this feature in this tenant, now?
 *
 * <p>Owns: {@link dev.foothold.platform.entitlement.Entitlements}, its {@link
 * dev.foothold.platform.entitlement.Decision}, {@link dev.foothold.platform.entitlement.FeatureKey}
 * and the {@link dev.foothold.platform.entitlement.Gated} marker. Depends on {@code
 * dev.foothold.platform.identity} and {@code dev.foothold.platform.tenant}. {@code tenant-admin}
 * answers the question; modules only ask it or mark what needs asking.
 */
package dev.foothold.platform.entitlement;
