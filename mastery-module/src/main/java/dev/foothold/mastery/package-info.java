/**
 * Mastery: ladders of calibrated challenges, climbs, attempts, evidence logs and debriefs.
 *
 * <p>Owns the {@code mastery} schema. Depends on {@code platform-api}, Jakarta EE and MicroProfile
 * only; never on tenant administration: it asks {@link
 * dev.foothold.platform.entitlement.Entitlements} and publishes {@link
 * dev.foothold.platform.event.DomainEvent}s instead. Each component follows boundary / control /
 * entity.
 */
package dev.foothold.mastery;
